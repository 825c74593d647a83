/** What ordering articles needs to know. */
export interface ArticleOrderable {
  slug: string;
  published: { epochMs: number };
}

/** Newest first by publication time, ties by slug so the order never depends on the file system. */
export function orderArticles<T extends ArticleOrderable>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => b.published.epochMs - a.published.epochMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

/** The `count` newest of `articles` (by publication time, as orderArticles orders them), newest first. */
export function newestArticles<T extends ArticleOrderable>(articles: readonly T[], count: number): T[] {
  return orderArticles(articles).slice(0, count);
}
