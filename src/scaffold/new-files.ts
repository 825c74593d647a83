import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontMatter } from '../loaders/front-matter.ts';
import { closestMatches } from '../model/closest.ts';
import { articleFileText, updateFileName, updateFileText } from '../model/scaffold.ts';
import { slugify } from '../model/slugify.ts';
import { isTimeZone } from '../model/time-zone.ts';
import { SLUG_PATTERN } from '../model/update-id.ts';
import { formatZonedDateTime } from '../model/zoned-now.ts';
import { site } from '../site.ts';

/** A mistake in the command the editor typed: the message says what to do instead. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

export interface NewUpdateOptions {
  title?: string;
  author?: string;
  keyEvent?: boolean;
  pinned?: boolean;
  draft?: boolean;
  /** The update's text in Markdown (the desk writes it; `npm run new` leaves it empty). */
  body?: string;
}

export interface NewArticleOptions {
  slug?: string;
  live?: boolean;
  summary?: string;
  authors?: string[];
  draft?: boolean;
}

/** Adds `updates/<minute>-<headline>.md` to an article, timed `now` in the article's zone. Never overwrites. */
export async function createUpdate(contentDir: string, slug: string, options: NewUpdateOptions, now: number) {
  const articleDir = await requireArticle(contentDir, slug);
  if (options.title !== undefined && options.title.trim() === '') {
    throw new ScaffoldError('--title is empty; write a headline, or leave --title out');
  }
  if (options.keyEvent && !options.title) {
    throw new ScaffoldError('a key event needs a headline; add --title "..."');
  }
  if (options.author) await requireAuthor(contentDir, options.author);
  const zone = await articleZone(join(articleDir, 'index.md'));
  const fileName = updateFileName(now, zone, options.title?.trim());
  const time = formatZonedDateTime(now, zone);
  const body = options.body?.trim() ? `${options.body.trim()}\n` : '';
  const text = updateFileText({ time, title: options.title?.trim(), ...flags(options) }) + body;
  const dir = join(articleDir, 'updates');
  await mkdir(dir, { recursive: true });
  const path = join(dir, fileName);
  await writeNew(path, text, `updates/${fileName}`, 'give it a different --title, or wait a minute');
  return { path, time };
}

/** The article's folder; a slug with no article is refused with the closest real ones. */
export async function requireArticle(contentDir: string, slug: string): Promise<string> {
  const articleDir = join(contentDir, 'articles', slug);
  if (existsSync(join(articleDir, 'index.md'))) return articleDir;
  const slugs = await listArticles(contentDir);
  const close = closestSlugs(slug, slugs);
  const hint = close.length
    ? `did you mean ${close.join(', ')}?`
    : `the articles are: ${slugs.slice(0, 10).join(', ') || '(none yet)'}`;
  throw new ScaffoldError(`there is no article "${slug}" in content/articles/; ${hint}`);
}

/** Creates `articles/<slug>/index.md` from a headline; refuses a slug that is taken. */
export async function createArticle(
  contentDir: string,
  title: string,
  options: NewArticleOptions,
  now: number,
) {
  if (title.trim() === '') throw new ScaffoldError('the title is empty; write the headline in quotes');
  const slug = options.slug ?? slugify(title);
  if (!SLUG_PATTERN.test(slug)) {
    throw new ScaffoldError(
      `"${slug}" cannot be an article address; pass --slug with lowercase letters, digits and hyphens`,
    );
  }
  for (const id of options.authors ?? []) await requireAuthor(contentDir, id);
  const articleDir = join(contentDir, 'articles', slug);
  await mkdir(join(contentDir, 'articles'), { recursive: true });
  try {
    // Without `recursive`, mkdir fails when the folder exists: two editors cannot take one slug.
    await mkdir(articleDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new ScaffoldError(
      `content/articles/${slug}/ already exists; choose another title, or pass --slug with a different address`,
    );
  }
  const text = articleFileText({
    title: title.trim(),
    published: formatZonedDateTime(now, site.timeZone),
    ...(options.live && { status: 'live' as const }),
    summary: options.summary?.trim() || undefined,
    authors: options.authors,
    draft: options.draft,
  });
  const path = join(articleDir, 'index.md');
  await writeNew(path, text, `articles/${slug}/index.md`, 'nothing was changed');
  return { path, slug };
}

function flags(options: NewUpdateOptions) {
  return { author: options.author, keyEvent: options.keyEvent, pinned: options.pinned, draft: options.draft };
}

/** `wx`: the write fails instead of replacing a file that appeared meanwhile. */
async function writeNew(path: string, text: string, shown: string, hint: string) {
  try {
    await writeFile(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new ScaffoldError(`${shown} already exists and was not overwritten; ${hint}`);
  }
}

/** Typos first; then slugs sharing words with it ("moscow-attack" finds "moscow-concert-hall-attack"). */
function closestSlugs(slug: string, slugs: string[]): string[] {
  const typos = closestMatches(slug, slugs);
  if (typos.length > 0) return typos;
  const words = slug.split('-').filter((w) => w.length >= 3);
  const shared = (candidate: string) => candidate.split('-').filter((w) => words.includes(w)).length;
  return slugs
    .filter((candidate) => shared(candidate) > 0)
    .sort((a, b) => shared(b) - shared(a) || a.localeCompare(b))
    .slice(0, 3);
}

async function listArticles(contentDir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(contentDir, 'articles'), { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

async function requireAuthor(contentDir: string, id: string) {
  if (existsSync(join(contentDir, 'authors', `${id}.md`))) return;
  let ids: string[] = [];
  try {
    ids = (await readdir(join(contentDir, 'authors')))
      .filter((n) => n.endsWith('.md'))
      .map((n) => n.slice(0, -3));
  } catch {
    // No authors folder yet: the message below says how to add one.
  }
  const close = closestMatches(id, ids);
  const hint = close.length
    ? `did you mean ${close.join(', ')}?`
    : `add content/authors/${id}.md first (name and role)`;
  throw new ScaffoldError(`"${id}" is not in the authors list (content/authors/); ${hint}`);
}

/** The article's own time zone when it names a valid one, else the site's. */
export async function articleZone(indexPath: string): Promise<string> {
  const front = parseFrontMatter(await readFile(indexPath, 'utf8'));
  const zone = front.ok ? front.value.data.timeZone : undefined;
  return typeof zone === 'string' && isTimeZone(zone) ? zone : site.timeZone;
}
