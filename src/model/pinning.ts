/** What pinning needs to know. */
export interface Pinnable {
  pinned: boolean;
}

/**
 * The pinned update, given updates newest first. The content check rejects two
 * pinned updates in one article; should one slip through, the newest wins.
 */
export function pickPinned<T extends Pinnable>(newestFirst: readonly T[]): T | undefined {
  return newestFirst.find((u) => u.pinned);
}
