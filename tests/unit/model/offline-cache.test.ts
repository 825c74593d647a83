import { describe, expect, it } from 'vitest';
import {
  cacheNames,
  cacheRuleFor,
  isKeepable,
  markOffline,
  offlineNote,
  pageAssets,
  pageOfflineWords,
  staleCaches,
} from '../../../src/model/offline-cache.ts';
import { escapeHtml } from '../../../src/model/permalink-page.ts';
import { pageLanguage } from '../../../src/i18n/language.ts';
import { offlineWords } from '../../../src/i18n/script-words.ts';

const SITE = { lang: 'en', locale: 'en-GB', clock: { hours: 24, separator: ':' } } as const;
const english = (clock: { hours: 12 | 24; separator: ':' | '.' }) =>
  offlineWords(pageLanguage(undefined, { ...SITE, clock }));

describe('cacheRuleFor', () => {
  it.each([
    ['/_astro/LiveBlock.DgHEUgdr.js', '/', 'asset'],
    ['/_astro/photo.Ab12.avif', '/', 'asset'],
    ['/', '/', 'page'],
    ['/articles/x/', '/', 'page'],
    ['/articles/x/older/2/', '/', 'page'],
    ['/articles/x/og.png', '/', 'page'],
    ['/rss.xml', '/', 'page'],
    // The polled page: its own HTTP cache rules decide, as without the worker.
    ['/articles/x/live/', '/', 'network'],
    ['/articles/x/live', '/', 'network'],
    ['/pagefind/pagefind.js', '/', 'network'],
    ['/sw.js', '/', 'network'],
    // Under a base path only the site's own paths are the worker's.
    ['/live-news/_astro/a.css', '/live-news/', 'asset'],
    ['/live-news/articles/x/', '/live-news/', 'page'],
    ['/live-news/articles/x/live/', '/live-news/', 'network'],
    ['/live-news/sw.js', '/live-news/', 'network'],
    ['/other-site/page/', '/live-news/', 'network'],
  ])('%s under %s: %s', (path, base, rule) => {
    expect(cacheRuleFor(path, base)).toBe(rule);
  });

  it('keeps an update called "live" (articles/x/updates/live/) as a page', () => {
    expect(cacheRuleFor('/articles/x/updates/live/', '/')).toBe('page');
  });
});

describe('caches of older builds', () => {
  it('are the live-news caches of another version, never those of other software', () => {
    const now = Object.values(cacheNames('new'));
    const old = Object.values(cacheNames('old'));
    expect(staleCaches([...now, ...old, 'someone-else', 'live-news'], 'new')).toEqual(old);
  });

  it('are named apart for pages, assets and the offline page', () => {
    expect(new Set(Object.values(cacheNames('v'))).size).toBe(3);
  });
});

describe('isKeepable', () => {
  it.each([
    [200, 'basic', 'public, max-age=0, s-maxage=5, must-revalidate', true],
    [200, 'basic', null, true],
    [200, 'basic', 'no-cache', true],
    [200, 'basic', 'no-store', false],
    [200, 'basic', 'private, No-Store', false],
    [206, 'basic', null, false],
    [404, 'basic', null, false],
    [503, 'basic', null, false],
    [0, 'opaqueredirect', null, false],
    [200, 'opaque', null, false],
    [200, 'cors', null, false],
  ])('%i %s %s: %s', (status, type, cacheControl, keepable) => {
    expect(isKeepable(status, type, cacheControl)).toBe(keepable);
  });
});

describe('offlineNote', () => {
  const saved = new Date(2024, 2, 24, 14, 5);
  it('gives the time the copy was saved, in the site clock style', () => {
    expect(offlineNote(saved, english({ hours: 24, separator: ':' }))).toBe('Offline, last updated 14:05');
    expect(offlineNote(saved, english({ hours: 12, separator: '.' }))).toBe('Offline, last updated 2.05pm');
  });

  it("speaks the page's language, with its clock", () => {
    expect(offlineNote(saved, offlineWords(pageLanguage('nl', SITE)))).toBe(
      'Offline, laatst bijgewerkt 14:05',
    );
    expect(offlineNote(saved, offlineWords(pageLanguage('ar', SITE)))).toBe('غير متصل، آخر تحديث 14:05');
    expect(offlineNote(new Date(Number.NaN), offlineWords(pageLanguage('fr', SITE)))).toBe('Hors ligne');
  });

  it('says "Offline" alone for a copy without its time', () => {
    expect(offlineNote(new Date(Number.NaN), english({ hours: 24, separator: ':' }))).toBe('Offline');
  });
});

describe('pageOfflineWords', () => {
  // As BaseLayout.astro writes it: JSON in an attribute, escaped as Astro escapes attributes.
  const pageIn = (lang: string) => {
    const words = offlineWords(pageLanguage(lang, SITE));
    return `<html lang="${lang}"><body><main id="main" class="wrap" tabindex="-1" data-offline-words="${escapeHtml(JSON.stringify(words))}"><h1>`;
  };

  it('reads the words a saved page carries on its <main>', () => {
    expect(pageOfflineWords(pageIn('ar'))).toEqual(offlineWords(pageLanguage('ar', SITE)));
    expect(pageOfflineWords(pageIn('fr'))?.note).toBe('Hors ligne, dernière mise à jour à {time}');
  });

  it('gives undefined for a page without them, or with words it cannot read', () => {
    expect(pageOfflineWords('<main id="main"><h1>')).toBeUndefined();
    expect(pageOfflineWords('<p data-offline-words="{}"></p><main>')).toBeUndefined();
    expect(pageOfflineWords('<main data-offline-words="{not json">')).toBeUndefined();
    expect(pageOfflineWords('<main data-offline-words="{&quot;note&quot;:1}">')).toBeUndefined();
  });
});

describe('markOffline', () => {
  const page = '<body><header></header><main id="main" class="wrap" tabindex="-1"><h1>';

  it('adds the note as a status line at the top of <main>', () => {
    expect(markOffline(page, 'Offline, last updated 14:05')).toBe(
      '<body><header></header><main id="main" class="wrap" tabindex="-1">' +
        '<p class="offline-note" role="status" data-offline-note>Offline, last updated 14:05</p><h1>',
    );
  });

  it('escapes the note as text', () => {
    expect(markOffline(page, '<b>&')).toContain('data-offline-note>&lt;b&gt;&amp;</p>');
  });

  it('adds it once, and leaves a page without <main> as it is', () => {
    expect(markOffline(page + '<main>', 'x').match(/data-offline-note/g)).toHaveLength(1);
    expect(markOffline('<p>mainly</p><maintenance>', 'x')).toBe('<p>mainly</p><maintenance>');
  });
});

describe('pageAssets', () => {
  it('lists the /_astro/ scripts and stylesheets a page loads, not other links', () => {
    const html =
      '<link rel="stylesheet" href="/live-news/_astro/global.B1.css"><link rel="icon" href="/favicon.svg">' +
      '<script type="module" src="/_astro/OfflineNote.C2.js"></script><a href="/articles/x/">x</a>';
    expect(pageAssets(html)).toEqual(['/live-news/_astro/global.B1.css', '/_astro/OfflineNote.C2.js']);
  });
});
