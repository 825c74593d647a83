import { afterEach, describe, expect, it } from 'vitest';
import {
  currentOverlay,
  ownerOf,
  setReplacedArticles,
  type ArticleEntries,
} from '../../../src/model/content-overlay.ts';

const entries = (slug: string): ArticleEntries => ({
  article: { id: slug, data: { title: slug } },
  updates: [{ id: `${slug}/one`, data: {} }],
});

afterEach(() => {
  setReplacedArticles(new Map());
});

describe('the content overlay', () => {
  it('gives every change a version never given before, also when it goes back', () => {
    const start = currentOverlay()?.version ?? 0;
    const before = setReplacedArticles(new Map([['a', entries('a')]]));
    const first = currentOverlay()!;
    expect(first.version).toBeGreaterThan(start);
    expect([...first.articles.keys()]).toEqual(['a']);
    // Undoing a failed publish restores the articles, under a new version: pages
    // computed for the failed one must not be taken for the restored ones.
    setReplacedArticles(before);
    const restored = currentOverlay()!;
    expect(restored.articles).toBe(before);
    expect(restored.version).toBeGreaterThan(first.version);
  });

  it('names the article an entry belongs to', () => {
    expect(ownerOf('articles', 'story-0001')).toBe('story-0001');
    expect(ownerOf('updates', 'story-0001/0004-update')).toBe('story-0001');
  });
});
