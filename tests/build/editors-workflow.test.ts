import { spawnSync } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

// The build runs at 21:30 Brussels time on 24 March 2024: after the due scheduled
// update (21:00), before the later one (22:00).
const NOW = '2024-03-24T21:30:00+01:00';
const SEED = 'moscow-concert-hall-attack';

/** Runs `node scripts/<name>.ts` in the copy, as `npm run` would. */
function runScript(site: TempSite, name: string, args: string[]) {
  const result = spawnSync(process.execPath, [`scripts/${name}.ts`, ...args], {
    cwd: site.dir,
    env: { ...process.env, CONTENT_DIR: '', NEWS_NOW: NOW },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('editors workflow on a production build', () => {
  let site: TempSite;
  let page: string;

  beforeAll(async () => {
    site = await makeTempSite('editors', [
      join(projectRoot, 'content'),
      join(projectRoot, 'tests/fixtures/editors'),
    ]);
    const created = runScript(site, 'new', [
      'update',
      SEED,
      '--title',
      'Rescue teams arrive',
      '--author',
      'anna-peeters',
    ]);
    expect(created.code, created.output).toBe(0);
    const file = join(site.contentDir, 'articles', SEED, 'updates', '2024-03-24-2130-rescue-teams-arrive.md');
    await appendFile(file, 'Rescue teams reached the building at nightfall.\n');
    const check = runScript(site, 'check-content', []);
    expect(check.code, check.output).toBe(0);
    const build = await site.build({ NEWS_NOW: NOW });
    expect(build.code, build.output).toBe(0);
    page = await readFile(join(site.distDir, 'articles', SEED, 'index.html'), 'utf8');
  });

  afterAll(() => site?.cleanup());

  it('publishes the update made with npm run new, with its time, headline, author link and text', () => {
    const id = 'update-2024-03-24-2130-rescue-teams-arrive';
    expect(page).toContain(`id="${id}"`);
    expect(page).toContain('datetime="2024-03-24T21:30:00+01:00"');
    expect(page).toContain('Rescue teams arrive');
    expect(page).toContain('Rescue teams reached the building at nightfall.');
    expect(page).toMatch(/By <a class="author-link" href="\/authors\/anna-peeters\/">Anna Peeters<\/a>/);
    // The agency byline of the seed stays free text.
    expect(page).toContain('By Breaking Latest News');
  });

  it('leaves drafts and not-yet-due scheduled updates out; includes the due one', async () => {
    const desk = await readFile(join(site.distDir, 'articles/editors-desk/index.html'), 'utf8');
    expect(desk).toContain('An ordinary update');
    expect(desk).toContain('Scheduled text whose time has come.');
    expect(desk).not.toContain('Draft text');
    expect(desk).not.toContain('Scheduled text from the future');
    expect(desk).not.toMatch(/badge-(draft|scheduled)/);
    expect(existsSync(join(site.distDir, 'articles/draft-story'))).toBe(false);
    const front = await readFile(join(site.distDir, 'index.html'), 'utf8');
    expect(front).not.toContain('A draft article');
  });

  it('links bylines to an author page listing their articles', async () => {
    const desk = await readFile(join(site.distDir, 'articles/editors-desk/index.html'), 'utf8');
    expect(desk).toMatch(
      /By <a class="author-link" href="\/authors\/anna-peeters\/">Anna Peeters<\/a> and Belga/,
    );
    const author = await readFile(join(site.distDir, 'authors/anna-peeters/index.html'), 'utf8');
    expect(author).toContain('<h1>Anna Peeters</h1>');
    expect(author).toContain('Brussels correspondent');
    expect(author).toContain('href="https://example.org/anna-peeters"');
    // The portrait went through astro:assets: resized, modern formats.
    expect(author).toMatch(
      /<picture>[^]*?type="image\/avif"[^]*?<img [^>]*\balt\b[^>]*class="author-portrait"/,
    );
    expect(author).toContain(`href="/articles/editors-desk/"`);
    expect(author).toContain(`href="/articles/${SEED}/"`);
    expect(author).not.toContain('A draft article');
  });

  it('npm run publish names the scheduled update still waiting, in the article zone', () => {
    const published = spawnSync(process.execPath, ['scripts/publish.ts', 'editors-desk'], {
      cwd: site.dir,
      env: {
        ...process.env,
        CONTENT_DIR: '',
        NEWS_NOW: NOW,
        PUBLISH_WITHOUT_PUBLISHER: '1',
        BUILD_LOG_LEVEL: 'silent',
      },
      encoding: 'utf8',
    });
    expect(published.status, published.stderr).toBe(0);
    expect(published.stdout).toContain(
      'Waiting: 1 update of editors-desk scheduled for 22:00 CET (2024-03-24-2200-scheduled-later.md): not online yet; ' +
        'publish again then, or start npm run publisher to do it on time.\n',
    );
  }, 180_000);
});
