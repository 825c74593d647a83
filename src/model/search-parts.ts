/**
 * The search index of a large archive is written in parts (scripts/search-index.ts): part 1 is
 * the bundle's own folder, part n from 2 on its folder `part-<n>/` inside it, and `parts.json`
 * lists those folders for the search page (src/scripts/search.ts), which merges them into the
 * first under the index filter `<n>`.
 */

/** The folder of part `n` (1-based) inside the bundle's folder. */
export const partFolder = (n: number) => (n === 1 ? '' : `part-${n}`);

/**
 * Whether `entry` of parts.json names a part the search page may merge: `part-<n>/` with n from
 * 2 on, written as the build writes it. "part-1/" would merge a second index named "1", the
 * first part's own name, and "part-02/" is not a folder the build makes.
 */
export const isPartEntry = (entry: string): boolean => /^part-(?:[2-9]|[1-9]\d+)\/$/.test(entry);
