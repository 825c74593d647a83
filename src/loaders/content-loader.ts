import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContent, type ContentTree } from './read-content.ts';
import { contentDirFor } from './content-dir.ts';
import { ContentError } from './content-problem.ts';

interface StoredFile {
  id: string;
  path: string;
  text: string;
  data: Record<string, unknown>;
}

/**
 * Loads `content/` with our own front-matter reader instead of Astro's glob loader:
 * the glob loader parses YAML dates into Date objects, which loses the difference
 * between a date and a date-time and silently accepts a time without an offset.
 */
function contentLoader(name: string, pick: (tree: ContentTree) => StoredFile[]): Loader {
  return {
    name,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const contentDir = contentDirFor(root);
      const sync = async () => {
        const tree = await readContent(root, contentDir);
        if (tree.problems.length > 0) throw new ContentError(tree.problems);
        await storeFiles(context, root, pick(tree));
      };
      await sync();
      watch(context, contentDir, sync);
    },
  };
}

async function storeFiles(context: LoaderContext, root: string, files: StoredFile[]) {
  const { store } = context;
  const keep = new Set<string>();
  for (const file of files) {
    keep.add(file.id);
    const digest = context.generateDigest(file.text);
    if (store.get(file.id)?.digest === digest) continue;
    const rendered = await context.renderMarkdown(file.text, { fileURL: pathToFileURL(file.path) });
    store.set({
      id: file.id,
      data: file.data,
      rendered,
      digest,
      filePath: relative(root, file.path).split(sep).join('/'),
    });
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}

/** In `astro dev`, reload when anything under content/ changes, keeping the last good content on errors. */
function watch(context: LoaderContext, contentDir: string, sync: () => Promise<void>) {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(contentDir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(contentDir)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
    }, 50);
  });
}

export const articlesLoader = () =>
  contentLoader('articles', (tree) =>
    tree.articles.map((a) => ({ id: a.slug, path: a.path, text: a.text, data: a.data })),
  );

export const updatesLoader = () =>
  contentLoader('updates', (tree) =>
    tree.updates.map((u) => ({
      id: `${u.article}/${u.fileName.replace(/\.md$/i, '')}`,
      path: u.path,
      text: u.text,
      data: u.data,
    })),
  );
