import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

/** The seed article of the project's own content: each case adds one broken update to it. */
const ARTICLE = 'moscow-concert-hall-attack';
const BROKEN = `content/articles/${ARTICLE}/updates/x.md`;

const CASES = [
  {
    name: 'bad YAML',
    text: '---\ntime: 2024-03-24T18:00:00+01:00\ntitle: "Unclosed quote\n---\nBody.\n',
    expected: `${BROKEN}:3: front matter: the front matter is not valid YAML`,
  },
  {
    name: 'a missing time',
    text: '---\ntitle: Eyewitness accounts\n---\nBody.\n',
    expected: `${BROKEN}:1: time: is required but missing`,
  },
  {
    name: 'a date-time without offset',
    text: '---\ntitle: Eyewitness accounts\ntime: 2024-03-24T18:00:00\n---\nBody.\n',
    expected: `${BROKEN}:3: time: "2024-03-24T18:00:00" has no time-zone offset; add one`,
  },
  {
    name: 'an unknown key',
    text: '---\ntime: 2024-03-24T18:00:00+01:00\ntitel: Eyewitness accounts\n---\nBody.\n',
    expected: `${BROKEN}:3: titel: unknown field; did you mean "title"?`,
  },
];

let site: TempSite;
let goodDist: Record<string, string>;

beforeAll(async () => {
  site = await makeTempSite('bad-input', [join(projectRoot, 'content')]);
  const good = await site.build();
  if (good.code !== 0) throw new Error(`The project content did not build:\n${good.output}`);
  goodDist = await hashTree(site.distDir);
});

afterAll(async () => {
  await site?.cleanup();
});

describe('a broken update fails the build, names file and field, and changes nothing', () => {
  it('starts from a good build with pages in dist/', () => {
    expect(Object.keys(goodDist)).toContain(`articles/${ARTICLE}/index.html`);
  });

  it.each(CASES)('$name', async ({ text, expected }) => {
    const broken = join(site.dir, BROKEN);
    await writeFile(broken, text);
    try {
      const content = await hashTree(site.contentDir);
      const result = await site.build();
      expect(result.code, result.output).not.toBe(0);
      // Colours and wrapping aside, the editor sees path:line: field: message.
      expect(stripVTControlCharacters(result.output)).toContain(expected);
      expect(stripVTControlCharacters(result.output)).toContain('nothing was published');
      // The build wrote nothing under content/, and the previous site is untouched.
      expect(await hashTree(site.contentDir)).toEqual(content);
      expect(await hashTree(site.distDir)).toEqual(goodDist);
      // Nothing left beside it either (.dist-online/ holds what the last good build published,
      // .dist-search/ the digest of its search index: both from that build).
      expect((await readdir(site.dir)).filter((name) => name.startsWith('.dist-')).sort()).toEqual([
        '.dist-online',
        '.dist-search',
      ]);
    } finally {
      await rm(broken);
    }
  });
});

describe('mistakes that used to pass silently (issue 17) fail the build and change nothing', () => {
  const FOLDER = `content/articles/${ARTICLE}`;
  const FILES: Record<string, string> = {
    [`${FOLDER}/updates/colon.md`]:
      '---\ntime: 2024-03-24T18:00:00+01:00\ntitle: Breaking: fire\n---\nBody.\n',
    [`${FOLDER}/stray.md`]: '---\ntime: 2024-03-24T18:00:00+01:00\n---\nSaved next to index.md.\n',
    [`${FOLDER}/updates/word.markdown`]: '---\ntime: 2024-03-24T18:00:00+01:00\n---\nWrong extension.\n',
    [`${FOLDER}/updates/link.md`]: '---\ntime: 2024-03-24T18:00:00+01:00\n---\n\nSee [this](../other/).\n',
  };
  const EXPECTED = [
    `${FOLDER}/updates/colon.md:3: front matter: the headline holds a colon followed by a space, which YAML reads as another field; put the headline in double quotes: title: "Breaking: fire"`,
    `${FOLDER}/stray.md:1: file: is not read: an update must be in ${FOLDER}/updates/; move it there (as stray.md)`,
    `${FOLDER}/updates/word.markdown:1: file: is not read: only .md files are; rename it to word.md`,
    `${FOLDER}/updates/link.md:5: body: the relative link "../other/" leads to different pages from the article's page and from the update's own page; write it from the site root`,
  ];

  it('names each with its path, line and fix', async () => {
    for (const [path, text] of Object.entries(FILES)) await writeFile(join(site.dir, path), text);
    try {
      const content = await hashTree(site.contentDir);
      const result = await site.build();
      expect(result.code, result.output).not.toBe(0);
      const output = stripVTControlCharacters(result.output);
      for (const line of EXPECTED) expect(output, output).toContain(line);
      expect(output).toContain('content/ has 4 problems; nothing was published');
      expect(await hashTree(site.contentDir)).toEqual(content);
      expect(await hashTree(site.distDir)).toEqual(goodDist);
    } finally {
      for (const path of Object.keys(FILES)) await rm(join(site.dir, path));
    }
  });
});

/** Every file under `dir` (relative path) with a hash of its bytes. */
async function hashTree(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return result;
}
