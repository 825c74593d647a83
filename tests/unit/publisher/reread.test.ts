import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../../src/loaders/content-problem.ts';
import { readContent, rereadArticles, type ContentTree } from '../../../src/loaders/read-content.ts';
import { photoStamps, samePhotoFiles, samePhotos } from '../../../scripts/publisher/same-photos.ts';
import { makeTempContent, md, writeFiles } from '../../helpers/content-files.ts';
import { makePhoto } from '../../helpers/photo-fixtures.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const NOW = Date.parse('2024-03-25T12:00:00Z');
const ARTICLE = 'title: A\npublished: 2024-03-24T08:00:00+01:00\nstatus: live';
const update = (time: string, body = 'Text.') => md(`time: 2024-03-24T${time}:00+01:00`, body);

async function site() {
  const content = await makeTempContent({
    'content/articles/a/index.md': md(ARTICLE, '![The hall](hall.jpg "Photo: Jane Doe/Reuters")'),
    'content/articles/a/updates/one.md': update('10:00'),
    'content/articles/b/index.md': md(ARTICLE.replace('A', 'B')),
    'content/articles/b/updates/one.md': update('11:00', 'See [the first update](/articles/a/#update-one).'),
  });
  cleanups.push(content.cleanup);
  await makePhoto(join(content.contentDir, 'articles/a/hall.jpg'), { width: 640, height: 480 });
  return content;
}

/** What a tree holds, in an order that does not depend on which folders were read last. */
const summary = (tree: ContentTree) => ({
  articles: tree.articles
    .map((a) => ({ slug: a.slug, text: a.text, data: a.data }))
    .sort((x, y) => x.slug.localeCompare(y.slug)),
  updates: tree.updates
    .map((u) => ({ id: `${u.article}/${u.fileName}`, text: u.text, data: u.data }))
    .sort((x, y) => x.id.localeCompare(y.id)),
  authors: tree.authors.map((a) => a.id),
  problems: sortProblems(tree.problems).map(formatProblem),
});

describe('rereadArticles (the publisher reads only the article it publishes)', () => {
  it('finds the mistakes and warnings of issue 17 in the article it rereads, as readContent does', async () => {
    const { root, contentDir } = await site();
    const before = await readContent(root, contentDir, { now: NOW });
    await writeFiles(root, {
      'content/articles/a/updates/empty.md': md('time: 2024-03-24T10:30:00+01:00', ''),
      'content/articles/a/stray.md': update('10:40'),
    });
    const reread = await rereadArticles(root, contentDir, before, new Set(['a']), NOW);
    const whole = await readContent(root, contentDir, { now: NOW });
    expect(sortProblems(reread.problems).map(formatProblem)).toEqual([
      'content/articles/a/stray.md:1: file: is not read: an update must be in content/articles/a/updates/; move it there (as stray.md)',
    ]);
    expect(reread.problems).toEqual(whole.problems);
    expect(reread.warnings.map((w) => `${w.file}:${w.line}`)).toEqual([
      'content/articles/a/updates/empty.md:4',
    ]);
    expect(reread.warnings).toEqual(whole.warnings);
  });

  it('gives the tree readContent gives, after a new update and an edit', async () => {
    const { root, contentDir } = await site();
    const before = await readContent(root, contentDir, { now: NOW });
    expect(before.problems).toEqual([]);
    await writeFiles(root, {
      'content/articles/a/updates/two.md': update('10:30', 'More.'),
      'content/articles/a/index.md': md(
        ARTICLE.replace('title: A', 'title: A, updated'),
        '![The hall](hall.jpg "Photo: Jane Doe/Reuters")',
      ),
    });
    const reread = await rereadArticles(root, contentDir, before, new Set(['a']), NOW);
    expect(summary(reread)).toEqual(summary(await readContent(root, contentDir, { now: NOW })));
    expect(
      reread.updates
        .filter((u) => u.article === 'a')
        .map((u) => u.fileName)
        .sort(),
    ).toEqual(['one.md', 'two.md']);
  });

  it('runs the checks across articles again: a link to an update that is gone', async () => {
    const { root, contentDir } = await site();
    const before = await readContent(root, contentDir, { now: NOW });
    await rm(join(contentDir, 'articles/a/updates/one.md'));
    await writeFiles(root, { 'content/articles/a/updates/bad.md': '---\ntime: yesterday\n---\n\nText.\n' });
    const reread = await rereadArticles(root, contentDir, before, new Set(['a']), NOW);
    const expected = summary(await readContent(root, contentDir, { now: NOW })).problems;
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(summary(reread).problems).toEqual(expected);
    expect(expected.join('\n')).toContain('content/articles/a/updates/bad.md:2: time:');
    expect(expected.join('\n')).toContain('content/articles/b/updates/one.md');
  });

  it("looks the targets of the article's links up in the whole tree", async () => {
    const { root, contentDir } = await site();
    const before = await readContent(root, contentDir, { now: NOW });
    await writeFiles(root, {
      'content/articles/a/updates/two.md': update(
        '10:30',
        'See [B](/articles/b/#update-one) and [C](/articles/b/#update-nope).',
      ),
    });
    const reread = await rereadArticles(root, contentDir, before, new Set(['a']), NOW);
    const problems = summary(reread).problems;
    expect(problems).toEqual(summary(await readContent(root, contentDir, { now: NOW })).problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      'content/articles/a/updates/two.md:5: body: the link "/articles/b/#update-nope" leads to no update',
    );
  });

  it('reads a new article folder, and leaves out one that is gone', async () => {
    const { root, contentDir } = await site();
    const before = await readContent(root, contentDir, { now: NOW });
    await writeFiles(root, { 'content/articles/c/index.md': md(ARTICLE.replace('A', 'C')) });
    const added = await rereadArticles(root, contentDir, before, new Set(['c']), NOW);
    expect(added.articles.map((a) => a.slug).sort()).toEqual(['a', 'b', 'c']);
    await rm(join(contentDir, 'articles/c'), { recursive: true });
    const gone = await rereadArticles(root, contentDir, added, new Set(['c']), NOW);
    expect(gone.articles.map((a) => a.slug).sort()).toEqual(['a', 'b']);
  });
});

describe('samePhotos (a changed photo needs a build)', () => {
  it('is true for text changes, false when a photo is added, removed or described differently', async () => {
    const { root, contentDir } = await site();
    const before = await readContent(root, contentDir, { now: NOW });
    const reread = () => rereadArticles(root, contentDir, before, new Set(['a']), NOW);
    await writeFiles(root, { 'content/articles/a/updates/two.md': update('10:30', 'Text only.') });
    expect(samePhotos(before, await reread(), 'a')).toBe(true);
    await writeFiles(root, {
      'content/articles/a/updates/two.md': update(
        '10:30',
        '![The hall again](../hall.jpg "Photo: Jane Doe/Reuters")',
      ),
    });
    expect(samePhotos(before, await reread(), 'a')).toBe(false);
    await writeFiles(root, {
      'content/articles/a/updates/two.md': update('10:30'),
      'content/articles/a/index.md': md(ARTICLE, '![The main hall](hall.jpg "Photo: Jane Doe/Reuters")'),
    });
    expect(samePhotos(before, await reread(), 'a')).toBe(false);
    await writeFiles(root, { 'content/articles/a/index.md': md(ARTICLE, 'No photo any more.') });
    expect(samePhotos(before, await reread(), 'a')).toBe(false);
    // Another article's photos are not this one's business.
    expect(samePhotos(before, await reread(), 'b')).toBe(true);
  });

  it('notices a photo file replaced under the same name', async () => {
    const { root, contentDir } = await site();
    const before = await readContent(root, contentDir, { now: NOW });
    const stamps = await photoStamps(before);
    expect([...stamps.keys()]).toEqual([join(contentDir, 'articles/a/hall.jpg')]);
    expect(await samePhotoFiles(stamps, before, 'a')).toBe(true);
    await makePhoto(join(contentDir, 'articles/a/hall.jpg'), { width: 800, height: 600, colour: '#22aa44' });
    expect(await samePhotoFiles(stamps, before, 'a')).toBe(false);
    expect(await samePhotoFiles(stamps, before, 'b')).toBe(true);
  });
});
