import { describe, expect, it } from 'vitest';
import { planSearch, searchMerged, type MergedPagefind } from '../../../src/scripts/search-merged.ts';

interface Page {
  url: string;
  words: string[];
  filters: Record<string, string>;
}

/** Whether a page passes Pagefind's filter object (`all`, `any`, `{ name: { none } }`, `{ name: value }`). */
function passes(page: Page, filter: object | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([key, value]: [string, unknown]) => {
    if (key === 'all') return (value as object[]).every((f) => passes(page, f));
    if (key === 'any') return (value as object[]).some((f) => passes(page, f));
    if (typeof value === 'string') return page.filters[key] === value;
    return !(value as { none: string[] }).none.includes(page.filters[key] ?? '');
  });
}

/**
 * Pagefind's search over merged indexes as it behaves: within each index, a word the
 * index does not hold is left out and the others must all be on a page; results and
 * filter counts are put together across indexes.
 */
function fakePagefind(indexes: Record<string, Page[]>): MergedPagefind<string> {
  return {
    search: async (query, { filters }) => {
      const results: string[] = [];
      const counts: Record<string, Record<string, number>> = {};
      const totals: Record<string, Record<string, number>> = {};
      const count = (into: typeof counts, page: Page) => {
        for (const [key, value] of Object.entries(page.filters))
          (into[key] ??= {})[value] = (into[key]?.[value] ?? 0) + 1;
      };
      for (const [name, pages] of Object.entries(indexes)) {
        const held = new Set(pages.flatMap((page) => page.words));
        const words = query.split(' ').filter((word) => held.has(word));
        if (words.length === 0) continue;
        for (const page of pages) {
          const tagged = { ...page, filters: { ...page.filters, index: name } };
          if (!words.every((word) => page.words.includes(word))) continue;
          count(totals, tagged);
          if (!passes(tagged, filters)) continue;
          results.push(page.url);
          count(counts, tagged);
        }
      }
      return { results: results.sort(), filters: counts, totalFilters: totals };
    },
  };
}

const page = (url: string, text: string, article = url.split('#')[0]!): Page => ({
  url,
  words: text.split(' '),
  filters: { article },
});

const pages = [
  page('a#1', 'fishermen heard the horn at dawn'),
  page('a#2', 'pilots saw lights at dawn'),
  page('b#1', 'quarrymen reported the signal at dawn'),
  page('c#1', 'divers logged the current at noon'),
  page('d#1', 'wardens found the banner at dawn'),
];

describe('searching merged indexes', () => {
  const whole = fakePagefind({ '1': pages });
  // The same pages in three parts: "signal" is only in the second.
  const parted = fakePagefind({ '1': pages.slice(0, 2), '2': pages.slice(2, 4), '3': pages.slice(4) });
  const queries = [
    'signal at dawn',
    'the at',
    'dawn',
    'unheard of signal',
    'unheard words',
    'the banner',
    'at noon',
  ];

  it('finds what one index of the same pages finds', async () => {
    for (const query of queries) {
      const expected = (await whole.search(query, {}))?.results;
      expect((await searchMerged(parted, query, ['1', '2', '3']))?.results, query).toEqual(expected);
    }
    // Without the care, the parts without "signal" answer with every page "at dawn".
    expect((await parted.search('signal at dawn', {}))?.results).toEqual(['a#1', 'a#2', 'b#1', 'd#1']);
  });

  it('within the filters: a word only on left-out pages counts as not found', async () => {
    // Article b was published since: its new text is in the recent index, the old one left out.
    const recent = [page('b#1', 'quarrymen reported the beacon at dawn')];
    const rebuilt = fakePagefind({ '1': [...pages.filter((p) => !p.url.startsWith('b')), ...recent] });
    const published = fakePagefind({
      '1': pages.slice(0, 2),
      '2': pages.slice(2, 4),
      '3': pages.slice(4),
      recent,
    });
    const filters = { any: [{ index: 'recent' }, { article: { none: ['b'] } }] };
    for (const query of [...queries, 'beacon at dawn', 'signal beacon']) {
      const expected = (await rebuilt.search(query, {}))?.results;
      const found = await searchMerged(published, query, ['1', '2', '3', 'recent'], filters);
      expect(found?.results, query).toEqual(expected);
    }
  });

  it('without filters, counts each word in a filter no record has (nothing ranked or sent)', async () => {
    const asked: { query: string; filters?: object }[] = [];
    const spy: MergedPagefind<string> = {
      search: async (query, { filters }) => {
        asked.push({ query, filters });
        return parted.search(query, { filters });
      },
    };
    const found = await searchMerged(spy, 'signal at dawn', ['1', '2', '3']);
    expect(found?.results).toEqual((await whole.search('signal at dawn', {}))?.results);
    expect(asked.slice(0, 3)).toEqual(
      ['signal', 'at', 'dawn'].map((query) => ({ query, filters: { index: 'none' } })),
    );
  });

  it('leaves one index, a single word and a quoted phrase to Pagefind as they are', async () => {
    const asked: string[] = [];
    const spy: MergedPagefind<string> = {
      search: async (query) => {
        asked.push(query);
        return { results: [] };
      },
    };
    await searchMerged(spy, 'signal at dawn', ['1']);
    await searchMerged(spy, 'signal', ['1', '2']);
    await searchMerged(spy, '"signal at dawn"', ['1', '2']);
    expect(asked).toEqual(['signal at dawn', 'signal', '"signal at dawn"']);
  });
});

describe('the plan of a merged search', () => {
  it('keeps the words found somewhere and leaves out the indexes missing one', () => {
    expect(
      planSearch(
        ['signal', 'at', 'dawn'],
        [{ '2': 1 }, { '1': 2, '2': 2 }, { '1': 2, '2': 1, '3': 1 }],
        ['1', '2', '3'],
      ),
    ).toEqual({
      query: 'signal at dawn',
      leaveOut: ['1', '3'],
    });
    expect(planSearch(['unheard', 'dawn'], [{}, { '1': 2, '3': 1 }], ['1', '2', '3'])).toEqual({
      query: 'dawn',
      leaveOut: ['2'],
    });
    expect(planSearch(['unheard', 'words'], [{ '1': 0 }, {}], ['1', '2'])).toBeUndefined();
  });
});
