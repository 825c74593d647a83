import { distance } from 'fastest-levenshtein';

/**
 * Edit distance that counts two swapped neighbouring letters as one slip, not two:
 * plain Levenshtein puts "titel" as far from "title" as from "time".
 */
function typoDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  let i = 0;
  while (a[i] === b[i]) i++;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped ? 1 : d;
}

/** The candidates nearest to `word` (case-insensitive), nearest first, within a typo's distance. */
export function closestMatches(word: string, candidates: readonly string[], limit = 3): string[] {
  const needle = word.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(needle.length / 3));
  return candidates
    .map((candidate) => ({ candidate, d: typoDistance(needle, candidate.toLowerCase()) }))
    .filter(({ candidate, d }) => d <= maxDistance || candidate.toLowerCase().includes(needle))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
