/** What the front page needs to know to order articles. */
export interface FrontPageOrderable {
  status?: 'live' | 'ended';
  lastModified: { epochMs: number };
}

/**
 * Live coverage first (most recently changed first), then everything else in the
 * order given (newest first from orderArticles). The sort is stable.
 */
export function orderFrontPage<T extends FrontPageOrderable>(articles: readonly T[]): T[] {
  const live = articles.filter((a) => a.status === 'live');
  const rest = articles.filter((a) => a.status !== 'live');
  return [...live.sort((a, b) => b.lastModified.epochMs - a.lastModified.epochMs), ...rest];
}
