import { dirname, join } from 'node:path';
import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import { findMarkdownPhotos } from '../markdown/markdown-photos.ts';
import { parsePhotoTitle } from '../model/photo-title.ts';
import { resolvePhotoPath } from '../model/photo-path.ts';
import type { ContentProblem } from './content-problem.ts';
import type { ArticleFile, ContentTree, UpdateFile } from './read-content.ts';
import { parseBody } from './checks/body-links.ts';

/** One place a photo is shown: an article's lead photo, or the n-th photo of a Markdown body. */
export interface PhotoUse {
  /** The entry showing it: the article slug, or the update entry id "<slug>/<file stem>". */
  owner: string;
  /** `lead` for the front-matter photo, otherwise its number among the body's photos (from 0). */
  slot: 'lead' | number;
  article: string;
  /** The Markdown file that refers to the photo (project-relative, for messages) and its line. */
  from: string;
  line: number;
  /** Path as written, and resolved: relative to the article folder, and absolute. */
  src: string;
  file: string;
  path: string;
  alt: string;
  decorative: boolean;
  caption?: string;
  credit: string;
  creator?: string;
  licence?: string;
  licencePage?: string;
}

export interface PhotoUses {
  uses: PhotoUse[];
  problems: ContentProblem[];
}

const cache = new WeakMap<ContentTree, PhotoUses>();

/** Every photo of every valid article and update, and what is wrong with how they are written. */
export function collectPhotoUses(tree: ContentTree): PhotoUses {
  const cached = cache.get(tree);
  if (cached) return cached;
  const result: PhotoUses = { uses: [], problems: [] };
  for (const article of tree.articles) {
    collectLead(article, result);
    collectBody(article, article.slug, article.slug, dirname(article.path), '', result);
  }
  for (const update of tree.updates) {
    const owner = `${update.article}/${update.fileName.replace(/\.md$/i, '')}`;
    collectBody(update, owner, update.article, join(dirname(update.path), '..'), 'updates', result);
  }
  cache.set(tree, result);
  return result;
}

function collectLead(article: ArticleFile, result: PhotoUses) {
  const photo = article.data.photo;
  if (!photo) return;
  const line = article.lineOf('photo.file');
  const resolved = resolvePhotoPath(photo.file, '');
  if (!resolved.ok) {
    result.problems.push({ file: article.file, line, field: 'photo.file', message: resolved.message });
    return;
  }
  result.uses.push({
    owner: article.slug,
    slot: 'lead',
    article: article.slug,
    from: article.file,
    line,
    src: photo.file,
    file: resolved.path,
    path: join(dirname(article.path), resolved.path),
    alt: photo.decorative ? '' : (photo.alt ?? ''),
    decorative: photo.decorative ?? false,
    caption: photo.caption,
    credit: photo.credit,
    creator: photo.creator,
    licence: photo.licence,
    licencePage: photo.licencePage,
  });
}

const EXAMPLE = '![What it shows](photo.jpg "Caption | Photo: Name/Agency")';

function collectBody(
  source: ArticleFile | UpdateFile,
  owner: string,
  article: string,
  articleDir: string,
  fromDir: string,
  result: PhotoUses,
) {
  if (!/!\[|<img|<picture/i.test(source.body)) return;
  const { tree, fileLine } = parseBody(source);
  const problem = (line: number, message: string) =>
    result.problems.push({ file: source.file, line: fileLine(line), field: 'body', message });
  visit(tree, 'html', (node: Html) => {
    if (/<(img|picture)\b/i.test(node.value)) {
      problem(
        node.position?.start.line ?? 1,
        `write photos in Markdown, not as HTML <img>, so they get a caption, credit and sizes: ${EXAMPLE}`,
      );
    }
  });
  findMarkdownPhotos(tree).forEach((photo, slot) => {
    const title = parsePhotoTitle(photo.title);
    const where = `the image "${photo.url}"`;
    const resolved = resolvePhotoPath(photo.url, fromDir);
    if (!resolved.ok) return problem(photo.line, resolved.message);
    if (!photo.standalone) {
      return problem(
        photo.line,
        `${where} must stand on a line of its own, with a blank line before and after`,
      );
    }
    if (!title.credit) {
      return problem(
        photo.line,
        `${where} has no credit; end its title with "Photo: Name/Agency", e.g. ${EXAMPLE}`,
      );
    }
    // Missing alt text is reported by checks/image-alt.ts.
    if (!title.decorative && photo.alt.trim() === '') return;
    result.uses.push({
      owner,
      slot,
      article,
      from: source.file,
      line: fileLine(photo.line),
      src: photo.url,
      file: resolved.path,
      path: join(articleDir, resolved.path),
      alt: title.decorative ? '' : photo.alt.trim(),
      decorative: title.decorative,
      caption: title.caption,
      credit: title.credit,
    });
  });
}
