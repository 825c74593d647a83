// Synchronous file calls: an archive is thousands of small files, and each call through
// Node's thread pool costs more in hand-offs between threads than the reading itself.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { ArticleSchema, type ArticleData } from '../schemas/article.ts';
import { UpdateSchema, type UpdateData } from '../schemas/update.ts';
import { AuthorSchema, type AuthorData } from '../schemas/author.ts';
import { describeIssues } from '../schemas/describe-issues.ts';
import { SLUG_PATTERN, updateIdFromFileName } from '../model/update-id.ts';
import { parseFrontMatter } from './front-matter.ts';
import { findIgnoredFiles } from './ignored-files.ts';
import { findRunawayMarkdown } from './markdown-limits.ts';
import type { ContentProblem } from './content-problem.ts';
import { checkContent, warnContent } from './check-content.ts';
import { readNow } from './news-now.ts';
import { readPhotos, type PhotoEntry } from './read-photos.ts';
import type { OnlinePack } from './online-sources.ts';

/** Markdown files larger than this are refused rather than read into memory. */
export const MAX_MARKDOWN_BYTES = 2 * 1024 * 1024;

interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, with forward slashes, for messages. */
  file: string;
  /** The whole file as written. */
  text: string;
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line of a front-matter field (e.g. "source.url"), for messages about valid files. */
  lineOf: (field: string) => number;
}

export interface ArticleFile extends SourceFile {
  slug: string;
  data: ArticleData;
}

export interface UpdateFile extends SourceFile {
  /** Slug of the article the update belongs to (its folder). */
  article: string;
  /** File name, e.g. "2024-03-24-expert.md"; breaks ties between equal times. */
  fileName: string;
  /** Stable HTML id derived from the file name. */
  htmlId: string;
  data: UpdateData;
}

export interface AuthorFile extends SourceFile {
  /** The file name without .md, e.g. "anna-peeters"; articles and updates refer to it. */
  id: string;
  data: AuthorData;
}

export interface ContentTree {
  articles: ArticleFile[];
  updates: UpdateFile[];
  authors: AuthorFile[];
  /** Every photo shown (lead and Markdown photos) whose file was opened and found good. */
  photos: PhotoEntry[];
  problems: ContentProblem[];
  /** Likely mistakes that do not stop a build (check-content.ts, contentWarnings). */
  warnings: ContentProblem[];
}

/** The Markdown files with a body to render: article introductions and updates. */
export type BodyKind = 'article' | 'update';

export interface ReadOptions {
  /** The instant checks treat as now (times in the future); defaults to NEWS_NOW or the clock. */
  now?: number;
  /** Called with each article and update file as soon as it is read (see EarlyRenders). */
  onSource?: (path: string, text: string, kind: BodyKind) => void;
  /**
   * In a publish, the sources an article's pages online were built from, read instead of its
   * folder (online-sources.ts); undefined reads the folder.
   */
  online?: (slug: string) => Promise<OnlinePack | undefined>;
}

/**
 * Reads and validates every article, update and author under `contentDir`, then runs the
 * checks across files (src/loaders/check-content.ts). Never writes.
 */
export async function readContent(
  root: string,
  contentDir: string,
  options: ReadOptions = {},
): Promise<ContentTree> {
  const tree = await readFiles(root, contentDir, options);
  const now = options.now ?? readNow();
  tree.problems.push(...checkContent(tree, { now }));
  tree.warnings.push(...warnContent(tree, { now }));
  // Photo files are opened (headers, then a shrunk decode) before Astro ever processes them.
  const photos = await readPhotos(root, tree);
  tree.photos = photos.photos;
  tree.problems.push(...photos.problems);
  return tree;
}

async function readFiles(
  root: string,
  contentDir: string,
  { onSource, online }: ReadOptions,
): Promise<ContentTree> {
  const tree: ContentTree = {
    articles: [],
    updates: [],
    authors: [],
    photos: [],
    problems: [],
    warnings: [],
  };
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const problem = (path: string, line: number, field: string, message: string) =>
    tree.problems.push({ file: rel(path), line, field, message });

  await readAuthors(join(contentDir, 'authors'), rel, tree);
  const articlesDir = join(contentDir, 'articles');
  const folders = await listDir(articlesDir);
  if (!folders) {
    problem(articlesDir, 1, 'file', 'the articles folder is missing; create it with one folder per article');
    return tree;
  }
  for (const name of folders) {
    // The files are read with synchronous calls: between articles the other loaders go on
    // (each says which bodies it renders early: shared-read.ts) and worker replies come in.
    await new Promise((resolve) => setImmediate(resolve));
    const pack = await online?.(name);
    if (pack) readPackedArticle(join(articlesDir, name), name, pack, rel, tree, onSource);
    else await readArticleFolder(articlesDir, name, rel, tree, onSource);
  }
  return tree;
}

/**
 * An article as its pages online show it (online-sources.ts): the files it was published
 * from, validated as they were then, at the paths of its folder (its photos are read from there).
 */
function readPackedArticle(
  folder: string,
  slug: string,
  pack: OnlinePack,
  rel: (p: string) => string,
  tree: ContentTree,
  onSource: ReadOptions['onSource'],
): void {
  const source = (path: string, text: string): SourceFile => ({
    path,
    file: rel(path),
    text,
    body: '',
    lineOf: () => 1,
  });
  const article = source(join(folder, 'index.md'), pack.index);
  onSource?.(article.path, article.text, 'article');
  const data = validate(ArticleSchema, article, tree.problems);
  if (data) tree.articles.push({ ...article, slug, data });
  const fileNames = Object.keys(pack.updates).sort();
  const sources = fileNames.map((name) => source(join(folder, 'updates', name), pack.updates[name]!));
  for (const update of sources) onSource?.(update.path, update.text, 'update');
  addUpdates(fileNames, sources, slug, tree);
}

/** content/articles/<name>/: the article and its updates go into `tree`, problems included. */
async function readArticleFolder(
  articlesDir: string,
  name: string,
  rel: (p: string) => string,
  tree: ContentTree,
  onSource: ReadOptions['onSource'],
): Promise<void> {
  const problem = (path: string, line: number, field: string, message: string) =>
    tree.problems.push({ file: rel(path), line, field, message });
  const folder = join(articlesDir, name);
  const kind = await kindOf(folder);
  if (kind === 'link') {
    problem(folder, 1, 'file', 'is a symbolic link; content must be real folders and files inside content/');
    return;
  }
  if (kind !== 'dir') {
    if (!name.startsWith('.')) {
      problem(
        folder,
        1,
        'file',
        'is not an article folder; put each article in content/articles/<slug>/index.md',
      );
    }
    return;
  }
  if (!SLUG_PATTERN.test(name)) {
    problem(
      folder,
      1,
      'file',
      'the folder name is the article URL; use only lowercase letters, digits and hyphens',
    );
    return;
  }
  tree.problems.push(...(await findIgnoredFiles(folder, name, rel)));
  const index = join(folder, 'index.md');
  const article = readSource(
    index,
    rel,
    tree.problems,
    'the article has no index.md; add one with title and published',
  );
  if (article) {
    onSource?.(article.path, article.text, 'article');
    const data = validate(ArticleSchema, article, tree.problems);
    if (data) tree.articles.push({ ...article, slug: name, data });
  }
  await readUpdates(folder, name, rel, tree, onSource);
}

/**
 * `tree` (read by readContent, without problems) with some article folders read again,
 * for the long-lived publisher: their files are validated as readContent does, and
 * checked as readContent checks them. Photo files are not opened again: the
 * result lists no photos, and the caller compares the articles' photo uses with those
 * of `tree` (a changed photo needs a build). A folder that is gone leaves its article out.
 */
export async function rereadArticles(
  root: string,
  contentDir: string,
  tree: ContentTree,
  slugs: ReadonlySet<string>,
  now: number,
): Promise<ContentTree> {
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const fresh: ContentTree = {
    articles: tree.articles.filter((a) => !slugs.has(a.slug)),
    updates: tree.updates.filter((u) => !slugs.has(u.article)),
    authors: tree.authors,
    photos: [],
    problems: [],
    warnings: [],
  };
  const articlesDir = join(contentDir, 'articles');
  const [keptArticles, keptUpdates] = [fresh.articles.length, fresh.updates.length];
  for (const slug of [...slugs].sort()) {
    if ((await kindOf(join(articlesDir, slug)).catch(() => 'missing')) === 'missing') continue;
    await readArticleFolder(articlesDir, slug, rel, fresh, undefined);
  }
  // The rest of the tree passed every check before: check these articles (the ones just
  // read, after those kept), and what elsewhere points into them (check-content.ts,
  // `scope`), not the whole archive again.
  const part = {
    articles: fresh.articles.slice(keptArticles),
    updates: fresh.updates.slice(keptUpdates),
    authors: fresh.authors,
    photos: [],
    problems: [],
    warnings: [],
  };
  fresh.problems.push(...checkContent(part, { now, scope: { whole: fresh, slugs } }));
  fresh.warnings.push(...warnContent(part, { now }));
  return fresh;
}

/** The articles of `tree` named in `slugs`, and their updates. */
export function articlesOf(tree: ContentTree, slugs: ReadonlySet<string>) {
  return {
    articles: tree.articles.filter((a) => slugs.has(a.slug)),
    updates: tree.updates.filter((u) => slugs.has(u.article)),
  };
}

/** The names in content/articles/ (article folders, and anything else there). */
export async function listArticleFolders(contentDir: string): Promise<string[]> {
  return (await listDir(join(contentDir, 'articles'))) ?? [];
}

async function readUpdates(
  folder: string,
  slug: string,
  rel: (p: string) => string,
  tree: ContentTree,
  onSource: ReadOptions['onSource'],
) {
  const dir = join(folder, 'updates');
  if ((await kindOf(dir).catch(() => 'missing')) === 'link') {
    tree.problems.push({
      file: rel(dir),
      line: 1,
      field: 'file',
      message: 'is a symbolic link; content must be real folders inside content/',
    });
    return;
  }
  const names = await listDir(dir);
  if (!names) return;
  const fileNames = names.filter((n) => n.toLowerCase().endsWith('.md')).sort();
  const sources = fileNames.map((fileName) => readSource(join(dir, fileName), rel, tree.problems));
  for (const source of sources) if (source) onSource?.(source.path, source.text, 'update');
  addUpdates(fileNames, sources, slug, tree);
}

/** The update files of article `slug`, read: validated into `tree`, each with its id. */
function addUpdates(
  fileNames: readonly string[],
  sources: readonly (SourceFile | undefined)[],
  slug: string,
  tree: ContentTree,
): void {
  const seen = new Map<string, string>();
  for (const [i, fileName] of fileNames.entries()) {
    const source = sources[i];
    if (!source) continue;
    const htmlId = updateIdFromFileName(fileName);
    const clash = seen.get(htmlId);
    if (clash) {
      tree.problems.push({
        file: source.file,
        line: 1,
        field: 'file',
        message: `gives the same update id "${htmlId}" as ${clash}; rename one of the files`,
      });
      continue;
    }
    seen.set(htmlId, fileName);
    const data = validate(UpdateSchema, source, tree.problems);
    if (data) tree.updates.push({ ...source, article: slug, fileName, htmlId, data });
  }
}

/** content/authors/<id>.md, optional: a site may have no staff authors. Other files there are their photos. */
async function readAuthors(dir: string, rel: (p: string) => string, tree: ContentTree) {
  const names = await listDir(dir);
  for (const fileName of (names ?? []).filter((n) => n.toLowerCase().endsWith('.md'))) {
    const source = readSource(join(dir, fileName), rel, tree.problems);
    if (!source) continue;
    const id = fileName.slice(0, -3);
    if (!SLUG_PATTERN.test(id)) {
      tree.problems.push({
        file: source.file,
        line: 1,
        field: 'file',
        message:
          'the file name is the author id; use only lowercase letters, digits and hyphens, e.g. anna-peeters.md',
      });
      continue;
    }
    const data = validate(AuthorSchema, source, tree.problems);
    if (data) tree.authors.push({ ...source, id, data });
  }
}

function validate<T extends z.ZodType>(
  schema: T,
  source: SourceFile,
  problems: ContentProblem[],
): z.infer<T> | undefined {
  const front = parseFrontMatter(source.text);
  if (!front.ok) {
    problems.push({ file: source.file, line: front.line, field: 'front matter', message: front.message });
    return undefined;
  }
  const result = schema.safeParse(front.value.data);
  if (result.success) {
    source.body = front.value.body;
    source.lineOf = front.value.lineOf;
    return result.data;
  }
  for (const p of describeIssues(schema, front.value.data, result.error.issues)) {
    problems.push({
      file: source.file,
      line: front.value.lineOf(p.lineField ?? p.field),
      field: p.field || 'front matter',
      message: p.message,
    });
  }
  return undefined;
}

/** C0 controls but tab, line feed and carriage return, and DEL: XML (RSS, SVG) cannot hold them. */
// eslint-disable-next-line no-control-regex -- finding these characters is the point.
const CONTROL_CHARACTER = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function readSource(
  path: string,
  rel: (p: string) => string,
  problems: ContentProblem[],
  missing?: string,
): SourceFile | undefined {
  const file = rel(path);
  const fail = (message: string) => {
    problems.push({ file, line: 1, field: 'file', message });
    return undefined;
  };
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return missing ? fail(missing) : undefined;
  }
  if (info.isSymbolicLink()) return fail('is a symbolic link; content must be real files inside content/');
  if (!info.isFile()) return fail('is not a regular file');
  if (info.size > MAX_MARKDOWN_BYTES) {
    return fail(
      `is ${(info.size / 1048576).toFixed(1)} MB; a Markdown file may be at most 2 MB, split it into several updates`,
    );
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) return fail('is a binary file, not Markdown text; replace it with a text file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('is not valid UTF-8 text; save it again as UTF-8');
  }
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    problems.push({
      file,
      line: text.slice(0, control.index).split('\n').length,
      field: 'text',
      message: `holds an invisible control character (U+${code}), which feeds and images cannot carry; delete it (it often comes with text pasted from a word processor)`,
    });
    return undefined;
  }
  const runaway = findRunawayMarkdown(text);
  if (runaway) {
    problems.push({
      file,
      line: runaway.line,
      field: 'body',
      message: `${runaway.message}; simplify this part`,
    });
    return undefined;
  }
  return { path, file, text: text.replace(/^\uFEFF/, ''), body: '', lineOf: () => 1 };
}

async function listDir(dir: string): Promise<string[] | undefined> {
  try {
    return readdirSync(dir).sort();
  } catch {
    return undefined;
  }
}

async function kindOf(path: string): Promise<'dir' | 'file' | 'link' | 'other'> {
  const info = lstatSync(path);
  if (info.isSymbolicLink()) return 'link';
  if (info.isDirectory()) return 'dir';
  return info.isFile() ? 'file' : 'other';
}
