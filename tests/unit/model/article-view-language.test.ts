import { describe, expect, it } from 'vitest';
import { buildArticleView } from '../../../src/model/article-view.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';

const settings = {
  lang: 'en',
  timeZone: 'Europe/Brussels',
  locale: 'en-GB',
  clock: { hours: 12, separator: '.' },
} as const;
const article = (data: Partial<ArticleData>): ArticleData => ({
  title: 'T',
  published: '2024-03-24T14:15:00+01:00',
  order: 'newest',
  ...data,
});
const update = (time: string) => ({ id: `a/${time.slice(11, 16).replace(':', '')}`, data: { time } });

describe('an article in its own language', () => {
  it.each([
    ['nl', '24 maart 2024, 14:15 CET', 'Tijdzone: Midden-Europese tijd (CET)'],
    ['fr', '24 mars 2024, 14:15 CET', 'Fuseau horaire\u202f: heure d’Europe centrale (CET)'],
    ['de', '24. März 2024, 14:15 MEZ', 'Zeitzone: Mitteleuropäische Zeit (MEZ)'],
    ['ar', '24 مارس 2024، 14:15 CET', 'المنطقة الزمنية: توقيت وسط أوروبا (CET)'],
  ])('%s: dates, clock and zone line in that language', (lang, published, zoneNote) => {
    const view = buildArticleView('a', article({ lang }), [], settings);
    expect(view.published.label).toBe(published);
    expect(view.zoneNote).toBe(zoneNote);
    expect(view.language.lang).toBe(lang);
  });

  it("keeps the site's own style without lang: 12-hour clock, English zone words", () => {
    const view = buildArticleView('a', article({}), [], settings);
    expect(view.published.label).toBe('24 March 2024, 2.15pm CET');
    expect(view.zoneNote).toBe('Times are Brussels time (CET)');
    expect(view.language.dir).toBe('ltr');
  });

  it('names both zones across a clock change as a list in that language', () => {
    const updates = [update('2024-03-30T23:00:00+01:00'), update('2024-03-31T12:00:00+02:00')];
    const view = buildArticleView('a', article({ lang: 'de', published: '2024-03-30' }), updates, settings);
    expect(view.zoneNote).toBe('Zeitzone: Mitteleuropäische Zeit (MEZ und MESZ)');
    expect(view.updates.map((u) => u.dayLabel)).toEqual(['31. März 2024', '30. März 2024']);
  });
});
