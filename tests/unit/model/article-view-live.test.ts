import { describe, expect, it } from 'vitest';
import { buildArticleView, type UpdateInput } from '../../../src/model/article-view.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';

const settings = { timeZone: 'Europe/Brussels', locale: 'en-GB', livePageSize: 3 };

function article(extra: Partial<ArticleData> = {}): ArticleData {
  return { title: 'T', published: '2024-03-30T08:00:00+01:00', status: 'live', order: 'newest', ...extra };
}

/** Update n at 10:0n on 30 March, or on 31 March for n >= 5 (the day changes mid-stream). */
function update(n: number, data: Partial<UpdateInput['data']> = {}): UpdateInput {
  const day = n >= 5 ? '31' : '30';
  const offset = n >= 5 ? '+02:00' : '+01:00';
  return { id: `a/u${n}`, data: { time: `2024-03-${day}T10:0${n}:00${offset}`, ...data } };
}

const ids = (list: { id: string }[]) => list.map((u) => u.id.replace('update-', ''));

describe('buildArticleView for live coverage', () => {
  it.each([
    ['newest', ['u6', 'u5', 'u4', 'u3'], ['u2', 'u1', 'u0']],
    ['oldest', ['u3', 'u4', 'u5', 'u6'], ['u0', 'u1', 'u2']],
  ] as const)('lists pages %s first', (order, main, older) => {
    const view = buildArticleView(
      'a',
      article({ order }),
      [0, 1, 2, 3, 4, 5, 6].map((n) => update(n)),
      settings,
    );
    expect(view.order).toBe(order);
    expect(view.pages.map((p) => [p.olderPage, p.number])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(ids(view.pages[0]!.updates)).toEqual(main);
    expect(ids(view.pages[1]!.updates)).toEqual(older);
    // `updates` stays newest first whatever the order, for listings and feeds.
    expect(ids(view.updates)).toEqual(['u6', 'u5', 'u4', 'u3', 'u2', 'u1', 'u0']);
  });

  it('groups each page by day in the article zone, with written-out dates', () => {
    const view = buildArticleView(
      'a',
      article(),
      [3, 4, 5, 6].map((n) => update(n)),
      settings,
    );
    expect(view.pages[0]!.days.map((d) => [d.day, ids(d.updates)])).toEqual([
      ['2024-03-31', ['u6', 'u5']],
      ['2024-03-30', ['u4', 'u3']],
    ]);
    expect(view.pages[0]!.updates[0]!.dayLabel).toBe('31 March 2024');
  });

  it('records which page holds each update, and keeps it as updates are added', () => {
    const first = buildArticleView(
      'a',
      article(),
      [0, 1, 2, 3, 4, 5].map((n) => update(n)),
      settings,
    );
    const later = buildArticleView(
      'a',
      article(),
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => update(n)),
      settings,
    );
    const pageOf = (view: typeof first) => Object.fromEntries(view.updates.map((u) => [u.id, u.olderPage]));
    expect(pageOf(first)).toMatchObject({ 'update-u0': 1, 'update-u2': 1, 'update-u3': 0 });
    expect(pageOf(later)).toMatchObject({ 'update-u0': 1, 'update-u2': 1, 'update-u3': 2, 'update-u5': 2 });
    expect(pageOf(later)['update-u6']).toBe(0);
  });

  it('picks key events in the article order and the pinned update', () => {
    const updates = [
      update(0, { title: 'Zero', keyEvent: true }),
      update(1, { pinned: true }),
      update(2, { title: 'Two', keyEvent: true }),
    ];
    const newest = buildArticleView('a', article(), updates, settings);
    expect(newest.keyEvents.map((u) => u.title)).toEqual(['Two', 'Zero']);
    expect(newest.pinned?.id).toBe('update-u1');
    const oldest = buildArticleView('a', article({ order: 'oldest' }), updates, settings);
    expect(oldest.keyEvents.map((u) => u.title)).toEqual(['Zero', 'Two']);
  });

  it('carries edits, corrections, key points and the end time', () => {
    const view = buildArticleView(
      'a',
      article({ status: 'ended', ended: '2024-03-30T20:00:00+01:00', keyPoints: ['One', 'Two'] }),
      [update(1, { modified: '2024-03-30T11:30:00+01:00', correction: 'Fixed the toll.' }), update(2)],
      settings,
    );
    const edited = view.updates.find((u) => u.id === 'update-u1');
    expect(edited?.edit).toMatchObject({ text: '11:30 CET', correction: 'Fixed the toll.' });
    expect(view.updates.find((u) => u.id === 'update-u2')?.edit).toBeUndefined();
    expect(view.keyPoints).toEqual(['One', 'Two']);
    expect(view.ended?.label).toBe('30 March 2024, 20:00 CET');
  });

  it('shows a retracted update as its removal note only: no headline, author, flags, edit', () => {
    const retracted = update(1, {
      title: 'Named the suspect',
      author: 'anna-peeters',
      keyEvent: true,
      pinned: true,
      modified: '2024-03-30T10:30:00+01:00',
      correction: 'Spelling.',
      retracted: '2024-03-30T11:15:00+01:00',
      retractionReason: 'It named a person protected by a court order.',
    });
    const view = buildArticleView('a', article(), [retracted, update(2)], settings);
    const shown = view.updates.find((u) => u.id === 'update-u1')!;
    expect(shown.retraction).toMatchObject({
      text: '11:15 CET',
      reason: 'It named a person protected by a court order.',
    });
    expect(shown).not.toHaveProperty('title');
    expect(shown).not.toHaveProperty('author');
    expect(shown).not.toHaveProperty('edit');
    expect([shown.keyEvent, shown.pinned]).toEqual([false, false]);
    expect(view.keyEvents).toEqual([]);
    expect(view.pinned).toBeUndefined();
    // It keeps its place (and so its permalink), and the removal counts as a change of the page.
    expect(ids(view.updates)).toEqual(['u2', 'u1']);
    expect(view.lastModified.datetime).toBe('2024-03-30T11:15:00+01:00');
  });
});
