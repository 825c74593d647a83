import type { LoaderContext } from 'astro/loaders';
import { readContent, type ContentTree } from './read-content.ts';

/**
 * Every loader needs the same tree, and reading it (parsing and checking every
 * file) is most of a warm build: the loaders of one sync share one read. The dev
 * server starts a new generation whenever a file changes.
 */
let shared: { key: string; tree: Promise<ContentTree> } | undefined;
let generation = 0;

export function readShared(root: string, contentDir: string, now: number): Promise<ContentTree> {
  const key = `${contentDir}\0${generation}`;
  if (shared?.key !== key) shared = { key, tree: readContent(root, contentDir, { now }) };
  return shared.tree;
}

/** In `astro dev`, reload when anything under content/ changes, keeping the last good content on errors. */
export function watchContent(context: LoaderContext, contentDir: string, sync: () => Promise<void>) {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(contentDir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(contentDir)) return;
    generation++;
    clearTimeout(timer);
    timer = setTimeout(() => {
      sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
    }, 50);
  });
}
