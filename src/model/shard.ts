// `npm run build -- --shard i/n`: a build of part of the site, so several machines can build
// one large archive at once; `npm run merge-shards` puts the parts together (scripts/shards/).

export interface Shard {
  /** 1-based: shard 1 also keeps the site-wide pages. */
  index: number;
  count: number;
}

/** Reads "i/n" (1 <= i <= n); throws a message saying what to write otherwise. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count) {
    throw new Error(
      `--shard "${text}" is not a shard: write i/n, the shard's number (1 to n) and the number of shards, e.g. --shard 2/3.`,
    );
  }
  return { index, count };
}

/**
 * The shard (1 to `count`) whose build renders this article's pages. A hash of the slug
 * (FNV-1a), not the article's place in a list: each build decides alone, from the slug,
 * and an article keeps its shard when others are added or removed.
 */
export function shardOfArticle(slug: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    hash ^= slug.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}
