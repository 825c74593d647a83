/**
 * Searching several Pagefind indexes merged into one (the parts of a large archive's
 * index, and the recent-changes index after a publish) so that they find what one index
 * of the same pages would. Within an index, Pagefind leaves out a search word it does not
 * hold at all and matches the others: a part without "signal" would answer
 * "signal at dawn" with every page that has "at" and "dawn", where one index for the
 * whole site, which holds "signal" somewhere, requires it. So each word is first looked
 * up alone: a word found nowhere is left out of the search (as one index would), and an
 * index that lacks a word found elsewhere is left out of the results (one index would
 * find none of its pages). Each index carries its name as the filter `index`.
 */

/** The filter each merged index's records carry: its name ("1", "2"... for the parts, "recent"). */
export const INDEX_FILTER = 'index';

/** An index name no index has. */
const NO_INDEX = 'none';

export interface SearchResponse<R> {
  results: R[];
  /** Results per filter value, after the filters given. */
  filters?: Record<string, Record<string, number>>;
  /** Results per filter value, before any filter. */
  totalFilters?: Record<string, Record<string, number>>;
}

export interface MergedPagefind<R> {
  search(query: string, options: { filters?: object }): Promise<SearchResponse<R> | null>;
}

/**
 * Searches `indexes` (the names of the merged indexes) for `query` within `filters`
 * as one index of the same pages would. One index, or a quoted phrase (which needs
 * every word in the index anyway), or a single word: Pagefind's search as it is.
 */
export async function searchMerged<R>(
  pagefind: MergedPagefind<R>,
  query: string,
  indexes: readonly string[],
  filters?: object,
): Promise<SearchResponse<R> | null> {
  const words = query.split(/\s+/).filter(Boolean);
  if (indexes.length < 2 || words.length < 2 || query.includes('"'))
    return pagefind.search(query, { filters });
  // Without filters, each word is searched within a filter no record has: Pagefind then
  // counts the word's records per index (totalFilters) without ranking and sending them,
  // 2 to 10 times faster for a common word on a large archive (docs/performance.md).
  const found = await Promise.all(
    words.map(async (word) => {
      if (filters) return (await pagefind.search(word, { filters }))?.filters?.[INDEX_FILTER] ?? {};
      const counted = await pagefind.search(word, { filters: { [INDEX_FILTER]: NO_INDEX } });
      return counted?.totalFilters?.[INDEX_FILTER] ?? {};
    }),
  );
  const plan = planSearch(words, found, indexes);
  if (!plan) return { results: [] };
  const leaveOut = plan.leaveOut.length > 0 ? [{ [INDEX_FILTER]: { none: plan.leaveOut } }] : [];
  const all = [...(filters ? [filters] : []), ...leaveOut];
  return pagefind.search(plan.query, { filters: all.length > 1 ? { all } : all[0] });
}

/**
 * From the results each word has alone in each index (`found[i]` for `words[i]`, by
 * index name): the search to run (the words found somewhere) and the indexes to leave
 * out (those missing one of them); undefined when no word is found anywhere.
 */
export function planSearch(
  words: readonly string[],
  found: readonly Record<string, number>[],
  indexes: readonly string[],
): { query: string; leaveOut: string[] } | undefined {
  const anywhere = (counts: Record<string, number>) => Object.values(counts).some((n) => n > 0);
  const kept = words.map((_, i) => anywhere(found[i] ?? {}));
  if (!kept.includes(true)) return undefined;
  return {
    query: words.filter((_, i) => kept[i]).join(' '),
    leaveOut: indexes.filter((index) => found.some((counts, i) => kept[i] && !((counts[index] ?? 0) > 0))),
  };
}
