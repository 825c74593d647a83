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
      expect((await readdir(site.dir)).filter((name) => name.startsWith('.dist-'))).toEqual([]);
    } finally {
      await rm(broken);
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
