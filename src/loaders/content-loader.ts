import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { BodyKind, ContentTree } from './read-content.ts';
import { loadContent } from './shared-read.ts';
import { selectPublished } from './published.ts';
import { renderAll, WORKER_THRESHOLD, type EarlyRenders } from './render-pool.ts';
import { pipelineKey } from './pipeline-key.ts';
import { markIfEmpty } from '../model/empty-collection.ts';
import type { VisibilityOptions } from '../model/visibility.ts';
import { updateOnline } from '../data/publish-scope.ts';

export interface StoredFile {
  id: string;
  path: string;
  text: string;
  data: Record<string, unknown>;
  /** Run the collection schema through Astro (needed for `image()` fields, resolved relative to the file). */
  parse?: boolean;
}

/**
 * Loads `content/` with our own front-matter reader instead of Astro's glob loader:
 * the glob loader parses YAML dates into Date objects, which loses the difference
 * between a date and a date-time and silently accepts a time without an offset.
 */
function contentLoader(
  name: string,
  pick: (tree: ContentTree, visibility: VisibilityOptions) => StoredFile[],
  /** Articles and updates: the many bodies worth rendering early on a clean build. */
  bodies?: BodyKind,
): Loader {
  return {
    name,
    load: (context) =>
      loadContent(
        context,
        ({ root, tree, preview, now, early }) =>
          storeFiles(context, root, pick(tree, { preview, now }), early),
        { bodies },
      ),
  };
}

/** The pipeline's key (pipeline-key.ts), once per project and process: the dev server and the publisher sync many times. */
const pipelines = new Map<string, string>();
function pipelineOf(root: string): string {
  let key = pipelines.get(root);
  if (key === undefined) pipelines.set(root, (key = pipelineKey(root)));
  return key;
}

async function storeFiles(
  context: LoaderContext,
  root: string,
  files: StoredFile[],
  early: EarlyRenders | undefined,
) {
  const { store } = context;
  const keep = new Set(files.map((file) => file.id));
  // Data too: the same text is stored differently in the preview (scheduled flags kept). And
  // the code that renders it: a body stored by an older pipeline is rendered again.
  const pipeline = pipelineOf(root);
  const changed = files
    .map((file) => ({
      file,
      digest: context.generateDigest(`${file.text}\0${JSON.stringify(file.data)}\0${pipeline}`),
    }))
    .filter(({ file, digest }) => store.get(file.id)?.digest !== digest);
  // Bodies begun while the content was read, then the others.
  // A body a worker failed on is rendered again here (Astro's own error if it is broken).
  const begun = changed.map(({ file }) =>
    early
      ?.take(file.path, file.text)
      ?.catch(() => context.renderMarkdown(file.text, { fileURL: pathToFileURL(file.path) })),
  );
  const others = await renderAll(
    changed
      .filter((_, i) => !begun[i])
      .map(({ file }) => ({ text: file.text, fileURL: pathToFileURL(file.path) })),
    context.config,
    context.renderMarkdown,
  );
  let other = 0;
  const rendered = await Promise.all(begun.map((render) => render ?? others[other++]!));
  // Said when worker threads took part (not for each edit in the dev server).
  const begunEarly = begun.filter(Boolean).length;
  if (begunEarly > 0 || changed.length >= WORKER_THRESHOLD)
    context.logger.info(
      `${changed.length} Markdown file(s) rendered, ${begunEarly} of them while the content was read.`,
    );
  for (const [i, { file, digest }] of changed.entries()) {
    const filePath = relative(root, file.path).split(sep).join('/');
    const own = storedData(file);
    const data = file.parse ? await context.parseData({ id: file.id, data: own, filePath }) : own;
    store.set({ id: file.id, data, rendered: rendered[i], digest, filePath });
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  markIfEmpty(store, files.length);
}

/**
 * The front matter as the store keeps it: a deep copy whose strings share nothing with the
 * file's text. The YAML parser's strings are slices of the text they were read from (V8
 * keeps a substring as a view into its parent string), and Astro's store keeps every entry
 * for the whole build: one stored time of 25 characters would keep its whole file in memory,
 * about 440 MB at 10,000 articles x 40 updates (docs/performance.md). structuredClone
 * writes every string anew.
 */
export function storedData(file: Pick<StoredFile, 'data'>): Record<string, unknown> {
  return structuredClone(file.data);
}

/** What the articles collection stores: one entry per published article. */
export const articleFiles = (tree: ContentTree, visibility: VisibilityOptions): StoredFile[] =>
  selectPublished(tree, visibility).articles.map((a) => ({
    id: a.slug,
    path: a.path,
    text: a.text,
    data: a.data,
  }));

export const articlesLoader = () => contentLoader('articles', articleFiles, 'article');

/** Authors; a `photo` also becomes `portrait`, an astro:assets image (content.config.ts). */
export const authorsLoader = () =>
  contentLoader('authors', (tree) =>
    tree.authors.map((a) => ({
      id: a.id,
      path: a.path,
      text: a.text,
      data: { ...a.data, ...(a.data.photo && { portrait: `./${a.data.photo}` }) },
      parse: true,
    })),
  );

/**
 * What the updates collection stores: one entry per published update of a published
 * article; `online` leaves out other articles' unpublished updates in a publish build.
 */
export const updateFiles = (
  tree: ContentTree,
  visibility: VisibilityOptions,
  online: (slug: string, updateId: string) => boolean = () => true,
): StoredFile[] =>
  selectPublished(tree, visibility)
    .updates.filter((u) => online(u.article, u.htmlId))
    .map((u) => ({
      id: `${u.article}/${u.fileName.replace(/\.md$/i, '')}`,
      path: u.path,
      text: u.text,
      // Once published, a scheduled update is an ordinary one: only the preview marks it.
      data: visibility.preview ? u.data : { ...u.data, scheduled: undefined },
    }));

export const updatesLoader = () =>
  contentLoader('updates', (tree, visibility) => updateFiles(tree, visibility, updateOnline()), 'update');
