// Pagefind's Node API talks to its own process (pagefind_extended --service). When that
// process dies before it answers (the system's out-of-memory killer stopped it at 12.5 GB in
// a 10,000-article build), the API never settles the pending call. Nothing else is left to
// do, Node's event loop empties, and a build would end with exit code 13 and only Node's
// "unsettled top-level await" warning: no word of the search index or of what to do; the
// long-lived publisher would wait for its search index for ever.

import type { ChildProcess } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';

/** What a build says when Pagefind's process stopped before it answered. */
export const PAGEFIND_STOPPED =
  "Search index: Pagefind's process stopped before it finished (the system may have stopped it " +
  'for lack of memory: look for "Out of memory: Killed process ... (pagefind_extend)" in `dmesg`). ' +
  'Give it more memory, or make the parts of the index smaller: Pagefind indexes SEARCH_PART_RECORDS ' +
  'records at a time (40,000 when unset: 2.1 GB measured); 20,000 makes parts half as large ' +
  '(docs/performance.md, "10,000 x 40, fourth run").';

/** Pagefind's programs: pagefind_extended, pagefind (or PAGEFIND_BINARY_PATH's). */
const PAGEFIND_PROGRAM = /pagefind[^/\\]*$/i;

/**
 * What `work` (calls to Pagefind) gives, or an error made by `stopped` when Pagefind's
 * process ends while `work` still waits: its answer can never come. Seen two ways: Node's public
 * `child_process` diagnostics channel gives each process started meanwhile, and the end
 * of one that runs Pagefind is watched (a publisher's event loop never empties); and, for
 * one-shot commands, Node running out of things to do (a pending call keeps Pagefind's
 * process referenced, so that only happens once it is gone).
 */
export async function unlessPagefindStops<T>(work: () => Promise<T>, stopped: () => Error): Promise<T> {
  let fail!: () => void;
  const gone = new Promise<never>((_, reject) => {
    fail = () => reject(stopped());
  });
  const watch = (message: unknown) => {
    const child = (message as { process: ChildProcess }).process;
    // 'close' comes after the process's output was read: an answer it gave is not lost.
    child.once('close', () => {
      if (PAGEFIND_PROGRAM.test(child.spawnfile ?? '')) setImmediate(fail);
    });
  };
  // Before `work` starts: it starts Pagefind's process.
  diagnostics.subscribe('child_process', watch);
  process.once('beforeExit', fail);
  try {
    return await Promise.race([work(), gone]);
  } finally {
    diagnostics.unsubscribe('child_process', watch);
    process.off('beforeExit', fail);
  }
}
