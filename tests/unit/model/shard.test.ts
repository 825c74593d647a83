import { describe, expect, it } from 'vitest';
import { parseShard, shardOfArticle } from '../../../src/model/shard.ts';

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
  });
  it.each(['0/3', '4/3', '1/0', '1', 'a/b', '1/3/4', '-1/3', ''])(
    'refuses "%s", saying what to write',
    (text) => {
      expect(() => parseShard(text)).toThrow(/is not a shard: write i\/n/);
    },
  );
});

describe('shardOfArticle', () => {
  const slugs = Array.from({ length: 3000 }, (_, i) => `story-${i}`);
  it('gives every article one shard from 1 to n, the same every time', () => {
    for (const slug of slugs.slice(0, 50)) {
      const shard = shardOfArticle(slug, 4);
      expect(shard).toBeGreaterThanOrEqual(1);
      expect(shard).toBeLessThanOrEqual(4);
      expect(shardOfArticle(slug, 4)).toBe(shard);
    }
    expect(shardOfArticle('any-article', 1)).toBe(1);
  });
  it('spreads an archive about evenly over the shards', () => {
    const counts = [0, 0, 0, 0];
    for (const slug of slugs) counts[shardOfArticle(slug, 4) - 1]!++;
    for (const count of counts) expect(Math.abs(count - 750)).toBeLessThan(100);
  });
});
