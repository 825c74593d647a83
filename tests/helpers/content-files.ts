import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (path relative to `root` -> text) under `root`. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/** A temporary project folder holding only `content/...` files; remove it with `cleanup`. */
export async function makeTempContent(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'live-news-content-'));
  await writeFiles(root, files);
  return {
    root,
    contentDir: join(root, 'content'),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** A Markdown file from front-matter lines and a body. */
export const md = (frontMatter: string, body = 'Text.') => `---\n${frontMatter}\n---\n\n${body}\n`;
