import type { ArticleView, UpdateView } from '../model/article-view.ts';
import { holdsVideo } from '../model/embed-video.ts';
import { loadEntry } from './content.ts';

/**
 * Whether a page shows a video card: the article's introduction (main page only), the
 * pinned update (main page only) or an update of the page. Only such pages let the
 * privacy-mode players in (`frame-src`, src/security/csp.ts).
 */
export async function pageShowsVideo(
  article: ArticleView,
  updates: readonly UpdateView[],
  main: boolean,
): Promise<boolean> {
  if (main && holdsVideo((await loadEntry('articles', article.slug))?.rendered?.html)) return true;
  const shown = main && article.pinned ? [article.pinned, ...updates] : updates;
  for (const update of shown) {
    if (holdsVideo((await loadEntry('updates', update.entryId))?.rendered?.html)) return true;
  }
  return false;
}
