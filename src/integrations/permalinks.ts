import type { AstroIntegration } from 'astro';
import { copyFile, link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PermalinkEntry } from '../data/permalinks.ts';
import { cachedUpdateCardFile } from '../images/update-card.ts';
import { mapInBatches } from '../model/in-batches.ts';
import { permalinkPageFiller } from '../model/permalink-page.ts';

/** Written by src/pages/permalinks.json.ts and permalink-template.astro; removed before anything ships. */
const PERMALINKS_FILE = 'permalinks.json';
const PERMALINK_TEMPLATE_FILE = 'permalink-template/index.html';

/** Files written at once: enough to keep the disk busy, few enough for the open-file limit. */
const BATCH = 64;
/** Cards made at once: sharp encodes each on its own thread, and the machine may have two cores. */
const CARD_BATCH = 2;

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
          `${count.pages} update permalink page(s) and ${count.cards} update card(s) written in ${seconds} s.`,
        );
      },
    },
  };
}

/**
 * In a site folder Astro has written: the permalink pages (and cards) of the updates listed
 * in permalinks.json, from the template page; both are removed. Gives how many.
 */
export async function writeUpdatePermalinks(out: string): Promise<{ pages: number; cards: number }> {
  const template = await readFile(join(out, PERMALINK_TEMPLATE_FILE), 'utf8');
  const entries = JSON.parse(await readFile(join(out, PERMALINKS_FILE), 'utf8')) as PermalinkEntry[];
  await rm(join(out, dirname(PERMALINK_TEMPLATE_FILE)), { recursive: true });
  await rm(join(out, PERMALINKS_FILE));
  await writePermalinkPages(out, entries, permalinkPageFiller(template));
  const cards = entries.flatMap((entry) => entry.card ?? []);
  // Linked from the cache, not copied: thousands of cards are most of a warm build's bytes.
  await mapInBatches(cards, CARD_BATCH, async (card) =>
    linkOrCopy(await cachedUpdateCardFile(card.input), join(out, card.file)),
  );
  return { pages: entries.length, cards: cards.length };
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
