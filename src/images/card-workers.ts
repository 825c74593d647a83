import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { updateCardCachePath, type UpdateCardInput } from './update-card.ts';
import { useCardWorkers } from './update-card-queue.ts';

let drawn = 0;

/** How many cards the workers have drawn in this process (for tests and measurements). */
export const cardsDrawnInWorkers = (): number => drawn;

/**
 * Update cards drawn in worker threads (src/images/card-worker.ts), for a build with many
 * (update-card-queue.ts decides). Each card's pixels, masks and encoded file are buffers
 * outside V8's heap, and once enough such memory has been allocated since the last full
 * collection, V8 starts another of the heap of the thread that allocated it. On the main
 * thread that heap holds the whole content store (3.6 GB at 10,000 articles x 40 updates):
 * drawing 240,000 cards there meant a full collection every three seconds, each walking
 * the whole store, and the build's time grew faster than the archive (docs/performance.md).
 * A worker's heap holds only its drawing.
 *
 * Two workers at most (one per core, for the cards asked two at a time), started when
 * first needed and stopped when the build's cards are written (forgetUpdateCards). A card
 * already in the cache is found here, without a round trip to a worker. Only the permalinks
 * integration calls this, at the start of a build: the pages bundle loads the queue, not
 * this file, whose worker must be found next to it.
 */
export function startCardWorkers(threads = Math.min(availableParallelism(), 2)): void {
  const pool = new Tinypool({
    filename: new URL('./card-worker.ts', import.meta.url).href,
    minThreads: 0,
    // Kept between cards (the background begins the next one a moment after the last);
    // stopped with the pool when the build's cards are written.
    idleTimeout: 10_000,
    maxThreads: Math.max(1, threads),
  });
  useCardWorkers({
    draw: async (input: UpdateCardInput) => {
      const cached = await updateCardCachePath(input);
      if (existsSync(cached)) return cached;
      const file = (await pool.run(input)) as string;
      drawn++;
      return file;
    },
    close: () => pool.destroy(),
  });
}
