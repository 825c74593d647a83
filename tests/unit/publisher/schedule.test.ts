import { afterEach, describe, expect, it } from 'vitest';
import { describeWaiting, watchSchedule, type ScheduleWatch } from '../../../scripts/publisher/schedule.ts';
import { makeTempContent, md, writeFiles } from '../../helpers/content-files.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const at = (iso: string) => Date.parse(iso);
const scheduled = (time: string, extra = '') => md(`time: ${time}\nscheduled: true${extra}`);

async function content(files: Record<string, string> = {}) {
  const site = await makeTempContent({
    'content/articles/storm/index.md': md('title: Storm\npublished: 2024-07-14T08:00:00+02:00\nstatus: live'),
    'content/articles/storm/updates/already.md': scheduled('2024-07-14T09:00:00+02:00'),
    'content/articles/storm/updates/at-two.md': scheduled('2024-07-14T14:00:00+02:00'),
    'content/articles/flood/index.md': md(
      'title: Flood\npublished: 2024-07-14T08:00:00+01:00\nstatus: live\ntimeZone: Europe/London',
    ),
    'content/articles/flood/updates/draft.md': scheduled('2024-07-14T12:00:00+01:00', '\ndraft: true'),
    'content/articles/secret/index.md': md(
      'title: Secret\npublished: 2024-07-14T08:00:00+02:00\ndraft: true',
    ),
    'content/articles/secret/updates/later.md': scheduled('2024-07-14T12:30:00+02:00'),
    ...files,
  });
  cleanups.push(site.cleanup);
  return site;
}

/** A watch whose clock the test moves; publishes and log lines are recorded. */
function watch(contentDir: string, start: string, fail = false) {
  let clock = at(start);
  const published: string[] = [];
  const log: string[] = [];
  const schedule: ScheduleWatch = watchSchedule({
    contentDir,
    now: () => clock,
    intervalMs: 3_600_000,
    log: (line) => log.push(line),
    publish: async (slug) => {
      published.push(slug);
      if (fail) throw new Error(`content/articles/${slug}/updates/at-two.md:2: time: a mistake`);
    },
  });
  cleanups.push(() => schedule.stop());
  return {
    published,
    log,
    moveTo: (iso: string) => {
      clock = at(iso);
      return schedule.check();
    },
  };
}

describe('watchSchedule', () => {
  it('publishes an article once when its scheduled update comes due, not what was online at the start', async () => {
    const { contentDir } = await content();
    const w = watch(contentDir, '2024-07-14T13:00:00+02:00');
    await w.moveTo('2024-07-14T13:59:59+02:00');
    expect(w.published).toEqual([]);
    await w.moveTo('2024-07-14T14:00:00+02:00');
    expect(w.published).toEqual(['storm']);
    expect(w.log).toEqual([
      'Scheduled update due (at-two.md): publishing storm...',
      'Online: storm, with its scheduled update.',
    ]);
    await w.moveTo('2024-07-14T15:00:00+02:00');
    // Drafts, and updates of a draft article, stay unpublished.
    expect(w.published).toEqual(['storm']);
  });

  it('notices a scheduled update written after it started', async () => {
    const site = await content();
    const w = watch(site.contentDir, '2024-07-14T13:00:00+02:00');
    await w.moveTo('2024-07-14T13:10:00+02:00');
    await writeFiles(site.root, {
      'content/articles/flood/updates/new.md': scheduled('2024-07-14T12:15:00+01:00'),
    });
    await w.moveTo('2024-07-14T13:14:00+02:00');
    expect(w.published).toEqual([]);
    await w.moveTo('2024-07-14T13:15:00+02:00');
    expect(w.published).toEqual(['flood']);
  });

  it('says why a publish at the scheduled time failed, and does not try it again and again', async () => {
    const { contentDir } = await content();
    const w = watch(contentDir, '2024-07-14T13:00:00+02:00', true);
    await w.moveTo('2024-07-14T14:00:00+02:00');
    await w.moveTo('2024-07-14T14:01:00+02:00');
    expect(w.published).toEqual(['storm']);
    expect(w.log[1]).toBe(
      'Publishing storm at its scheduled time failed:\ncontent/articles/storm/updates/at-two.md:2: time: a mistake\nFix it, then: npm run publish -- storm',
    );
  });
});

describe('describeWaiting', () => {
  it.each([
    ['2024-07-14T13:00:00+02:00', 'Waiting: 1 update of storm scheduled for 14:00 CEST (at-two.md).'],
    [
      '2024-07-13T20:00:00+02:00',
      'Waiting: 2 updates of storm scheduled for 14 July 2024, 09:00 CEST, 14 July 2024, 14:00 CEST (already.md, at-two.md).',
    ],
    ['2024-07-14T14:00:00+02:00', undefined],
  ])('at %s', async (now, line) => {
    const { contentDir } = await content();
    expect(await describeWaiting(contentDir, 'storm', at(now))).toBe(line);
  });
});
