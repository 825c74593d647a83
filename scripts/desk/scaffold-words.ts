// The scaffold (src/scaffold/) speaks to the commands: "add --title", "npm run reopen". The
// desk says the same in its own words, next to the form field it concerns.
import type { ScaffoldError } from '../../src/scaffold/new-files.ts';
import type { FieldProblems } from './field-problems.ts';

type Rewrite = [pattern: RegExp, field: string, words: (match: RegExpExecArray) => string];

const REWRITES: Rewrite[] = [
  [/^--title is empty/, 'title', () => 'The headline is empty: write one, or leave the field empty.'],
  [
    /^a key event needs a headline/,
    'title',
    () => 'A key event needs a headline: write one, or untick Key event.',
  ],
  [/^the title is empty/, 'title', () => 'Write the article’s headline.'],
  [
    /cannot be an article address; pass --slug/,
    'title',
    () => 'The headline gives the article no address: write it with letters or digits.',
  ],
  [
    /^content\/articles\/(\S+)\/ already exists/,
    'title',
    (m) => `There is already an article at /articles/${m[1]}/: change the headline.`,
  ],
  [
    /^--note is empty/,
    'correction',
    () => 'The correction note is empty: write it, or leave the field empty.',
  ],
  [/^give the reason readers will see/, 'reason', () => 'Write the reason readers will see.'],
  [
    /has already ended; to reopen it/,
    'form',
    () => 'This coverage has already ended: press Reopen coverage.',
  ],
  [
    /is timed (\S+), later than now/,
    'form',
    (m) => `This update is timed ${m[1]}, later than now: it is not online yet, so change it in its file.`,
  ],
  [
    /was saved by someone else meanwhile/,
    'form',
    () => 'This file was saved by someone else meanwhile; nothing was changed. Open it again.',
  ],
  [/is not in the authors list/, 'author', (m) => m.input.replace(/^"/, 'The author "')],
];

/** The scaffold's refusal in the desk's words, at its field (`form`: above the form). */
export function placeScaffoldError(error: ScaffoldError): FieldProblems {
  for (const [pattern, field, words] of REWRITES) {
    const match = pattern.exec(error.message);
    if (match) return { [field]: [words(match)] };
  }
  return { form: [error.message] };
}
