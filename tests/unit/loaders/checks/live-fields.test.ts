import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../../../src/loaders/content-problem.ts';
import { readContent } from '../../../../src/loaders/read-content.ts';
import { makeTempContent, md } from '../../../helpers/content-files.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const A = 'content/articles/a';

/** Problems for an article "a" with front matter `article` and the given update files, as printed. */
async function problemsFor(article: string, files: Record<string, string> = {}): Promise<string[]> {
  const site = await makeTempContent({
    [`${A}/index.md`]: md(`title: A\npublished: 2024-03-24T08:00:00+01:00\n${article}`),
    ...files,
  });
  cleanups.push(site.cleanup);
  const tree = await readContent(site.root, site.contentDir, { now: Date.parse('2024-03-25T12:00:00Z') });
  return sortProblems(tree.problems).map(formatProblem);
}

const update = (frontMatter: string) => md(`time: 2024-03-24T10:00:00+01:00\n${frontMatter}`);

describe('live coverage fields (issue 3)', () => {
  it('accepts every live field used correctly', async () => {
    expect(
      await problemsFor(
        'status: ended\nended: 2024-03-24T22:00:00+01:00\norder: oldest\nkeyPoints:\n  - One\n  - Two',
        {
          [`${A}/updates/one.md`]: update(
            'title: One\nkeyEvent: true\npinned: true\nmodified: 2024-03-24T11:00:00+01:00\ncorrection: Fixed.',
          ),
        },
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'ended without an end time',
      'status: ended',
      `${A}/index.md:4: ended: is required when status is ended; add the time the coverage ended, e.g. ended: 2024-03-24T22:00:00+01:00`,
    ],
    [
      'an end time on live coverage',
      'status: live\nended: 2024-03-24T22:00:00+01:00',
      `${A}/index.md:5: ended: is only for finished coverage; set status: ended as well, or remove ended`,
    ],
    [
      'an unknown order',
      'status: live\norder: newest-first',
      `${A}/index.md:5: order: must be newest or oldest (or left out for newest first)`,
    ],
  ])('article: %s', async (_name, article, problem) => {
    expect(await problemsFor(article)).toEqual([problem]);
  });

  it.each([
    [
      'a key event without a title',
      'keyEvent: true',
      `${A}/updates/u.md:3: title: is required for a key event (keyEvent: true); add a short headline, or remove keyEvent`,
    ],
    [
      'a correction without modified',
      'correction: Fixed the toll.',
      `${A}/updates/u.md:3: modified: is required with a correction; add the time of the correction, e.g. modified: 2024-03-24T16:05:00+01:00`,
    ],
    [
      'modified before the update',
      'modified: 2024-03-24T09:00:00+01:00',
      `${A}/updates/u.md:3: modified: is before the update's time (2024-03-24T10:00:00+01:00); an update can only be edited after it was published`,
    ],
  ])('update: %s', async (_name, frontMatter, problem) => {
    expect(await problemsFor('status: live', { [`${A}/updates/u.md`]: update(frontMatter) })).toEqual([
      problem,
    ]);
  });

  it('two pinned updates in one article', async () => {
    expect(
      await problemsFor('status: live', {
        [`${A}/updates/a.md`]: update('pinned: true'),
        [`${A}/updates/b.md`]: update('title: B\npinned: true'),
        [`${A}/updates/c.md`]: update('pinned: false'),
      }),
    ).toEqual([
      `${A}/updates/b.md:4: pinned: a.md is already pinned and an article can pin only one update; remove pinned from one of them`,
    ]);
  });

  it('a retracted pinned update leaves the pin free for another', async () => {
    expect(
      await problemsFor('status: live', {
        [`${A}/updates/a.md`]: update(
          'pinned: true\nretracted: 2024-03-24T11:00:00+01:00\nretractionReason: Legal advice.',
        ),
        [`${A}/updates/b.md`]: update('title: B\npinned: true'),
      }),
    ).toEqual([]);
  });
});
