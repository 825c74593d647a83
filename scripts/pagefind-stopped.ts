// Pagefind's Node API talks to its own process (pagefind_extended --service). When that
// process dies before it answers (the system's out-of-memory killer stopped it at 12.5 GB in
// a 10,000-article build), the API never settles the pending call. Nothing else is left to
// do, Node's event loop empties, and a build would end with exit code 13 and only Node's
// "unsettled top-level await" warning: no word of the search index or of what to do.

/** What a build says when Pagefind's process stopped before it answered. */
export const PAGEFIND_STOPPED =
  "Search index: Pagefind's process stopped before it finished (the system may have stopped it " +
  'for lack of memory: look for "Out of memory: Killed process ... (pagefind_extend)" in `dmesg`). ' +
  'Give the build more memory, or build in shards (docs/deploying.md).';

/**
 * `work` (calls to Pagefind), or an error made by `stopped` if Node runs out of things to
 * do while `work` still waits: a pending call keeps Pagefind's process referenced, so
 * that only happens once the process is gone and its answer can never come. For one-shot
 * commands (build, publish, merge-shards); a server's event loop never empties.
 */
export async function unlessPagefindStops<T>(work: Promise<T>, stopped: () => Error): Promise<T> {
  let onIdle!: () => void;
  const idle = new Promise<never>((_, reject) => {
    onIdle = () => reject(stopped());
  });
  process.once('beforeExit', onIdle);
  try {
    return await Promise.race([work, idle]);
  } finally {
    process.off('beforeExit', onIdle);
  }
}
