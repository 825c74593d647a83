import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { PermalinkEntry } from '../data/permalinks.ts';
import { forgetUpdateCards, updateCardFile } from '../images/update-card-queue.ts';
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
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeUpdatePermalinks(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${count.pages} update permalink page(s) and ${count.cards} update card(s) written in ${seconds} s ` +
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
 * the cards begun while Astro rendered the pages.
 */
export async function writeUpdatePermalinks(
  out: string,
): Promise<{ pages: number; cards: number; early: number }> {
  const template = await readFile(join(out, PERMALINK_TEMPLATE_FILE), 'utf8');
  const fill = permalinkPageFiller(template);
  const count = { pages: 0, cards: 0, early: 0 };
  try {
    for await (const entries of readEntries(join(out, PERMALINKS_FILE), ENTRIES_AT_ONCE)) {
      await writePermalinkPages(out, entries, fill);
      const cards = entries.flatMap((entry) => entry.card ?? []);
      // Most were begun while Astro rendered the pages (src/images/update-card-queue.ts).
      // Linked from the cache, not copied: thousands of cards are most of a warm build's bytes.
      // Asked for BATCH at a time: the queue makes at most two at once; the rest are links.
      await mapInBatches(cards, BATCH, async (card) => {
        const { file, early } = await updateCardFile(card.input);
        await linkOrCopy(file, join(out, card.file));
        if (early) count.early += 1;
      });
      count.pages += entries.length;
      count.cards += cards.length;
    }
  } finally {
    forgetUpdateCards();
  }
  await rm(join(out, dirname(PERMALINK_TEMPLATE_FILE)), { recursive: true });
  await rm(join(out, PERMALINKS_FILE));
  return count;
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

async function writePermalinkPages(
  out: string,
  entries: readonly PermalinkEntry[],
  fill: (entry: PermalinkEntry) => string,
): Promise<void> {
  const folders = new Set(entries.map((entry) => dirname(join(out, entry.file))));
  await mapInBatches([...folders], BATCH, (folder) => mkdir(folder, { recursive: true }));
  await mapInBatches(entries, BATCH, (entry) => writeFile(join(out, entry.file), fill(entry)));
}

/**
 * A hard link to `from` at `to`, or a copy when they are on different file systems; put
 * in place by rename, so a file already at `to` (perhaps itself a link into the cache) is
 * replaced, never written into.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  const temp = `${to}.${process.pid}.tmp`;
  await rm(temp, { force: true });
  await link(from, temp).catch(() => copyFile(from, temp));
  await rename(temp, to);
}
