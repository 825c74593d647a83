import { timeBounds } from '../../model/time-bounds.ts';
import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';
import { zonesBySlug } from './zones.ts';

/**
 * An update cannot come before its article was published. A date-only value
 * covers its whole day, so "2024-03-24" never clashes with a time that day.
 */
export function checkUpdatesAfterArticle(tree: ContentTree): ContentProblem[] {
  const zones = zonesBySlug(tree);
  const published = new Map(tree.articles.map((a) => [a.slug, a.data.published]));
  const problems: ContentProblem[] = [];
  for (const update of tree.updates) {
    const articleTime = published.get(update.article);
    const zone = zones.get(update.article);
    if (articleTime === undefined || zone === undefined) continue;
    if (timeBounds(update.data.time, zone).latest >= timeBounds(articleTime, zone).earliest) continue;
    problems.push({
      file: update.file,
      line: update.lineOf('time'),
      field: 'time',
      message: `${update.data.time} is before the article was published (${articleTime}); fix the update's time, or the article's published`,
    });
  }
  return problems;
}
