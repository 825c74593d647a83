import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRandom, type Random } from './prng.ts';
import { makeBody, makeHeadline, makeParagraph } from './news-text.ts';
import { makePhoto } from './photos.ts';

export interface CorpusOptions {
  articles: number;
  updates: number;
  /** How many articles carry a lead photo. */
  photos: number;
  seed: number;
}

const HOUR = 3_600_000;
const START = Date.UTC(2024, 0, 1, 6);

/** A date-time with a +01:00 offset, as editors in Brussels write them in winter. */
function newsTime(utcMs: number): string {
  return `${new Date(utcMs + HOUR).toISOString().slice(0, 19)}+01:00`;
}

/** Markdown sentence to plain text, for a summary. */
const plainText = (markdown: string) =>
  markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<\/?sub>|\*/g, '');

/** YAML double-quoted scalar. */
const quote = (text: string) => JSON.stringify(text);

export const articleSlug = (index: number) => `story-${String(index + 1).padStart(4, '0')}`;
const updateFile = (index: number) => `${String(index + 1).padStart(4, '0')}-update.md`;
/**
 * When article `article` opens: 3 hours apart for the first 5,000, then 6 minutes apart, so that
 * an archive of 10,000 articles (or 100,000) still lies in the past (2024 to 2026), as a build
 * requires (a time in the future is an error). Smaller corpora are the same as they always were.
 */
const articleStart = (article: number) =>
  START + Math.min(article, 5_000) * 3 * HOUR + Math.max(0, article - 5_000) * (HOUR / 10);
export const updateTime = (article: number, update: number) =>
  newsTime(articleStart(article) + (update + 1) * 300_000);

function makeUpdate(random: Random, article: number, update: number): string {
  const title = random.chance(0.6) ? `title: ${quote(makeHeadline(random))}\n` : '';
  return `---\ntime: ${updateTime(article, update)}\n${title}---\n\n${makeBody(random, random.int(1, 3))}\n`;
}

/**
 * Writes `articles/<slug>/index.md` and `updates/*.md` under `dir`: live articles
 * with realistic text, some with a photo. The same options always write the same files.
 */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<void> {
  const photoEvery = options.photos > 0 ? Math.max(1, Math.floor(options.articles / options.photos)) : 0;
  let photosLeft = options.photos;
  for (let a = 0; a < options.articles; a++) {
    const random = createRandom(options.seed * 100_003 + a);
    const folder = join(dir, 'articles', articleSlug(a));
    await mkdir(join(folder, 'updates'), { recursive: true });
    const intro = makeParagraph(random, random.int(2, 4));
    const front = [
      `title: ${quote(makeHeadline(random))}`,
      `published: ${newsTime(articleStart(a))}`,
      'status: live',
      `summary: ${quote(plainText(makeParagraph(random, 1)))}`,
    ];
    // The article's lead photo, as most news articles have: on its page, its social image and
    // the cards of its headlined updates (drawn over it, src/images/update-card.ts).
    if (photoEvery > 0 && a % photoEvery === 0 && photosLeft > 0) {
      photosLeft--;
      await writeFile(join(folder, 'photo.jpg'), await makePhoto(random));
      front.push(
        'photo:',
        '  file: ./photo.jpg',
        '  alt: Emergency services at work near the scene',
        '  credit: Bench Agency',
      );
    }
    await writeFile(join(folder, 'index.md'), `---\n${front.join('\n')}\n---\n\n${intro}\n`);
    for (let u = 0; u < options.updates; u++) {
      await writeFile(join(folder, 'updates', updateFile(u)), makeUpdate(random, a, u));
    }
  }
}

/** Adds update number `index` (0-based) to article `article`, as an editor would; returns its path. */
export async function addUpdate(dir: string, article: number, index: number, seed: number): Promise<string> {
  const path = join(dir, 'articles', articleSlug(article), 'updates', updateFile(index));
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, makeUpdate(createRandom(seed * 7919 + index), article, index));
  return path;
}
