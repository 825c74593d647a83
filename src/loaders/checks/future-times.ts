import { timeBounds } from '../../model/time-bounds.ts';
import { formatZonedDateTime } from '../../model/zoned-now.ts';
import type { ContentProblem } from '../content-problem.ts';
import type { CheckOptions } from '../check-content.ts';
import type { ContentTree } from '../read-content.ts';
import { zonesBySlug } from './zones.ts';

/**
 * A time in the future is almost always a typo (wrong day, wrong offset). An update
 * meant to appear later says so with `scheduled: true`; drafts are not published yet.
 */
export function checkFutureTimes(tree: ContentTree, { now }: CheckOptions): ContentProblem[] {
  const zones = zonesBySlug(tree);
  const problems: ContentProblem[] = [];
  for (const article of tree.articles) {
    if (article.data.draft) continue;
    const zone = zones.get(article.slug)!;
    if (timeBounds(article.data.published, zone).earliest <= now) continue;
    problems.push({
      file: article.file,
      line: article.lineOf('published'),
      field: 'published',
      message: `${article.data.published} is in the future (now is ${formatZonedDateTime(now, zone)}); fix the date and its offset, or add draft: true until it is ready`,
    });
  }
  for (const update of tree.updates) {
    const zone = zones.get(update.article);
    if (update.data.scheduled || update.data.draft || zone === undefined) continue;
    if (timeBounds(update.data.time, zone).earliest <= now) continue;
    const nowText = formatZonedDateTime(now, zone);
    problems.push({
      file: update.file,
      line: update.lineOf('time'),
      field: 'time',
      message: `${update.data.time} is in the future (now is ${nowText}); fix the time and its offset, or add scheduled: true to publish it then`,
    });
  }
  return problems;
}
