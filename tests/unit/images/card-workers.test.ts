import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cardsDrawnInWorkers, startCardWorkers } from '../../../src/images/card-workers.ts';
import { renderUpdateCard, type UpdateCardInput } from '../../../src/images/update-card.ts';
import { updatePermalinks } from '../../../src/integrations/permalinks.ts';
import {
  forgetUpdateCards,
  startUpdateCards,
  updateCardFile,
  WORKER_CARDS,
} from '../../../src/images/update-card-queue.ts';

let dir: string;
const saved = process.env.ASTRO_CACHE_DIR;
const cards = (prefix: string, count: number): UpdateCardInput[] =>
  Array.from({ length: count }, (_, i) => ({
    headline: `${prefix} ${i}: water levels keep rising along the river`,
    time: `24 March 2024, ${String(10 + (i % 12)).padStart(2, '0')}:30 CET`,
    articleTitle: 'Storm hits the coast',
    siteName: 'Live News',
  }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-card-workers-'));
  // Set before the workers start: they read the cache folder from the same environment.
  process.env.ASTRO_CACHE_DIR = join(dir, 'cache');
});

afterEach(async () => {
  await forgetUpdateCards();
});

afterAll(async () => {
  if (saved === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = saved;
  await rm(dir, { recursive: true, force: true });
});

describe('update cards drawn in worker threads', () => {
  const many = cards('Many', WORKER_CARDS + 6);

  test('a build with many cards has the workers draw them: the very bytes the main thread draws', async () => {
    startCardWorkers(2);
    const before = cardsDrawnInWorkers();
    startUpdateCards(many);
    const files = await Promise.all(many.map(async (input) => (await updateCardFile(input)).file));
    expect(cardsDrawnInWorkers() - before).toBe(many.length);
    for (const [i, file] of files.entries()) {
      expect(existsSync(file), file).toBe(true);
      expect((await readFile(file)).equals(await renderUpdateCard(many[i]!)), `card ${i}`).toBe(true);
    }
  });

  test('a card already in the cache is taken from it, not sent to a worker', async () => {
    startCardWorkers(2);
    const before = cardsDrawnInWorkers();
    startUpdateCards(many);
    await Promise.all(many.map((input) => updateCardFile(input)));
    expect(cardsDrawnInWorkers()).toBe(before);
  });

  test('a build with few cards (one article published) draws them on the main thread', async () => {
    startCardWorkers(2);
    const before = cardsDrawnInWorkers();
    const few = cards('Few', 3);
    startUpdateCards(few);
    const files = await Promise.all(few.map(async (input) => (await updateCardFile(input)).file));
    expect(files.every((file) => existsSync(file))).toBe(true);
    expect(cardsDrawnInWorkers()).toBe(before);
  });

  test('once the cards are written the workers stop: the next build draws without them until it starts its own', async () => {
    startCardWorkers(2);
    await forgetUpdateCards();
    const before = cardsDrawnInWorkers();
    const later = cards('Later', WORKER_CARDS + 1);
    startUpdateCards(later);
    await Promise.all(later.map((input) => updateCardFile(input)));
    expect(cardsDrawnInWorkers()).toBe(before);
  });

  test("a worker's error reaches whoever asks for that card", async () => {
    startCardWorkers(2);
    // A file that is there (the cache path is worked out) but is no photo: sharp fails in the worker.
    const notAPhoto = join(dir, 'not-a-photo.jpg');
    await writeFile(notAPhoto, 'not an image');
    const broken = many.map((input) => ({ ...input, photoPath: notAPhoto }));
    startUpdateCards(broken);
    await expect(updateCardFile(broken[0]!)).rejects.toThrow(/unsupported image format/);
  });

  test('a build starts the workers at its start; publishing one article does not', async () => {
    const buildStarts = updatePermalinks().hooks['astro:build:start'] as unknown as () => void;
    const saved = process.env.PUBLISH_ARTICLE;
    const drawnBy = async (inputs: UpdateCardInput[]) => {
      const before = cardsDrawnInWorkers();
      startUpdateCards(inputs);
      await Promise.all(inputs.map((input) => updateCardFile(input)));
      await forgetUpdateCards();
      return cardsDrawnInWorkers() - before;
    };
    try {
      process.env.PUBLISH_ARTICLE = 'storm-hits-the-coast';
      buildStarts();
      expect(await drawnBy(cards('Published', WORKER_CARDS + 1))).toBe(0);
      delete process.env.PUBLISH_ARTICLE;
      buildStarts();
      expect(await drawnBy(cards('Built', WORKER_CARDS + 1))).toBe(WORKER_CARDS + 1);
    } finally {
      if (saved === undefined) delete process.env.PUBLISH_ARTICLE;
      else process.env.PUBLISH_ARTICLE = saved;
    }
  });
});
