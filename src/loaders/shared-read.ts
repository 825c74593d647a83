import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { contentDirFor } from './content-dir.ts';
import { ContentError, describeProblems, formatWarning, sortProblems } from './content-problem.ts';
import { readNow } from './news-now.ts';
import { readContent, type BodyKind, type ContentTree } from './read-content.ts';
import { withoutBrokenFiles } from './preview-tree.ts';
import { onlineDirOfStaged, writePacks } from './online-sources.ts';
import { onlineSources, packsOut } from '../data/publish-scope.ts';
import { EarlyRenders } from './render-pool.ts';
import { reusableArticles, reuseStamps } from './reuse-stamps.ts';
import { buildKey, setReusedArticles } from '../data/reused-articles.ts';

/**
 * Every loader needs the same tree, and reading it (parsing and checking every
 * file) is most of a warm build: the loaders of one sync share one read. The dev
 * server starts a new generation whenever a file changes.
 */
interface SharedRead {
  key: string;
  tree: Promise<ContentTree>;
  /** The Markdown files read so far, for early renders that start late; emptied once read. */
  sources: { path: string; text: string; kind: BodyKind }[];
  done: boolean;
  early: EarlyRenders | undefined;
  /** The kinds of files the early renders take (those whose store was empty). */
  kinds: Set<BodyKind>;
}

let shared: SharedRead | undefined;
let generation = 0;

/** The tree of this generation, read once. */
export function readShared(root: string, contentDir: string, now: number): SharedRead {
  const key = `${contentDir}\0${generation}`;
  if (shared?.key !== key) {
    const state = {
      sources: [] as SharedRead['sources'],
      done: false,
      early: undefined as EarlyRenders | undefined,
      kinds: new Set<BodyKind>(),
    };
    const onSource = (path: string, text: string, kind: BodyKind) => {
      state.sources.push({ path, text, kind });
      if (state.early && state.kinds.has(kind)) state.early.add(path, text);
    };
    const tree = readContent(root, contentDir, { now, onSource, online: onlineSources() }).finally(() => {
      state.done = true;
      state.sources = [];
      state.early?.finish();
    });
    shared = Object.assign(state, { key, tree });
  }
  return shared;
}

/**
 * Renders the `kind` bodies of `read` in workers as they are read (see EarlyRenders),
 * the files read so far first: for a loader whose store is empty, which renders every
 * body of its kind. A no-op once the tree is read, or when workers cannot render.
 */
export function renderEarly(read: SharedRead, kind: BodyKind, make: () => EarlyRenders | undefined): void {
  if (read.done || read.kinds.has(kind)) return;
  read.early ??= make();
  if (!read.early) return;
  read.kinds.add(kind);
  for (const source of read.sources) if (source.kind === kind) read.early.add(source.path, source.text);
}

/**
 * Writes the sources of the articles this build puts online (online-sources.ts). A full build
 * (with a build key) writes every article's, stamped, and takes the pages of those unchanged
 * since the site it replaces was built (src/data/reused-articles.ts).
 */
async function keepSources(
  out: { dir: string; rendered: (slug: string) => boolean },
  tree: ContentTree,
  now: number,
) {
  const online = onlineDirOfStaged(out.dir);
  const key = buildKey();
  const replaced = process.env.REPLACED_SITE;
  if (!key || !replaced) {
    await writePacks(out.dir, tree, out.rendered, online);
    return;
  }
  const same = await writePacks(out.dir, tree, () => true, online, reuseStamps(tree, key, now));
  setReusedArticles(reusableArticles(same, tree, replaced, online));
}

/** The read whose warnings were last shown. */
let warned: SharedRead | undefined;
/** The read whose articles' sources were kept (online-sources.ts). */
let packed: SharedRead | undefined;
/** The read the dev server started on without its broken files, once said (preview-tree.ts). */
let startedBroken: SharedRead | undefined;

/**
 * A build reads the content once, in its content sync, and nothing reads that tree again:
 * the pages read Astro's content store. Kept, it holds every file's text and data for the
 * rest of the build (about 1.7 GB at 10,000 articles x 40 updates, which V8's collections
 * then walk again and again while the pages render). releaseContentReads() drops it; the
 * content-read integration calls it when the build starts, after the sync. Every copy of
 * this module (the sync loads it through Vite) adds its own release to one list on
 * `globalThis`, which is where the integration finds them.
 */
const RELEASES = Symbol.for('live-news.content-read-releases');
type WithReleases = typeof globalThis & { [RELEASES]?: Set<() => void> };
((globalThis as WithReleases)[RELEASES] ??= new Set()).add(() => {
  shared = undefined;
  warned = undefined;
  packed = undefined;
  startedBroken = undefined;
});

/** Drops the content read of every copy of this module (see RELEASES). */
export function releaseContentReads(): void {
  for (const release of (globalThis as WithReleases)[RELEASES] ?? []) release();
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
        // Labelled "content", whichever collection's loader met the problem first.
        logger
          .fork('content')
          .error(
            error instanceof ContentError
              ? describeProblems(
                  error.problems,
                  'the preview keeps the last good version until they are fixed',
                )
              : error instanceof Error
                ? error.message
                : String(error),
          );
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
 * `bodies`: the kind of rendered Markdown the loader stores (articles or updates).
 * `preview` follows the watcher, not NODE_ENV or MODE, which tests and tools may set.
 */
export async function loadContent(
  context: LoaderContext,
  store: (input: SyncInput) => Promise<void>,
  options: { bodies?: BodyKind } = {},
) {
  const root = fileURLToPath(context.config.root);
  const contentDir = contentDirFor(root);
  const preview = context.watcher !== undefined;
  let started = false;
  const sync = async () => {
    const now = readNow();
    const read = readShared(root, contentDir, now);
    // A store of Markdown bodies that is empty renders them all: start while the rest is read.
    if (options.bodies && context.store.keys().length === 0)
      renderEarly(read, options.bodies, () =>
        EarlyRenders.for(context.config, (threads) =>
          context.logger.info(`Rendering Markdown in ${threads} worker threads while the content is read.`),
        ),
      );
    let tree = await read.tree;
    if (tree.problems.length > 0) {
      // Later syncs in the dev server throw too: Astro then keeps the last good store.
      if (!preview || started) throw new ContentError(tree.problems);
      if (startedBroken !== read) {
        startedBroken = read;
        context.logger
          .fork('content')
          .error(describeProblems(tree.problems, 'the preview leaves those files out until they are fixed'));
      }
      tree = withoutBrokenFiles(tree);
    }
    // Said once per read, whichever loader gets there first; they do not stop the build.
    if (warned !== read) {
      warned = read;
      const log = context.logger.fork('content');
      for (const warning of sortProblems(tree.warnings)) log.warn(formatWarning(warning));
    }
    // Once per read, as its warnings: the sources of the articles this build puts online.
    const out = packsOut();
    if (out && packed !== read) {
      packed = read;
      await keepSources(out, tree, now);
    }
    await store({ root, tree, preview, now, early: read.early });
  };
  await sync();
  started = true;
  watchContent(context, contentDir, sync);
}
