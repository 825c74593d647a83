import { timeBounds } from '../../model/time-bounds.ts';
import { formatZonedDateTime } from '../../model/zoned-now.ts';
import type { ContentProblem } from '../content-problem.ts';
import type { CheckOptions } from '../check-content.ts';
import type { ContentTree } from '../read-content.ts';
import { zonesBySlug } from './zones.ts';

/** What each time field says when it lies in the future, after "... is in the future (now is ...); ". */
const FIXES = {
  published: 'fix the date and its offset, or add draft: true until it is ready',
  time: 'fix the time and its offset, or add scheduled: true to publish it then',
  // An edit or a removal is recorded when it was made: a future one is a typo, and readers
  // would see "Updated" or "removed" at a time that has not come.
  modified: 'write the time the edit was made (npm run correct fills it in), and check its offset',
  retracted: 'write the time the update was removed (npm run retract fills it in), and check its offset',
} as const;

/**
 * A time in the future is almost always a typo (wrong day, wrong offset). An update
 * meant to appear later says so with `scheduled: true`; drafts are not published yet.
 */
export function checkFutureTimes(tree: ContentTree, { now }: CheckOptions): ContentProblem[] {
  const zones = zonesBySlug(tree);
  const problems: ContentProblem[] = [];
  const check = (
    source: { file: string; lineOf: (field: string) => number },
    field: keyof typeof FIXES,
    value: string | undefined,
    zone: string,
  ) => {
    if (value === undefined || timeBounds(value, zone).earliest <= now) return;
    problems.push({
      file: source.file,
      line: source.lineOf(field),
      field,
      message: `${value} is in the future (now is ${formatZonedDateTime(now, zone)}); ${FIXES[field]}`,
    });
  };
  for (const article of tree.articles) {
    if (article.data.draft) continue;
    const zone = zones.get(article.slug)!;
    check(article, 'published', article.data.published, zone);
    check(article, 'modified', article.data.modified, zone);
  }
  for (const update of tree.updates) {
    const zone = zones.get(update.article);
    if (update.data.scheduled || update.data.draft || zone === undefined) continue;
    check(update, 'time', update.data.time, zone);
    check(update, 'modified', update.data.modified, zone);
    check(update, 'retracted', update.data.retracted, zone);
  }
  return problems;
}
