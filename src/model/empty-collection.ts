/**
 * Astro's getCollection warns that a collection "does not exist or is empty" whenever its
 * loader stored nothing, and has no public way to store an empty collection. Empty is often
 * right here (no staff authors yet, no live coverage), so a loader that stores nothing stores
 * this one marker entry instead, and src/data/content.ts leaves it out of everything it reads.
 */
export const EMPTY_MARKER_ID = '.empty-collection';

export const isEmptyMarker = (entry: { id: string }): boolean => entry.id === EMPTY_MARKER_ID;

/** Called by a loader after storing its entries: stores the marker when there were none. */
export function markIfEmpty(
  store: { set(entry: { id: string; data: Record<string, unknown> }): unknown },
  stored: number,
) {
  if (stored === 0) store.set({ id: EMPTY_MARKER_ID, data: {} });
}
