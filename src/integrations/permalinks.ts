import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PermalinkEntry } from '../data/permalinks.ts';
import { mapInBatches } from '../model/in-batches.ts';
import { permalinkPageFiller } from '../model/permalink-page.ts';

/** Written by src/pages/permalinks.json.ts and permalink-template.astro; removed before anything ships. */
const PERMALINKS_FILE = 'permalinks.json';
const PERMALINK_TEMPLATE_FILE = 'permalink-template/index.html';

/** Files written at once: enough to keep the disk busy, few enough for the open-file limit. */
const BATCH = 64;

/**
 * Writes every update's permalink page (articles/<slug>/updates/<id>/index.html)
 * after the build, from the one template page Astro rendered: the same head and
 * policy as an Astro page, without rendering thousands of pages one by one.
 */
export function updatePermalinks(): AstroIntegration {
  return {
    name: 'live-news:update-permalinks',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeUpdatePermalinks(fileURLToPath(dir));
        logger.info(`${count} update permalink page(s) written.`);
      },
    },
  };
}

/**
 * In a site folder Astro has written: the permalink pages of the updates listed in
 * permalinks.json, from the template page; both are removed. Gives how many.
 */
export async function writeUpdatePermalinks(out: string): Promise<number> {
  const template = await readFile(join(out, PERMALINK_TEMPLATE_FILE), 'utf8');
  const entries = JSON.parse(await readFile(join(out, PERMALINKS_FILE), 'utf8')) as PermalinkEntry[];
  await rm(join(out, dirname(PERMALINK_TEMPLATE_FILE)), { recursive: true });
  await rm(join(out, PERMALINKS_FILE));
  await writePermalinkPages(out, entries, permalinkPageFiller(template));
  return entries.length;
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
