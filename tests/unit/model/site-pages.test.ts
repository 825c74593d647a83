import { describe, expect, it } from 'vitest';
import { isSitePage, type SitePages } from '../../../src/model/site-pages.ts';

const pages: SitePages = {
  slugs: new Set(['fire', 'flood']),
  updateIds: (slug) => (slug === 'fire' ? ['update-one'] : []),
  hasPhoto: (slug) => slug === 'flood',
  tags: new Set(['middle-east']),
  authors: new Set(['anna']),
  files: new Set(['logo.png']),
};

describe('isSitePage', () => {
  it.each([
    '/',
    '/index.html',
    '/2/',
    '/archive',
    '/archive/2024/03/',
    '/archive/2024/03/3/',
    '/tags/middle-east/',
    '/tags/middle-east/2/',
    '/authors/anna',
    '/search/',
    '/rss.xml',
    '/logo.png',
    '/articles/fire/',
    '/articles/fire/older/2/',
    '/articles/fire/updates/update-one/',
    '/articles/fire/feed.json',
    // The article's social image: og.jpg from its lead photo, else og.png.
    '/articles/fire/og.png',
    '/articles/flood/og.jpg',
  ])('%s is a page', (path) => expect(isSitePage(path, pages)).toBe(true));

  it.each([
    '/archive/2024/13/',
    '/archive/24/03/',
    '/tags/europe/',
    '/authors/bob/',
    '/articles/storm/',
    '/articles/fire/og.jpg',
    '/articles/flood/og.png',
    '/articles/fire/older/0/',
    '/articles/fire/updates/update-two/',
    '/articles/fire/other/',
    '/logo.jpg',
    '/about/',
  ])('%s is not', (path) => expect(isSitePage(path, pages)).toBe(false));
});
