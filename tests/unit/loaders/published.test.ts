import { afterEach, describe, expect, it } from 'vitest';
import { selectPublished } from '../../../src/loaders/published.ts';
import { readContent } from '../../../src/loaders/read-content.ts';
import { makeTempContent, md } from '../../helpers/content-files.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const NOW = Date.parse('2024-03-24T12:00:00Z');

async function tree() {
  const site = await makeTempContent({
    'content/articles/live/index.md': md('title: Live\npublished: 2024-03-24T08:00:00+01:00\nstatus: live'),
    'content/articles/live/updates/plain.md': md('time: 2024-03-24T09:00:00+01:00'),
    'content/articles/live/updates/draft.md': md('time: 2024-03-24T09:00:00+01:00\ndraft: true'),
    'content/articles/live/updates/due.md': md('time: 2024-03-24T12:59:00+01:00\nscheduled: true'),
    'content/articles/live/updates/later.md': md('time: 2024-03-24T13:01:00+01:00\nscheduled: true'),
    'content/articles/hidden/index.md': md('title: Hidden\npublished: 2024-03-24\ndraft: true\nstatus: live'),
    'content/articles/hidden/updates/inside.md': md('time: 2024-03-24T09:00:00+01:00'),
  });
  cleanups.push(site.cleanup);
  const read = await readContent(site.root, site.contentDir, { now: NOW });
  expect(read.problems).toEqual([]);
  return read;
}

const names = (selected: ReturnType<typeof selectPublished>) => ({
  articles: selected.articles.map((a) => a.slug).sort(),
  updates: selected.updates.map((u) => `${u.article}/${u.fileName}`).sort(),
});

describe('selectPublished', () => {
  it('production builds leave out drafts, updates of draft articles, and updates scheduled for later', async () => {
    expect(names(selectPublished(await tree(), { preview: false, now: NOW }))).toEqual({
      articles: ['live'],
      updates: ['live/due.md', 'live/plain.md'],
    });
  });

  it('a build after the scheduled time includes the update', async () => {
    const later = Date.parse('2024-03-24T12:01:00Z');
    expect(names(selectPublished(await tree(), { preview: false, now: later })).updates).toContain(
      'live/later.md',
    );
  });

  it('the dev preview shows everything', async () => {
    expect(names(selectPublished(await tree(), { preview: true, now: NOW }))).toEqual({
      articles: ['hidden', 'live'],
      updates: ['hidden/inside.md', 'live/draft.md', 'live/due.md', 'live/later.md', 'live/plain.md'],
    });
  });
});
