import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { placeScaffoldError } from '../../../scripts/desk/scaffold-words.ts';
import { correctUpdate, endCoverage, replaceFile, retractUpdate } from '../../../src/scaffold/edit-files.ts';
import { createArticle, createUpdate, ScaffoldError } from '../../../src/scaffold/new-files.ts';
import { makeTempContent, md } from '../../helpers/content-files.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const NOW = Date.parse('2024-07-14T12:00:00+02:00');

/** Every refusal of the scaffold the desk can meet, made by the scaffold itself. */
async function refusals(): Promise<[string, () => Promise<unknown>, string][]> {
  const site = await makeTempContent({
    'content/articles/storm/index.md': md(
      'title: Storm\npublished: 2024-07-14T08:00:00+02:00\nstatus: ended\nended: 2024-07-14T11:00:00+02:00',
    ),
    'content/articles/storm/updates/later.md': md('time: 2024-07-14T22:00:00+02:00'),
    'content/articles/storm/updates/plain.md': md('time: 2024-07-14T09:00:00+02:00'),
  });
  cleanups.push(site.cleanup);
  const dir = site.contentDir;
  const plain = join(dir, 'articles/storm/updates/plain.md');
  return [
    ['an empty headline', () => createUpdate(dir, 'storm', { title: ' ' }, NOW), 'title'],
    ['a key event without a headline', () => createUpdate(dir, 'storm', { keyEvent: true }, NOW), 'title'],
    ['an author not in the list', () => createUpdate(dir, 'storm', { author: 'nobody' }, NOW), 'author'],
    ['an article without a headline', () => createArticle(dir, ' ', {}, NOW), 'title'],
    ['a headline that makes no address', () => createArticle(dir, '!!!', {}, NOW), 'title'],
    ['an article that exists', () => createArticle(dir, 'Storm', {}, NOW), 'title'],
    [
      'an empty correction note',
      () => correctUpdate(dir, 'storm', 'plain', { note: ' ' }, NOW),
      'correction',
    ],
    [
      'a retraction without its reason',
      () => retractUpdate(dir, 'storm', 'plain', { reason: '' }, NOW),
      'reason',
    ],
    ['ending ended coverage', () => endCoverage(dir, 'storm', NOW), 'form'],
    ['an update not online yet', () => correctUpdate(dir, 'storm', 'later', {}, NOW), 'form'],
    [
      'a file saved meanwhile',
      async () => {
        await writeFile(plain, 'changed');
        await replaceFile(plain, 'before', 'after');
      },
      'form',
    ],
  ];
}

describe('the scaffold’s refusals in the desk', () => {
  it('speak the desk’s words (no command-line options), at the field they concern', async () => {
    for (const [what, make, field] of await refusals()) {
      const error = await make().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, what).toBeInstanceOf(ScaffoldError);
      const placed = placeScaffoldError(error as ScaffoldError);
      expect(Object.keys(placed), what).toEqual([field]);
      expect(placed[field]![0], what).not.toMatch(/--\w|npm run|\bpass\b|command/);
    }
  });
});
