/**
 * Pagination of long live coverage. Older pages are counted from the OLDEST update
 * and hold exactly `size` updates each, so once written an older page keeps the
 * same updates and URL for ever (as long as new updates are newer than old ones).
 * The article's main page holds the newest rest: fewer than `size` updates while
 * there are fewer than `size`, otherwise between `size` and `2 * size - 1`.
 */

/** How many stable older pages `total` updates fill, leaving the main page at least `size`. */
export function countOlderPages(total: number, size: number): number {
  assertPageSize(size);
  return Math.max(0, Math.floor(total / size) - 1);
}

/**
 * Which page holds the update at `indexFromOldest` (0 = the very first update):
 * 0 for the main page, otherwise the stable number of the older page (1 = oldest).
 */
export function olderPageOf(indexFromOldest: number, total: number, size: number): number {
  const chunk = Math.floor(indexFromOldest / size) + 1;
  return chunk <= countOlderPages(total, size) ? chunk : 0;
}

/** The "Page x of y" number readers see: the main page is 1, the oldest page is the last. */
export function pageNumberOf(olderPage: number, pageCount: number): number {
  return olderPage === 0 ? 1 : pageCount - olderPage + 1;
}

/** One page of updates, oldest first. */
export interface UpdatePage<T> {
  /** 0 for the main page; otherwise the stable older-page number (1 = oldest). */
  olderPage: number;
  /** Position readers see in "Page x of y" (1 = main page with the newest updates). */
  number: number;
  updates: T[];
}

/** Splits updates (oldest first) into pages, listed main page first then older and older. */
export function paginateUpdates<T>(oldestFirst: readonly T[], size: number): UpdatePage<T>[] {
  const older = countOlderPages(oldestFirst.length, size);
  const pageCount = older + 1;
  const pages: UpdatePage<T>[] = [{ olderPage: 0, number: 1, updates: oldestFirst.slice(older * size) }];
  for (let chunk = older; chunk >= 1; chunk--) {
    pages.push({
      olderPage: chunk,
      number: pageNumberOf(chunk, pageCount),
      updates: oldestFirst.slice((chunk - 1) * size, chunk * size),
    });
  }
  return pages;
}

function assertPageSize(size: number) {
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`The live page size must be a whole number of at least 1 (site.ts), got ${size}`);
  }
}

/** The older-page number of the page readers see as "Page `number`" (0 = the main page). */
export function olderPageAt(number: number, pageCount: number): number {
  return number <= 1 ? 0 : pageCount - number + 1;
}
