import { timeBounds } from '../../model/time-bounds.ts';
import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree, UpdateFile } from '../read-content.ts';
import { zonesBySlug } from '../checks/zones.ts';

/** Two updates this close with the same headline are most likely one posted twice. */
const WINDOW_MS = 10 * 60_000;

/** The same headline as the update just before it (by time), within 10 minutes. */
export function warnDoublePosts(tree: ContentTree): ContentProblem[] {
  const zones = zonesBySlug(tree);
  const problems: ContentProblem[] = [];
  for (const [slug, updates] of Map.groupBy(tree.updates, (u) => u.article)) {
    const zone = zones.get(slug);
    if (zone === undefined) continue;
    const timed = updates
      .filter((u) => u.data.time.includes('T'))
      .map((u) => ({ u, at: timeBounds(u.data.time, zone).earliest }))
      .sort((a, b) => a.at - b.at || compare(a.u.fileName, b.u.fileName));
    for (const [i, { u, at }] of timed.entries()) {
      const before = timed[i - 1];
      if (!before || at - before.at > WINDOW_MS || !sameHeadline(before.u, u)) continue;
      const minutes = Math.round((at - before.at) / 60_000);
      problems.push({
        file: u.file,
        line: u.lineOf('title'),
        field: 'title',
        message: `is the same headline as ${before.u.fileName}, ${minutes} minute${minutes === 1 ? '' : 's'} earlier; if it was posted twice by accident, delete one of the two files`,
      });
    }
  }
  return problems;
}

const headline = (u: UpdateFile) => u.data.title?.trim().toLowerCase();
const sameHeadline = (a: UpdateFile, b: UpdateFile) =>
  headline(a) !== undefined && headline(a) === headline(b);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
