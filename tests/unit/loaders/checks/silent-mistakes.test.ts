import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, formatWarning, sortProblems } from '../../../../src/loaders/content-problem.ts';
import { readContent } from '../../../../src/loaders/read-content.ts';
import { makeTempContent, md } from '../../../helpers/content-files.ts';

// Issue 17: mistakes that used to pass without a word.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const A = 'content/articles/a';
const NOW = Date.parse('2024-03-25T12:00:00Z');

/** Errors and warnings for article "a" (front matter `article`) and `files`, as printed. */
async function read(article: string, files: Record<string, string> = {}) {
  const site = await makeTempContent({
    [`${A}/index.md`]: md(`title: A\npublished: 2024-03-24T08:00:00+01:00\n${article}`),
    ...files,
  });
  cleanups.push(site.cleanup);
  const tree = await readContent(site.root, site.contentDir, { now: NOW });
  return {
    errors: sortProblems(tree.problems).map(formatProblem),
    warnings: sortProblems(tree.warnings).map(formatWarning),
  };
}

const update = (frontMatter: string, body?: string) =>
  md(`time: 2024-03-24T10:00:00+01:00\n${frontMatter}`, body);

describe('updates only live coverage shows', () => {
  it('refuses an update in an article without status, naming the fix', async () => {
    expect((await read('', { [`${A}/updates/one.md`]: update('title: One') })).errors).toEqual([
      `${A}/updates/one.md:1: file: content/articles/a/index.md has no status, so this update would appear nowhere; add status: live to the article's front matter, or delete this update`,
    ]);
  });

  it('accepts them with status live or ended', async () => {
    const files = { [`${A}/updates/one.md`]: update('title: One') };
    expect((await read('status: live', files)).errors).toEqual([]);
    expect((await read('status: ended\nended: 2024-03-24T22:00:00+01:00', files)).errors).toEqual([]);
  });
});

describe('files the reader would pass over', () => {
  it('names each one and how to make it read', async () => {
    const { errors } = await read('status: live', {
      [`${A}/updates/one.md.txt`]: update('title: One'),
      [`${A}/updates/two.markdown`]: update('title: Two'),
      [`${A}/three.md`]: update('title: Three'),
      [`${A}/Index.markdown`]: update('title: Four'),
      [`${A}/update/five.md`]: update('title: Five'),
      [`${A}/notes/six.md`]: update('title: Six'),
      [`${A}/updates/old/seven.md`]: update('title: Seven'),
      // Not Markdown: photos and notes next to the text are fine.
      [`${A}/photo.jpg`]: 'not really a photo, never opened: nothing uses it',
      [`${A}/updates/notes.txt`]: 'kept notes',
      [`${A}/extra/readme.txt`]: 'kept notes',
    });
    expect(errors).toEqual([
      `${A}/Index.markdown:1: file: is not read: the article must be in index.md (lowercase, .md); rename it to index.md`,
      `${A}/notes:1: file: holds Markdown files that are not read; put updates in content/articles/a/updates/`,
      `${A}/three.md:1: file: is not read: an update must be in content/articles/a/updates/; move it there (as three.md)`,
      `${A}/update:1: file: is not read: the updates folder must be named exactly "updates"; rename it to content/articles/a/updates/`,
      `${A}/updates/old:1: file: holds Markdown files that are not read; put each update directly in content/articles/a/updates/`,
      `${A}/updates/one.md.txt:1: file: is not read: only .md files are; rename it to one.md`,
      `${A}/updates/two.markdown:1: file: is not read: only .md files are; rename it to two.md`,
    ]);
  });
});

describe('ended', () => {
  const ended = (time: string) => `status: ended\nended: ${time}`;
  it.each([
    [
      'before published',
      '2024-03-23T22:00:00+01:00',
      `${A}/index.md:5: ended: 2024-03-23T22:00:00+01:00 is before the article was published (2024-03-24T08:00:00+01:00); fix the date or its offset`,
    ],
    [
      'in the future',
      '2024-03-26T22:00:00+01:00',
      `${A}/index.md:5: ended: 2024-03-26T22:00:00+01:00 is in the future (now is 2024-03-25T13:00:00+01:00); write the time the coverage really ended`,
    ],
    [
      'before the last update',
      '2024-03-24T10:30:00+01:00',
      `${A}/index.md:5: ended: 2024-03-24T10:30:00+01:00 is before the last update (late.md, 2024-03-24T11:00:00+01:00); coverage ends after its last update: fix ended, or that update's time`,
    ],
  ])('refuses an end %s', async (_name, time, error) => {
    const files = {
      [`${A}/updates/early.md`]: update('title: Early'),
      [`${A}/updates/late.md`]: md('time: 2024-03-24T11:00:00+01:00\ntitle: Late'),
    };
    expect((await read(ended(time), files)).errors).toEqual([error]);
  });

  it('accepts a date-only end on the day of the last update, and ignores drafts after it', async () => {
    const files = {
      [`${A}/updates/late.md`]: md('time: 2024-03-24T23:00:00+01:00\ntitle: Late'),
      [`${A}/updates/draft.md`]: md('time: 2024-03-25T09:00:00+01:00\ntitle: Draft\ndraft: true'),
    };
    expect((await read(ended('2024-03-24'), files)).errors).toEqual([]);
  });
});

describe('warnings (they do not stop a build)', () => {
  it('an update with no headline and no text, on the line where the text goes', async () => {
    const result = await read('status: live', {
      [`${A}/updates/empty.md`]: md('time: 2024-03-24T10:00:00+01:00', ''),
      [`${A}/updates/text-only.md`]: md('time: 2024-03-24T10:05:00+01:00'),
      [`${A}/updates/title-only.md`]: md('time: 2024-03-24T10:10:00+01:00\ntitle: Headline', ''),
    });
    expect(result).toEqual({
      errors: [],
      warnings: [
        `${A}/updates/empty.md:4: warning: body: the update has no headline and no text, so readers would see only its time; write the text below the front matter (and a title: if it needs one)`,
      ],
    });
  });

  it('the same headline as the update before it within 10 minutes', async () => {
    const result = await read('status: live', {
      [`${A}/updates/one.md`]: md('time: 2024-03-24T10:00:00+01:00\ntitle: Shots fired'),
      [`${A}/updates/two.md`]: md('time: 2024-03-24T10:04:00+01:00\ntitle: Shots Fired '),
      // Eleven minutes after the one before: a follow-up, not a double post.
      [`${A}/updates/three.md`]: md('time: 2024-03-24T10:15:00+01:00\ntitle: Shots fired'),
      [`${A}/updates/four.md`]: md('time: 2024-03-24T10:16:00+01:00\ntitle: Other news'),
    });
    expect(result).toEqual({
      errors: [],
      warnings: [
        `${A}/updates/two.md:3: warning: title: is the same headline as one.md, 4 minutes earlier; if it was posted twice by accident, delete one of the two files`,
      ],
    });
  });
});

describe('curly quotes around a time', () => {
  it('are named, with the fix', async () => {
    const files = { [`${A}/updates/one.md`]: md('time: \u201c2024-03-24T10:00:00+01:00\u201d\ntitle: One') };
    expect((await read('status: live', files)).errors).toEqual([
      `${A}/updates/one.md:2: time: \u201c2024-03-24T10:00:00+01:00\u201d holds curly quotes (\u201c \u201d or \u2018 \u2019), often pasted from a word processor; remove them, or type straight quotes " instead`,
    ]);
  });
});
