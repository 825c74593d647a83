import type { AstroIntegration } from 'astro';
import { copyFile, link, readFile, rename, rm } from 'node:fs/promises';
import {
  createReadStream,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { PermalinkEntry } from '../data/permalinks.ts';
import { noteCardCode } from '../images/card-code.ts';
import { startCardWorkers } from '../images/card-workers.ts';
import { forgetUpdateCards, updateCardFile } from '../images/update-card-queue.ts';
import { cachedUpdateCardFile, type UpdateCardInput } from '../images/update-card.ts';
import { mapInBatches } from '../model/in-batches.ts';
import { permalinkPageFiller } from '../model/permalink-page.ts';

/** Written by src/pages/permalinks.ndjson.ts and permalink-template.astro; removed before anything ships. */
const PERMALINKS_FILE = 'permalinks.ndjson';
const PERMALINK_TEMPLATE_FILE = 'permalink-template/index.html';

/** Files written at once: enough to keep the disk busy, few enough for the open-file limit. */
const BATCH = 64;
/** Permalink entries read and written at once: a part of the list, never all of it. */
const ENTRIES_AT_ONCE = 2048;

/**
 * Writes every update's permalink page (articles/<slug>/updates/<id>/index.html)
 * after the build, from the one template page Astro rendered: the same head and
 * policy as an Astro page, without rendering thousands of pages one by one. Key
 * events and headlined updates also get their card (og.png beside the page).
 */
export function updatePermalinks(): AstroIntegration {
  return {
    name: 'live-news:update-permalinks',
    hooks: {
      // Cached cards and social images are keyed by the code that draws them (src/images/card-code.ts).
      'astro:config:setup': ({ config }) => noteCardCode(fileURLToPath(config.root)),
      // Many cards are drawn off the main thread (src/images/card-workers.ts); publishing one
      // article draws its few new cards here, without waiting for a worker to start.
      'astro:build:start': () => {
        if (!process.env.PUBLISH_ARTICLE) startCardWorkers();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // The site this build replaces (scripts/build.ts): its unchanged pages are linked.
        const count = await writeUpdatePermalinks(fileURLToPath(dir), process.env.REPLACED_SITE || undefined);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${count.pages} update permalink page(s) (${count.linked} unchanged) and ${count.cards} update card(s) written in ${seconds} s ` +
            `(${count.early} card(s) begun while the pages rendered).`,
        );
      },
    },
  };
}

/**
 * In a site folder Astro has written: the permalink pages (and cards) of the updates listed
 * in permalinks.ndjson, from the template page; both are removed. Gives how many. The
 * list is read a part at a time, never whole (src/pages/permalinks.ndjson.ts). `early`:
 * the cards begun while Astro rendered the pages. `replaced`: the site folder this one
 * will replace; a page it has with the very same bytes is linked, not written again.
 */
export async function writeUpdatePermalinks(
  out: string,
  replaced?: string,
): Promise<{ pages: number; cards: number; early: number; linked: number }> {
  const template = await readFile(join(out, PERMALINK_TEMPLATE_FILE), 'utf8');
  const fill = permalinkPageFiller(template);
  const count = { pages: 0, cards: 0, early: 0, linked: 0 };
  try {
    for await (const entries of readEntries(join(out, PERMALINKS_FILE), ENTRIES_AT_ONCE)) {
      count.linked += await writePermalinkPages(out, entries, fill, replaced);
      const cards = entries.flatMap((entry) => entry.card ?? []);
      // Most were begun while Astro rendered the pages (src/images/update-card-queue.ts).
      // Linked from the cache, not copied: thousands of cards are most of a warm build's bytes.
      // Asked for BATCH at a time: the queue makes at most two at once; the rest are links.
      await mapInBatches(cards, BATCH, async (card) => {
        const { file, early } = await updateCardFile(card.input);
        await linkCard(file, card.input, join(out, card.file));
        if (early) count.early += 1;
      });
      count.pages += entries.length;
      count.cards += cards.length;
    }
  } finally {
    await forgetUpdateCards();
  }
  await rm(join(out, dirname(PERMALINK_TEMPLATE_FILE)), { recursive: true });
  await rm(join(out, PERMALINKS_FILE));
  return count;
}

/**
 * Links the cached card `file` at `to`. A full build running beside this publish may have swept
 * that file from the cache between the two steps (an image unused for a day and in no site,
 * src/images/image-cache.ts): the card is then drawn again, not lost.
 */
async function linkCard(file: string, input: UpdateCardInput, to: string): Promise<void> {
  try {
    await linkOrCopy(file, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || existsSync(file)) throw error;
    await linkOrCopy(await cachedUpdateCardFile(input), to);
  }
}

/** The entries of a permalinks.ndjson file, `size` at a time. */
async function* readEntries(file: string, size: number): AsyncGenerator<PermalinkEntry[]> {
  let entries: PermalinkEntry[] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    entries.push(JSON.parse(line) as PermalinkEntry);
    if (entries.length < size) continue;
    yield entries;
    entries = [];
  }
  if (entries.length > 0) yield entries;
}

/**
 * Writes the pages of `entries`, or links those `replaced` has unchanged; gives how many
 * were linked. Synchronous calls, a part at a time: thousands of small files through
 * Node's thread pool cost more in hand-offs between threads than in the writing itself.
 */
async function writePermalinkPages(
  out: string,
  entries: readonly PermalinkEntry[],
  fill: (entry: PermalinkEntry) => string,
  replaced: string | undefined,
): Promise<number> {
  let linked = 0;
  for (let i = 0; i < entries.length; i += BATCH) {
    for (const entry of entries.slice(i, i + BATCH)) {
      const page = fill(entry);
      const to = join(out, entry.file);
      mkdirSync(dirname(to), { recursive: true });
      if (replaced && linkIfSame(join(replaced, entry.file), to, page)) linked++;
      else writeFileSync(to, page);
    }
    // Between parts, the cards' work and the search index go on.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return linked;
}

/**
 * Links `from` at `to` (which must not exist yet) when it holds exactly `content`, and says
 * whether it did. A site's files are only ever replaced by rename, never written into
 * (scripts/site-files.ts, scripts/publish/merge-output.ts), so a linked page keeps its
 * bytes. The check reads the link itself: a page replaced between the two steps is not taken.
 * Most of an archive's pages are the same from one build to the next, and a link costs
 * the file system no new file: deleting and creating thousands of files at once is slow
 * on file systems that hold a deleted file's number back for a while (ext4 without a journal).
 */
function linkIfSame(from: string, to: string, content: string): boolean {
  try {
    linkSync(from, to);
  } catch {
    return false; // no such page before, or another file system
  }
  if (readFileSync(to, 'utf8') === content) return true;
  rmSync(to);
  return false;
}

/**
 * A hard link to `from` at `to`, or a copy when they are on different file systems. A file
 * already at `to` (perhaps itself a link into the cache) is replaced by rename, never written into.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  // Most often `to` is new (a fresh site folder): one step, without a hand-off to Node's thread pool.
  try {
    linkSync(from, to);
    return;
  } catch {
    // `to` exists, or another file system: below.
  }
  const temp = `${to}.${process.pid}.tmp`;
  await rm(temp, { force: true });
  await link(from, temp).catch(() => copyFile(from, temp));
  await rename(temp, to);
}
