import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKey, KEY_VARIABLES } from '../../../scripts/build-key.ts';
import { projectRoot } from '../../helpers/temp-site.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

async function write(path: string, text: string) {
  await mkdir(dirname(join(root!, path)), { recursive: true });
  await writeFile(join(root!, path), text);
}

const env = { SITE_URL: 'https://news.example.org' };
const key = (over: Record<string, string> = {}, content = join(root!, 'content')) =>
  buildKey(root!, content, { ...env, ...over });

describe("the build key: what every article's pages are built from besides the article (scripts/build-key.ts)", () => {
  it('changes with the code, the settings, the dependencies and the content outside articles/, not with an article', async () => {
    root = await mkdtemp(join(tmpdir(), 'live-news-build-key-'));
    for (const [path, text] of Object.entries({
      'package.json': '{}',
      'package-lock.json': '{}',
      'astro.config.mjs': 'export default {};',
      'src/components/Header.astro': '<header />',
      'public/favicon.svg': '<svg/>',
      'scripts/build.ts': '',
      'content/authors/desk.md': '---\nname: Desk\n---\n',
      'content/articles/a/index.md': 'A',
    }))
      await write(path, text);
    const first = key();
    expect(key()).toBe(first);

    // An article's own files are its pack's to compare, not the key's.
    await write('content/articles/a/index.md', 'A, edited');
    await write('content/articles/b/index.md', 'B');
    expect(key()).toBe(first);

    const changes: [string, () => Promise<unknown>][] = [
      ['a component', () => write('src/components/Header.astro', '<header class="x" />')],
      ['a new source file', () => write('src/styles/extra.css', 'p{}')],
      ['a public file', () => write('public/favicon.svg', '<svg />')],
      ['a dependency', () => write('package-lock.json', '{"lockfileVersion":3}')],
      ["an author's name", () => write('content/authors/desk.md', '---\nname: The desk\n---\n')],
      ['the configuration', () => write('astro.config.mjs', "export default { base: '/news' };")],
    ];
    let last = first;
    for (const [what, change] of changes) {
      await change();
      const now = key();
      expect(now, what).not.toBe(last);
      last = now;
    }
    expect(key({ SITE_URL: 'https://other.example.org' })).not.toBe(last);
    expect(key({ BASE_PATH: '/live' })).not.toBe(last);
    // Where the content folder is does not matter, what is in it does.
    await write('elsewhere/authors/desk.md', '---\nname: The desk\n---\n');
    expect(key({}, join(root, 'elsewhere'))).toBe(last);
    await write('elsewhere/authors/desk.md', '---\nname: Desk\n---\n');
    expect(key({}, join(root, 'elsewhere'))).not.toBe(last);
  });

  it('names a file it cannot read (a link that leads nowhere)', async () => {
    root = await mkdtemp(join(tmpdir(), 'live-news-build-key-'));
    await write('src/site.ts', 'export {};');
    await mkdir(join(root, 'public'));
    await symlink(join(root, 'nowhere.svg'), join(root, 'public', 'logo.svg'));
    expect(() => key()).toThrow(
      `${join(root, 'public', 'logo.svg')} could not be read for the build key (ENOENT).`,
    );
  });

  it('covers every variable the pages read from the environment, or says why one cannot change them', () => {
    // Read by the build itself, never a page's content: where things are and what to render.
    const notInPages = new Set([
      'ASTRO_CACHE_DIR',
      'CONTENT_DIR',
      'OUT_DIR',
      'ONLINE_SOURCES_OUT',
      'REPLACED_SITE',
      // A build with these renders no page it takes (src/data/publish-scope.ts, reused-articles.ts).
      'BUILD_SHARD',
      'PUBLISH_ARTICLE',
      'PUBLISH_DIST',
      'BUILD_REUSE_KEY',
    ]);
    const read = new Set<string>();
    const files = [join(projectRoot, 'astro.config.mjs'), ...sourceFiles(join(projectRoot, 'src'))];
    for (const file of files)
      for (const match of readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z_]+)/g))
        read.add(match[1]!);
    expect(read.size).toBeGreaterThan(5);
    const unknown = [...read].filter((name) => !KEY_VARIABLES.includes(name) && !notInPages.has(name));
    // A new one: add it to KEY_VARIABLES (scripts/build-key.ts) if a page can show it.
    expect(unknown).toEqual([]);
  });
});

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.(ts|astro|mjs)$/.test(entry.name) ? [path] : [];
  });
}
