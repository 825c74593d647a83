import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { correctUpdate, endCoverage, retractUpdate } from '../../../src/scaffold/edit-files.ts';
import { makeTempContent, md } from '../../helpers/content-files.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const UPDATES = 'content/articles/storm/updates';

async function content() {
  const site = await makeTempContent({
    'content/articles/storm/index.md': md('title: Storm\npublished: 2024-07-14T08:00:00+02:00'),
    [`${UPDATES}/later.md`]: md('time: 2024-07-14T22:00:00+02:00\nscheduled: true'),
    [`${UPDATES}/broken.md`]: md('time: 2024-07-14T09:00:00+02:00\ntitle: "Unclosed'),
    [`${UPDATES}/plain.md`]: md('time: 2024-07-14T09:00:00+02:00'),
  });
  cleanups.push(site.cleanup);
  return site;
}

const NOW = Date.parse('2024-07-14T12:00:00+02:00');

describe('the edit commands refuse, changing nothing', () => {
  it('an update whose time has not come (it is not online yet)', async () => {
    const { contentDir } = await content();
    await expect(correctUpdate(contentDir, 'storm', 'later', {}, NOW)).rejects.toThrow(
      'updates/later.md is timed 2024-07-14T22:00:00+02:00, later than now: it is not online yet, so edit the file itself',
    );
  });

  it('a file whose front matter is not valid YAML, naming its path and line', async () => {
    const { contentDir } = await content();
    await expect(retractUpdate(contentDir, 'storm', 'broken', { reason: 'Legal.' }, NOW)).rejects.toThrow(
      /^content\/articles\/storm\/updates\/broken\.md:3: the front matter is not valid YAML .*; fix it, then try again$/,
    );
  });

  it('an article that is not live coverage', async () => {
    const { contentDir } = await content();
    await expect(endCoverage(contentDir, 'storm', NOW)).rejects.toThrow(
      'storm is not live coverage (no status: live); nothing to end',
    );
  });

  it('an empty correction note', async () => {
    const site = await content();
    const before = await readFile(join(site.root, UPDATES, 'plain.md'), 'utf8');
    await expect(correctUpdate(site.contentDir, 'storm', 'plain', { note: ' ' }, NOW)).rejects.toThrow(
      '--note is empty; write the correction note',
    );
    expect(await readFile(join(site.root, UPDATES, 'plain.md'), 'utf8')).toBe(before);
  });
});
