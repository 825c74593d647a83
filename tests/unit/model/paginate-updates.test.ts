import { describe, expect, it } from 'vitest';
import {
  countOlderPages,
  olderPageAt,
  olderPageOf,
  pageNumberOf,
  paginateUpdates,
} from '../../../src/model/paginate-updates.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('countOlderPages', () => {
  it.each([
    [0, 20, 0],
    [19, 20, 0],
    [20, 20, 0],
    [39, 20, 0],
    [40, 20, 1],
    [45, 20, 1],
    [59, 20, 1],
    [60, 20, 2],
    [7, 3, 1],
  ])('%i updates, page size %i -> %i older pages', (total, size, older) => {
    expect(countOlderPages(total, size)).toBe(older);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses page size %s', (size) => {
    expect(() => countOlderPages(10, size)).toThrow(/page size/);
  });
});

describe('paginateUpdates', () => {
  it.each([
    // total, size, sizes of [main, older pages newest..oldest]
    [0, 20, [0]],
    [5, 20, [5]],
    [20, 20, [20]],
    [39, 20, [39]],
    [40, 20, [20, 20]],
    [45, 20, [25, 20]],
    [65, 20, [25, 20, 20]],
    [10, 3, [4, 3, 3]],
  ])('%i updates, size %i -> page sizes %j', (total, size, sizes) => {
    const pages = paginateUpdates(range(total), size);
    expect(pages.map((p) => p.updates.length)).toEqual(sizes);
    expect(pages.map((p) => p.number)).toEqual(range(sizes.length).map((i) => i + 1));
    // Every update appears exactly once, and the main page holds the newest.
    expect(pages.flatMap((p) => p.updates).sort((a, b) => a - b)).toEqual(range(total));
    if (total > 0) expect(pages[0]!.updates.at(-1)).toBe(total - 1);
  });

  it('keeps the main page between N and 2N-1 updates once there are N', () => {
    for (let total = 20; total < 200; total++) {
      const main = paginateUpdates(range(total), 20)[0]!.updates.length;
      expect(main).toBeGreaterThanOrEqual(20);
      expect(main).toBeLessThanOrEqual(39);
    }
  });

  it('never changes an older page as newer updates are added', () => {
    const seen = new Map<number, number[]>();
    for (let total = 0; total <= 130; total++) {
      for (const page of paginateUpdates(range(total), 20)) {
        if (page.olderPage === 0) continue;
        const before = seen.get(page.olderPage);
        if (before) expect(page.updates).toEqual(before);
        else seen.set(page.olderPage, page.updates);
      }
    }
    expect([...seen.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(seen.get(1)).toEqual(range(20));
  });
});

describe('olderPageOf and pageNumberOf', () => {
  it.each([
    [0, 45, 20, 1],
    [19, 45, 20, 1],
    [20, 45, 20, 0],
    [44, 45, 20, 0],
    [0, 39, 20, 0],
    [39, 60, 20, 2],
    [40, 60, 20, 0],
  ])('update %i of %i (size %i) is on older page %i', (index, total, size, older) => {
    expect(olderPageOf(index, total, size)).toBe(older);
  });

  it('keeps an update on the same older page once it has one', () => {
    for (let index = 0; index < 60; index++) {
      let page = 0;
      for (let total = index + 1; total < 200; total++) {
        const now = olderPageOf(index, total, 20);
        if (page !== 0) expect(now).toBe(page);
        page = now;
      }
    }
  });

  it.each([
    [0, 3, 1],
    [2, 3, 2],
    [1, 3, 3],
  ])('older page %i of %i pages reads as page %i', (older, count, number) => {
    expect(pageNumberOf(older, count)).toBe(number);
  });
});

describe('olderPageAt', () => {
  it('is the inverse of pageNumberOf', () => {
    for (let count = 1; count < 6; count++) {
      for (let older = 0; older < count; older++) {
        expect(olderPageAt(pageNumberOf(older, count), count)).toBe(older);
      }
    }
  });
});
