// npm run bench:cards -- [--cards 300] [--seed 1]
//
// CPU time and size of the cards a build draws (docs/performance.md): an update card
// without a photo, one over a photo, and an article's headline og.png, each made `--cards`
// times one after another in this process, as src/images/ draws them (no cache).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderSocialImage } from '../../src/images/social-image.ts';
import { renderUpdateCard } from '../../src/images/update-card.ts';
import { makeHeadline } from './news-text.ts';
import { makePhoto } from './photos.ts';
import { createRandom } from './prng.ts';

const { values } = parseArgs({
  options: { cards: { type: 'string', default: '300' }, seed: { type: 'string', default: '1' } },
});
const cards = Number(values.cards);
const seed = Number(values.seed);
if (!Number.isInteger(cards) || cards < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run bench:cards -- [--cards N] [--seed S] (whole numbers, N at least 1)');
  process.exit(2);
}

/** Makes `count` images with `make` after a few untimed ones; CPU ms (all threads) and wall ms each, mean size. */
async function measure(make: (i: number) => Promise<Buffer>) {
  for (let i = 0; i < 5; i++) await make(i);
  const cpu = process.cpuUsage();
  const wall = performance.now();
  let bytes = 0;
  for (let i = 0; i < cards; i++) bytes += (await make(i)).length;
  const used = process.cpuUsage(cpu);
  return {
    cpuMs: (used.user + used.system) / 1000 / cards,
    wallMs: (performance.now() - wall) / cards,
    kb: bytes / 1024 / cards,
  };
}

const dir = await mkdtemp(join(tmpdir(), 'live-news-bench-cards-'));
try {
  const random = createRandom(seed);
  const photoPath = join(dir, 'photo.jpg');
  await writeFile(photoPath, await makePhoto(random));
  const headlines = Array.from({ length: cards + 5 }, () => makeHeadline(random));
  const text = (i: number) => ({
    headline: headlines[i]!,
    time: `24 March 2024, ${10 + (i % 12)}:${String(i % 60).padStart(2, '0')} CET`,
    articleTitle: 'Storm hits the coast',
    siteName: 'Live News',
  });
  const rows = [
    ['update card, no photo', await measure((i) => renderUpdateCard(text(i)))],
    ['update card, over a photo', await measure((i) => renderUpdateCard({ ...text(i), photoPath }))],
    [
      'headline og.png',
      await measure((i) => renderSocialImage({ title: headlines[i]!, siteName: 'Live News' })),
    ],
  ] as const;
  console.log(`${cards} of each, one at a time (seed ${seed})\n`);
  console.log('card                         CPU ms  wall ms   size KB');
  for (const [name, r] of rows)
    console.log(
      `${name.padEnd(27)} ${r.cpuMs.toFixed(2).padStart(7)} ${r.wallMs.toFixed(2).padStart(8)} ${r.kb.toFixed(1).padStart(9)}`,
    );
} finally {
  await rm(dir, { recursive: true, force: true });
}
