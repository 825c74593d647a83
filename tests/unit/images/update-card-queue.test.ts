import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderUpdateCard, type UpdateCardInput } from '../../../src/images/update-card.ts';
import {
  forgetUpdateCards,
  startUpdateCards,
  updateCardFile,
} from '../../../src/images/update-card-queue.ts';

let dir: string;
const saved = process.env.ASTRO_CACHE_DIR;
const card = (headline: string): UpdateCardInput => ({
  headline,
  time: '24 March 2024, 15:30 CET',
  articleTitle: 'Storm hits the coast',
  siteName: 'Live News',
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-card-queue-'));
  process.env.ASTRO_CACHE_DIR = join(dir, 'cache');
});

afterAll(async () => {
  await forgetUpdateCards();
  if (saved === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = saved;
  await rm(dir, { recursive: true, force: true });
});

const countCards = () =>
  readdirSync(join(dir, 'cache', 'social-images')).filter((f) => f.endsWith('.png')).length;

/** Waits until `check` holds (the background makes cards one after another). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(check()).toBe(true);
}

describe('update cards begun while the pages render', () => {
  test('cards started in the background are the ones asked for later, made once', async () => {
    const inputs = [card('First'), card('Second'), card('Third')];
    startUpdateCards(inputs);
    // The first is begun at once; the background makes the others one after another.
    expect((await updateCardFile(inputs[0]!)).early).toBe(true);
    await until(() => existsSync(join(dir, 'cache')) && countCards() >= 3);
    const third = await updateCardFile(inputs[2]!);
    expect(third.early).toBe(true);
    expect((await readFile(third.file)).equals(await renderUpdateCard(inputs[2]!))).toBe(true);
    // Asked again, the same file without making it again.
    expect(await updateCardFile(inputs[2]!)).toEqual(third);
    await forgetUpdateCards();
  });

  test("an archive's cards (240,000 at 10,000 articles) are queued without overflowing the stack", async () => {
    const many = Array.from({ length: 300_000 }, (_, i) => card(`Many ${i}`));
    expect(() => startUpdateCards(many)).not.toThrow();
    await forgetUpdateCards();
    // The one begun before the queue was emptied is finished; nothing else was begun.
    await until(() => countCards() >= 1);
    expect((await updateCardFile(many[299_999]!)).early).toBe(false);
    await forgetUpdateCards();
  });

  test('a card nobody started is made when asked, and not early', async () => {
    const asked = await updateCardFile(card('Never started'));
    expect(asked.early).toBe(false);
    expect(existsSync(asked.file)).toBe(true);
    await forgetUpdateCards();
  });

  test('the background goes on by itself, in order, until every card is begun', async () => {
    const inputs = Array.from({ length: 4 }, (_, i) => card(`Background ${i}`));
    startUpdateCards(inputs);
    const files = await Promise.all(inputs.map(async (input) => (await updateCardFile(input)).file));
    await until(() => files.every((file) => existsSync(file)));
    await forgetUpdateCards();
  });

  test('one queue for the whole process: another copy of the module sees the same cards', async () => {
    // A second instance of the module, as the pages bundle and the integration each have.
    const copy = new URL('../../../src/images/update-card-queue.ts?copy', import.meta.url).href;
    const other = (await import(
      /* @vite-ignore */ copy
    )) as typeof import('../../../src/images/update-card-queue.ts');
    expect(other.updateCardFile).not.toBe(updateCardFile);
    const input = card('Shared between copies');
    other.startUpdateCards([input]);
    expect((await updateCardFile(input)).early).toBe(true);
    await other.forgetUpdateCards();
    expect((await updateCardFile(input)).early).toBe(false);
    await forgetUpdateCards();
  });

  test('a card that fails reports its error to whoever asks for it, and is forgotten after', async () => {
    const broken = { ...card('No such photo'), photoPath: join(dir, 'missing.jpg') };
    startUpdateCards([broken]);
    await expect(updateCardFile(broken)).rejects.toThrow(/missing\.jpg/);
    await forgetUpdateCards();
    await expect(updateCardFile(broken)).rejects.toThrow(/missing\.jpg/);
    await forgetUpdateCards();
  });
});
