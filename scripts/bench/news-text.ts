import type { Random } from './prng.ts';
import {
  ADJECTIVES,
  EVENTS,
  HEADLINES,
  NOUNS,
  OUTCOMES,
  PLACES,
  QUOTES,
  SUBJECTS,
  TIMES,
  VERBS,
} from './words.ts';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One sentence of wire-style news, built from the word lists. */
export function makeSentence(random: Random): string {
  const r = random;
  switch (r.int(0, 5)) {
    case 0:
      return `${capitalise(r.pick(SUBJECTS))} ${r.pick(VERBS)} that ${r.int(2, 480)} ${r.pick(OUTCOMES)} ${r.pick(TIMES)}.`;
    case 1:
      return `In ${r.pick(PLACES)}, the ${r.pick(NOUNS)} remains ${r.pick(ADJECTIVES)} after ${r.pick(EVENTS)}.`;
    case 2:
      return `“${r.pick(QUOTES)},” ${r.pick(SUBJECTS)} ${r.pick(VERBS)}.`;
    case 3:
      return `${capitalise(r.pick(TIMES))}, ${r.pick(SUBJECTS)} described the ${r.pick(NOUNS)} in ${r.pick(PLACES)} as **${r.pick(ADJECTIVES)}**.`;
    case 4:
      return `According to [${r.pick(SUBJECTS)}](https://example.org/${r.int(1000, 9999)}), ${r.pick(EVENTS)} affected ${r.int(3, 90)} streets near ${r.pick(PLACES)}.`;
    default:
      return `The ${r.pick(NOUNS)} is expected to stay *${r.pick(ADJECTIVES)}* until ${r.pick(TIMES)}, H<sub>2</sub>O levels included.`;
  }
}

export function makeParagraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => makeSentence(random)).join(' ');
}

/** A Markdown body of a few paragraphs, now and then a list or a quote. */
export function makeBody(random: Random, paragraphs: number): string {
  const blocks: string[] = [];
  for (let i = 0; i < paragraphs; i++) blocks.push(makeParagraph(random, random.int(2, 4)));
  if (random.chance(0.2)) {
    const items = Array.from({ length: random.int(2, 4) }, () => `- ${makeSentence(random)}`);
    blocks.splice(random.int(0, blocks.length), 0, items.join('\n'));
  }
  if (random.chance(0.15)) blocks.push(`> ${random.pick(QUOTES)}.`);
  return blocks.join('\n\n');
}

export function makeHeadline(random: Random): string {
  return random
    .pick(HEADLINES)
    .replace('{place}', random.pick(PLACES))
    .replace('{event}', random.pick(EVENTS).replace(/^the /, ''))
    .replace('{Subject}', capitalise(random.pick(SUBJECTS)));
}
