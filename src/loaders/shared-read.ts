import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { contentDirFor } from './content-dir.ts';
import { ContentError } from './content-problem.ts';
import { readNow } from './news-now.ts';
import { readContent, type ContentTree } from './read-content.ts';
import { EarlyRenders } from './render-pool.ts';

/**
 * Every loader needs the same tree, and reading it (parsing and checking every
 * file) is most of a warm build: the loaders of one sync share one read. The dev
 * server starts a new generation whenever a file changes.
 */
let shared: { key: string; tree: Promise<ContentTree>; early: EarlyRenders | undefined } | undefined;
let generation = 0;

/**
 * The tree of this generation, read once. `early` is asked for only when the tree is
 * read: the bodies it renders while the rest is read go to whichever loader takes them.
 */
export function readShared(
  root: string,
  contentDir: string,
  now: number,
  early: () => EarlyRenders | undefined = () => undefined,
): { tree: Promise<ContentTree>; early: EarlyRenders | undefined } {
  const key = `${contentDir}\0${generation}`;
  if (shared?.key !== key) {
    const renders = early();
    const onSource = renders && ((path: string, text: string) => renders.add(path, text));
    const tree = readContent(root, contentDir, { now, onSource }).finally(() => renders?.finish());
    shared = { key, tree, early: renders };
  }
  return shared;
}

/** Watchers that already start a new generation on changes (one handler, however many loaders). */
const counted = new WeakSet<object>();
/** The generation whose problems were last shown: every loader fails on the same ones. */
let reported = -1;

/** In `astro dev`, reload when anything under content/ changes, keeping the last good content on errors. */
export function watchContent(context: LoaderContext, contentDir: string, sync: () => Promise<void>) {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(contentDir);
  if (!counted.has(watcher)) {
    counted.add(watcher);
    watcher.on('all', (_event, path) => {
      if (path.startsWith(contentDir)) generation++;
    });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(contentDir)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      sync().catch((error: unknown) => {
        if (reported === generation) return;
        reported = generation;
        logger.error(error instanceof Error ? error.message : String(error));
      });
    }, 50);
  });
}

/** What a loader's store step gets on each sync: the tree and which entries are visible. */
export interface SyncInput {
  root: string;
  tree: ContentTree;
  /** Only the dev server (it watches files) previews drafts and scheduled updates. */
  preview: boolean;
  now: number;
  /** Bodies rendered while the content was read, when the store was empty (see EarlyRenders). */
  early: EarlyRenders | undefined;
}

/**
 * The load step every content loader shares: read the tree once per sync (failing the
 * build with every problem), hand it to `store`, and re-run on changes in `astro dev`.
 * `preview` follows the watcher, not NODE_ENV or MODE, which tests and tools may set.
 */
export async function loadContent(context: LoaderContext, store: (input: SyncInput) => Promise<void>) {
  const root = fileURLToPath(context.config.root);
  const contentDir = contentDirFor(root);
  const preview = context.watcher !== undefined;
  const sync = async () => {
    const now = readNow();
    // An empty store renders every body: start on them while the rest is still being read.
    const empty = () => (context.store.keys().length === 0 ? EarlyRenders.for(context.config) : undefined);
    const read = readShared(root, contentDir, now, empty);
    const tree = await read.tree;
    if (tree.problems.length > 0) throw new ContentError(tree.problems);
    await store({ root, tree, preview, now, early: read.early });
  };
  await sync();
  watchContent(context, contentDir, sync);
}
