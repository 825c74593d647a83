import { distance } from 'fastest-levenshtein';

/** The candidates nearest to `word` (case-insensitive), nearest first, within a typo's distance. */
export function closestMatches(word: string, candidates: readonly string[], limit = 3): string[] {
  const needle = word.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(needle.length / 3));
  return candidates
    .map((candidate) => ({ candidate, d: distance(needle, candidate.toLowerCase()) }))
    .filter(({ candidate, d }) => d <= maxDistance || candidate.toLowerCase().includes(needle))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
