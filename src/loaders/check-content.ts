import type { ContentProblem } from './content-problem.ts';
import type { ContentTree } from './read-content.ts';
import { checkAuthorIds } from './checks/author-ids.ts';
import { checkAuthorPhotos } from './checks/author-photos.ts';
import { checkEndedTime } from './checks/ended-time.ts';
import { checkFutureTimes } from './checks/future-times.ts';
import { checkImageAlt } from './checks/image-alt.ts';
import { checkPhotos } from './checks/photos.ts';
import { checkPinnedUpdates } from './checks/pinned-updates.ts';
import { checkSiteLinks } from './checks/site-links.ts';
import { checkUpdateLinks } from './checks/update-links.ts';
import { checkUpdatesAfterArticle } from './checks/updates-after-article.ts';
import { checkUpdatesNeedCoverage } from './checks/updates-need-coverage.ts';
import { findRemovedHtml } from './checks/removed-html.ts';
import { warnDoublePosts } from './warnings/double-posts.ts';
import { warnEmptyUpdates } from './warnings/empty-updates.ts';

export interface CheckOptions {
  /** The instant that counts as now (epoch ms): times after it are in the future. */
  now: number;
  /**
   * When the tree checked holds only some articles (re-read by the long-lived publisher):
   * the whole tree they belong to, already checked before they changed, and their slugs.
   * Checks of one file's own content need nothing else; a check across articles looks
   * their targets up in `whole`, and checks its files that point into `slugs` again.
   */
  scope?: { whole: ContentTree; slugs: ReadonlySet<string> };
}

/**
 * A check across files: it sees every valid article, update and author at once
 * and returns one problem per mistake (never throws, never stops at the first).
 */
export type ContentCheck = (tree: ContentTree, options: CheckOptions) => ContentProblem[];

/**
 * Every check the build and `npm run check:content` run after the schemas. To add one,
 * write `src/loaders/checks/<what>.ts` exporting a ContentCheck, list it here, and
 * describe its message in docs/editing.md ("What the error messages mean").
 */
export const contentChecks: readonly ContentCheck[] = [
  checkAuthorIds,
  checkAuthorPhotos,
  checkUpdatesNeedCoverage,
  checkUpdatesAfterArticle,
  checkEndedTime,
  checkFutureTimes,
  checkImageAlt,
  checkPhotos,
  checkUpdateLinks,
  checkSiteLinks,
  checkPinnedUpdates,
];

/** Runs every check over a tree that has already been read and validated file by file. */
export function checkContent(tree: ContentTree, options: CheckOptions): ContentProblem[] {
  return contentChecks.flatMap((check) => check(tree, options));
}

/**
 * Likely mistakes that can be meant (src/loaders/warnings/): printed with the file and
 * line like errors, but they do not stop a build or a publish.
 */
export const contentWarnings: readonly ContentCheck[] = [warnEmptyUpdates, warnDoublePosts, findRemovedHtml];

export function warnContent(tree: ContentTree, options: CheckOptions): ContentProblem[] {
  return contentWarnings.flatMap((warn) => warn(tree, options));
}
