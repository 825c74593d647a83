import pLimit, { type LimitFunction } from 'p-limit';
import { cachedUpdateCardFile, type UpdateCardInput } from './update-card.ts';

/**
 * Update cards begun early in a build. The pages bundle learns the cards when Astro lists
 * the routes' paths, before it renders any page (src/data/permalinks.ts), and starts them
 * then, one at a time: the second core is mostly idle while Astro renders pages on the
 * first. A build with many cards draws them in worker threads (src/images/card-workers.ts),
 * so their buffers never count against the main thread's heap. The permalinks integration,
 * which runs after the pages (src/integrations/permalinks.ts), takes the cards from here and
 * makes the rest.
 *
 * The bundle and the integration are separate module graphs in one process, so the queue
 * is one object on `globalThis`. Each card is keyed by its input, and its file is the
 * cached file of that input, whoever asked first: a card started for one build is the
 * right card for any other that asks for the same input.
 */
interface CardQueue {
  /** Cards to begin in the background, in order, from `next` on (no shift: 240,000 of them). */
  waiting: UpdateCardInput[];
  next: number;
  /** Cards begun, by their input (JSON): each gives its cached file. */
  begun: Map<string, Promise<string>>;
  running: boolean;
  /** Cards asked for (not begun in the background) made at once: two, for two cores. */
  asked: LimitFunction;
  /** Draws cards off the main thread when a build has many (src/images/card-workers.ts). */
  workers?: CardWorkers;
}

/** Where a card is drawn instead of on the main thread, and how to stop when the build is done. */
export interface CardWorkers {
  draw: (input: UpdateCardInput) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * Fewer cards than this are drawn on the main thread: starting a worker (loading sharp and
 * the drawing code) costs more than a few cards, as when publishing one article.
 */
export const WORKER_CARDS = 64;

const KEY = Symbol.for('live-news.update-card-queue');
/** Cards made at once for those who ask: sharp encodes each on its own thread. */
const ASKED_AT_ONCE = 2;

function queue(): CardQueue {
  const holder = globalThis as typeof globalThis & { [KEY]?: CardQueue };
  return (holder[KEY] ??= {
    waiting: [],
    next: 0,
    begun: new Map(),
    running: false,
    asked: pLimit(ASKED_AT_ONCE),
  });
}

/** Lets `workers` draw this build's cards, when it has many (see CardQueue.workers). */
export function useCardWorkers(workers: CardWorkers): void {
  const cards = queue();
  // Those of a build that failed before its cards were written (a long-lived process).
  void cards.workers?.close();
  cards.workers = workers;
}

/** The cached file of `input`'s card, drawn by the workers when the build has many cards. */
function drawCard(input: UpdateCardInput): Promise<string> {
  // The cards this build began in the background tell how many it has.
  const { workers, waiting } = queue();
  return workers && waiting.length >= WORKER_CARDS ? workers.draw(input) : cachedUpdateCardFile(input);
}

/** Begins `inputs` in the background, one at a time, in order; errors surface to updateCardFile. */
export function startUpdateCards(inputs: readonly UpdateCardInput[]): void {
  const cards = queue();
  // One by one: a spread of 240,000 cards (10,000 articles) would overflow the call stack.
  for (const input of inputs) cards.waiting.push(input);
  if (cards.running) return;
  cards.running = true;
  void (async () => {
    while (cards.next < cards.waiting.length) {
      const input = cards.waiting[cards.next++]!;
      const key = JSON.stringify(input);
      if (cards.begun.has(key)) continue;
      const file = drawCard(input);
      cards.begun.set(key, file);
      // The error goes to whoever asks for this card (updateCardFile), not here.
      await file.catch(() => undefined);
    }
    cards.running = false;
  })();
}

/**
 * The cached file of the card for `input`: the one begun in the background, or begun now;
 * `early` says which.
 */
export async function updateCardFile(input: UpdateCardInput): Promise<{ file: string; early: boolean }> {
  const { begun, asked } = queue();
  const key = JSON.stringify(input);
  const early = begun.get(key);
  if (early) return { file: await early, early: true };
  // At most ASKED_AT_ONCE at a time, so a caller may ask for many (most already cached) at once.
  const file = asked(() => drawCard(input));
  begun.set(key, file);
  return { file: await file, early: false };
}

/** Ends the background work and forgets every card begun (at the end of writing them). */
export async function forgetUpdateCards(): Promise<void> {
  const cards = queue();
  cards.waiting = [];
  cards.next = 0;
  cards.begun.clear();
  const { workers } = cards;
  cards.workers = undefined;
  await workers?.close();
}
