import { timeBounds } from '../../model/time-bounds.ts';
import { formatZonedDateTime } from '../../model/zoned-now.ts';
import type { CheckOptions } from '../check-content.ts';
import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';
import { zonesBySlug } from './zones.ts';

/**
 * `ended` closes the coverage: it cannot come before the article was published, lie in
 * the future, or come before an update the coverage already shows (a typo in the day
 * or the offset, most often). Date-only values cover their whole day.
 */
export function checkEndedTime(tree: ContentTree, { now }: CheckOptions): ContentProblem[] {
  const zones = zonesBySlug(tree);
  let grouped: Map<string, ContentTree['updates']> | undefined;
  const problems: ContentProblem[] = [];
  for (const article of tree.articles) {
    const { ended, published, draft } = article.data;
    if (ended === undefined) continue;
    const zone = zones.get(article.slug)!;
    const end = timeBounds(ended, zone);
    const problem = (message: string) =>
      problems.push({ file: article.file, line: article.lineOf('ended'), field: 'ended', message });
    if (end.latest < timeBounds(published, zone).earliest) {
      problem(`${ended} is before the article was published (${published}); fix the date or its offset`);
      continue;
    }
    if (!draft && end.earliest > now) {
      problem(
        `${ended} is in the future (now is ${formatZonedDateTime(now, zone)}); write the time the coverage really ended`,
      );
      continue;
    }
    grouped ??= Map.groupBy(tree.updates, (u) => u.article);
    const shown = (grouped.get(article.slug) ?? []).filter((u) => !u.data.draft);
    const last = shown
      .map((u) => ({ u, at: timeBounds(u.data.time, zone).earliest }))
      .sort((a, b) => b.at - a.at)[0];
    if (last && end.latest < last.at) {
      problem(
        `${ended} is before the last update (${last.u.fileName}, ${last.u.data.time}); coverage ends after its last update: fix ended, or that update's time`,
      );
    }
  }
  return problems;
}
