import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../../src/loaders/content-problem.ts';
import { MAX_MARKDOWN_BYTES, readContent } from '../../../src/loaders/read-content.ts';

/** Checks see this as now, so no test time counts as "in the future". */
const now = Date.parse('2030-01-01T00:00:00Z');

const ARTICLE = '---\ntitle: Concert hall attack\npublished: 2024-03-24\nstatus: live\n---\nIntro.\n';
const update = (time: string, title = 'Headline') => `---\ntime: ${time}\ntitle: ${title}\n---\nBody.\n`;

let root: string | undefined;

/** A project root in the OS temp folder with `content/` made of `files` (path -> text or bytes). */
async function site(files: Record<string, string | Uint8Array>) {
  root = await mkdtemp(join(tmpdir(), 'live-news-read-content-'));
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, 'content', path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text);
  }
  return root;
}

async function read(files: Record<string, string | Uint8Array>) {
  const dir = await site(files);
  const tree = await readContent(dir, join(dir, 'content'), { now });
  return { dir, tree, lines: tree.problems.map(formatProblem).sort() };
}

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

describe('readContent on valid content', () => {
  it('hands each article and update file to onSource as soon as it is read, with the text it keeps', async () => {
    const dir = await site({
      'articles/moscow/index.md': ARTICLE,
      'articles/moscow/updates/a.md': update('2024-03-24T10:00:00+01:00'),
      'articles/moscow/updates/b.md': `\uFEFF${update('2024-03-24T11:00:00+01:00')}`,
      'articles/moscow/updates/empty.bin.md': new Uint8Array([0, 1, 2]),
    });
    const seen: [string, string][] = [];
    const tree = await readContent(dir, join(dir, 'content'), {
      now,
      onSource: (path, text) => seen.push([path, text]),
    });
    const kept = [...tree.articles, ...tree.updates].map((f) => [f.path, f.text]);
    expect(seen.sort()).toEqual(kept.sort());
    expect(seen).toHaveLength(3);
  });

  it('reads articles and updates, with bodies and update ids', async () => {
    const { tree } = await read({
      'articles/moscow/index.md': ARTICLE,
      'articles/moscow/updates/2024-03-24 Expert.md': update('2024-03-24T10:00:00+01:00'),
      'articles/moscow/updates/notes.txt': 'not Markdown, ignored',
      'articles/moscow/photo.jpg': new Uint8Array([0xff, 0xd8, 0x00, 0x01]),
    });
    expect(tree.problems).toEqual([]);
    expect(tree.articles).toHaveLength(1);
    expect(tree.articles[0]).toMatchObject({
      slug: 'moscow',
      file: 'content/articles/moscow/index.md',
      body: 'Intro.\n',
      data: { title: 'Concert hall attack', published: '2024-03-24', status: 'live' },
    });
    expect(tree.updates).toHaveLength(1);
    expect(tree.updates[0]).toMatchObject({
      article: 'moscow',
      fileName: '2024-03-24 Expert.md',
      htmlId: 'update-2024-03-24-expert',
      file: 'content/articles/moscow/updates/2024-03-24 Expert.md',
      body: 'Body.\n',
      data: { time: '2024-03-24T10:00:00+01:00', title: 'Headline' },
    });
  });

  it('accepts a UTF-8 byte-order mark and Windows line endings', async () => {
    const { tree } = await read({
      'articles/a/index.md': `\uFEFF${ARTICLE.replaceAll('\n', '\r\n')}`,
    });
    expect(tree.problems).toEqual([]);
    expect(tree.articles[0]!.data.title).toBe('Concert hall attack');
  });

  it('never writes to the content folder', async () => {
    const files = {
      'articles/a/index.md': ARTICLE,
      'articles/a/updates/u.md': update('2024-03-24T10:00:00'),
      'articles/B/index.md': ARTICLE,
    };
    const dir = await site(files);
    const before = await snapshot(join(dir, 'content'));
    await readContent(dir, join(dir, 'content'), { now });
    expect(await snapshot(join(dir, 'content'))).toEqual(before);
  });
});

describe('readContent reports every problem at once, as path:line: field: message', () => {
  it('lists the problems of several files together, each line pointing at the offending key', async () => {
    const { tree, lines } = await read({
      'articles/good/index.md': ARTICLE,
      'articles/good/updates/no-offset.md': '---\ntitle: Headline\ntime: 2024-03-24T15:30:00\n---\nBody.\n',
      'articles/good/updates/typo.md': '---\ntime: 2024-03-24T10:00:00+01:00\n\ntitel: Headline\n---\n',
      'articles/good/updates/no-time.md': '---\ntitle: Headline\n---\nBody.\n',
      'articles/good/updates/bad-yaml.md': '---\ntime: 2024-03-24\ntitle: "unclosed\n---\n',
      'articles/bad-source/index.md':
        '---\ntitle: T\npublished: 2024-03-24\nsource:\n  name: Belga\n  url: javascript:alert(1)\n---\n',
    });
    expect(lines).toEqual([
      'content/articles/bad-source/index.md:6: source.url: expected a full web address starting with https:// (or http://)',
      expect.stringMatching(
        /^content\/articles\/good\/updates\/bad-yaml\.md:3: front matter: the front matter is not valid YAML/,
      ) as unknown as string,
      'content/articles/good/updates/no-offset.md:3: time: "2024-03-24T15:30:00" has no time-zone offset; add one, e.g. 2024-03-24T15:30:00+01:00 (or Z for UTC)',
      'content/articles/good/updates/no-time.md:1: time: is required but missing; add it to the front matter',
      'content/articles/good/updates/typo.md:4: titel: unknown field; did you mean "title"?',
    ]);
    // The broken files are left out; the good ones are still read.
    expect(tree.articles.map((a) => a.slug)).toEqual(['good']);
    expect(tree.updates).toEqual([]);
  });

  it('gives the ContentError a message listing every problem in file order', async () => {
    const { tree } = await read({
      'articles/b/index.md': '---\ntitle: T\n---\n',
      'articles/a/index.md': '---\npublished: 2024-03-24\nstatus: open\n---\n',
    });
    const error = new ContentError(tree.problems);
    expect(error.message).toBe(
      [
        'content/ has 3 problems; nothing was published:',
        'content/articles/a/index.md:1: title: is required but missing; add it to the front matter',
        'content/articles/a/index.md:3: status: must be live or ended (or left out for an ordinary article)',
        'content/articles/b/index.md:1: published: is required but missing; add it to the front matter',
      ].join('\n'),
    );
    expect(error.problems).toHaveLength(3);
    expect(new ContentError(tree.problems.slice(0, 1)).message).toMatch(/^content\/ has 1 problem;/);
  });
});

describe('readContent refuses unsafe or unreadable files', () => {
  it.each([
    [
      'an empty file',
      '',
      'front matter: the file is empty; start it with front matter between two --- lines',
    ],
    ['a file of blank lines', '\n\n  \n', 'front matter: the file is empty'],
    ['a file without front matter', 'Just text.\n', 'front matter: the file must start with front matter'],
    [
      'front matter without its closing line',
      '---\ntime: 2024-03-24\n',
      'front matter: the front matter has no closing "---" line',
    ],
  ])('%s', async (_name, text, expected) => {
    const { lines } = await read({ 'articles/a/index.md': ARTICLE, 'articles/a/updates/u.md': text });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(`content/articles/a/updates/u.md:1: ${expected}`);
  });

  it('a binary .md file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const { lines } = await read({ 'articles/a/index.md': ARTICLE, 'articles/a/updates/photo.md': png });
    expect(lines).toEqual([
      'content/articles/a/updates/photo.md:1: file: is a binary file, not Markdown text; replace it with a text file',
    ]);
  });

  it('a file that is not valid UTF-8', async () => {
    // "café" saved as Latin-1: the é is the lone byte 0xE9.
    const latin1 = new Uint8Array([
      ...Buffer.from('---\ntime: 2024-03-24\ntitle: caf'),
      0xe9,
      0x0a,
      ...Buffer.from('---\n'),
    ]);
    const { lines } = await read({ 'articles/a/index.md': ARTICLE, 'articles/a/updates/latin1.md': latin1 });
    expect(lines).toEqual([
      'content/articles/a/updates/latin1.md:1: file: is not valid UTF-8 text; save it again as UTF-8',
    ]);
  });

  it('a control character pasted into a title or a body, with its line', async () => {
    const { lines, tree } = await read({
      'articles/a/index.md': ARTICLE,
      'articles/a/updates/u.md': `---\ntime: 2024-03-24T10:00:00+01:00\ntitle: "Storm\u000Bwarning"\n---\n\nText.\n`,
      'articles/a/updates/v.md': `${update('2024-03-24T11:00:00+01:00')}\nFine.\n\nBad\u0007bell.\n`,
    });
    expect(lines).toEqual([
      'content/articles/a/updates/u.md:3: text: holds an invisible control character (U+000B), which feeds and images cannot carry; delete it (it often comes with text pasted from a word processor)',
      'content/articles/a/updates/v.md:9: text: holds an invisible control character (U+0007), which feeds and images cannot carry; delete it (it often comes with text pasted from a word processor)',
    ]);
    expect(tree.updates).toEqual([]);
  });

  it('a file larger than 2 MB', async () => {
    const big = `${update('2024-03-24T10:00:00+01:00')}${'x'.repeat(MAX_MARKDOWN_BYTES)}`;
    const { lines, tree } = await read({ 'articles/a/index.md': ARTICLE, 'articles/a/updates/big.md': big });
    expect(lines).toEqual([
      'content/articles/a/updates/big.md:1: file: is 2.0 MB; a Markdown file may be at most 2 MB, split it into several updates',
    ]);
    expect(tree.updates).toEqual([]);
  });

  it('a file of exactly 2 MB is still read', async () => {
    const head = update('2024-03-24T10:00:00+01:00');
    const { tree } = await read({
      'articles/a/index.md': ARTICLE,
      'articles/a/updates/max.md': head + 'x'.repeat(MAX_MARKDOWN_BYTES - head.length),
    });
    expect(tree.problems).toEqual([]);
    expect(tree.updates).toHaveLength(1);
  });

  it('a symbolic link to a file outside content/', async () => {
    const dir = await site({
      'articles/a/index.md': ARTICLE,
      'articles/a/updates/real.md': update('2024-03-24'),
    });
    await writeFile(join(dir, 'secret.md'), update('2024-03-24', 'Secret'));
    await symlink(join(dir, 'secret.md'), join(dir, 'content/articles/a/updates/link.md'));
    const tree = await readContent(dir, join(dir, 'content'), { now });
    expect(tree.problems.map(formatProblem)).toEqual([
      'content/articles/a/updates/link.md:1: file: is a symbolic link; content must be real files inside content/',
    ]);
    expect(tree.updates.map((u) => u.fileName)).toEqual(['real.md']);
  });

  it('a symbolic link as article folder or as updates folder', async () => {
    const dir = await site({
      'articles/a/index.md': ARTICLE,
      'elsewhere/updates/u.md': update('2024-03-24'),
    });
    await symlink(join(dir, 'content/articles/a'), join(dir, 'content/articles/b'));
    await symlink(join(dir, 'content/elsewhere/updates'), join(dir, 'content/articles/a/updates'));
    const tree = await readContent(dir, join(dir, 'content'), { now });
    expect(tree.problems.map(formatProblem).sort()).toEqual([
      'content/articles/a/updates:1: file: is a symbolic link; content must be real folders inside content/',
      'content/articles/b:1: file: is a symbolic link; content must be real folders and files inside content/',
    ]);
    expect(tree.articles.map((a) => a.slug)).toEqual(['a']);
    expect(tree.updates).toEqual([]);
  });
});

describe('readContent checks the folder layout', () => {
  it('an article folder without index.md', async () => {
    const { lines } = await read({ 'articles/orphan/updates/u.md': update('2024-03-24') });
    expect(lines).toContain(
      'content/articles/orphan/index.md:1: file: the article has no index.md; add one with title and published',
    );
  });

  it.each(['Bad_Name', 'Moscow Attack', 'crème', '-a'])(
    'a folder name that is not a slug: %j',
    async (name) => {
      const { lines, tree } = await read({ [`articles/${name}/index.md`]: ARTICLE });
      expect(lines).toEqual([
        `content/articles/${name}:1: file: the folder name is the article URL; use only lowercase letters, digits and hyphens`,
      ]);
      expect(tree.articles).toEqual([]);
    },
  );

  it('a stray file among the article folders', async () => {
    const { lines } = await read({
      'articles/a/index.md': ARTICLE,
      'articles/notes.md': 'x',
      'articles/.DS_Store': 'x',
    });
    expect(lines).toEqual([
      'content/articles/notes.md:1: file: is not an article folder; put each article in content/articles/<slug>/index.md',
    ]);
  });

  it('a missing articles folder', async () => {
    const { lines } = await read({ 'README.txt': 'x' });
    expect(lines).toEqual([
      'content/articles:1: file: the articles folder is missing; create it with one folder per article',
    ]);
  });

  it('two update files that give the same update id', async () => {
    const { lines, tree } = await read({
      'articles/a/index.md': ARTICLE,
      'articles/a/updates/A B.md': update('2024-03-24T10:00:00+01:00'),
      'articles/a/updates/a-b.md': update('2024-03-24T11:00:00+01:00'),
    });
    expect(lines).toEqual([
      'content/articles/a/updates/a-b.md:1: file: gives the same update id "update-a-b" as A B.md; rename one of the files',
    ]);
    expect(tree.updates.map((u) => u.fileName)).toEqual(['A B.md']);
  });

  it('the same update file name in two articles is fine', async () => {
    const { tree } = await read({
      'articles/a/index.md': ARTICLE,
      'articles/b/index.md': ARTICLE,
      'articles/a/updates/u.md': update('2024-03-24'),
      'articles/b/updates/u.md': update('2024-03-24'),
    });
    expect(tree.problems).toEqual([]);
    expect(tree.updates.map((u) => `${u.article}/${u.htmlId}`)).toEqual(['a/update-u', 'b/update-u']);
  });
});

/** Every file under `dir` with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result[path] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return result;
}
