import { describe, expect, it } from 'vitest';
import { livePagePath, livePollPath, updateLocation, updatePermalink } from '../../../src/model/live-urls.ts';

describe('live URLs', () => {
  it.each([
    ['/', 0, '/articles/a/'],
    ['/', 2, '/articles/a/older/2/'],
    ['/news/', 1, '/news/articles/a/older/1/'],
  ])('base %s, older page %i -> %s', (base, page, path) => {
    expect(livePagePath(base, 'a', page)).toBe(path);
  });

  it('locates updates, permalinks and the polled page', () => {
    expect(updateLocation('/', 'a', { id: 'update-x', olderPage: 0 })).toBe('/articles/a/#update-x');
    expect(updateLocation('/', 'a', { id: 'update-x', olderPage: 3 })).toBe('/articles/a/older/3/#update-x');
    expect(updatePermalink('/b/', 'a', 'update-x')).toBe('/b/articles/a/updates/update-x/');
    expect(livePollPath('/', 'a')).toBe('/articles/a/live/');
  });
});
