import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { announce } from '../../../scripts/publisher/connection.ts';
import { readPublishArgs } from '../../../scripts/publish/publish-args.ts';
import { sayIfPublisherGone } from '../../../scripts/publish/publisher-gone.ts';
import { makeTempContent, md } from '../../helpers/content-files.ts';
import { projectRoot } from '../../helpers/temp-site.ts';

// Issue 17: the commands say what went wrong with how they were called.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const SLUG = 'moscow-concert-hall-attack';

async function content() {
  const site = await makeTempContent({
    [`content/articles/${SLUG}/index.md`]: md('title: Moscow\npublished: 2024-03-24\nstatus: live'),
    'content/articles/flood-in-liege/index.md': md('title: Flood\npublished: 2024-03-24'),
  });
  cleanups.push(site.cleanup);
  return site;
}

/** A script as npm runs it, in the project, with `env` added (npm_config_* as npm sets them). */
function run(script: string, contentDir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, NEWS_NOW: '', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run new, called the wrong way', () => {
  it('options written without -- (npm keeps them) are named, with the command to type, and nothing is created', async () => {
    const site = await content();
    // `npm run new update <slug> --title "Fire: x" --pin`: npm sets these and passes the title on as a word.
    const result = run('scripts/new.ts', site.contentDir, ['update', SLUG, 'Fire: x'], {
      npm_config_title: 'true',
      npm_config_pin: 'true',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'npm run new: npm kept --title, --pin for itself: put -- after "npm run new" so the options reach the script, e.g. npm run new -- update <article-slug> --title "Headline"\n',
    );
    expect(await readdir(join(site.contentDir, 'articles', SLUG))).toEqual(['index.md']);
  });

  it('an unknown option gets the nearest known one', async () => {
    const site = await content();
    const result = run('scripts/new.ts', site.contentDir, ['update', SLUG, '--titel', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npm run new: there is no option --titel; did you mean --title?');
  });
});

describe('npm run publish arguments', () => {
  const read = async (args: string[], cwd?: string) => {
    const site = await content();
    const folders = () => [SLUG, 'flood-in-liege', '.DS_Store'];
    return readPublishArgs(args, site.contentDir, folders, cwd ?? site.root);
  };

  it.each([
    [SLUG],
    [`content/articles/${SLUG}`],
    [`content/articles/${SLUG}/`],
    [`./content/articles/${SLUG}/updates/2024-03-24-1500-x.md`],
  ])('accepts %s', async (arg) => {
    expect(await read([arg])).toEqual({ ok: true, slug: SLUG });
  });

  it('a misspelt slug gets the nearest article', async () => {
    expect(await read(['moscow-concert-hal-attack'])).toEqual({
      ok: false,
      message: `There is no article "moscow-concert-hal-attack" in content/articles/; did you mean "${SLUG}"?`,
    });
    expect(await read(['content/articles/flood-in-liege-2/'])).toEqual({
      ok: false,
      message: 'There is no article "flood-in-liege-2" in content/articles/; did you mean "flood-in-liege"?',
    });
  });

  it('refuses two slugs clearly, publishing nothing', async () => {
    expect(await read([SLUG, 'flood-in-liege'])).toEqual({
      ok: false,
      message: `npm run publish publishes one article at a time; nothing was published. Run it once for each: npm run publish -- ${SLUG}, then npm run publish -- flood-in-liege (or npm run build for the whole site).`,
    });
  });

  it('the script says it and exits 1 before building anything', async () => {
    const site = await content();
    const result = run('scripts/publish.ts', site.contentDir, ['moscow'], {
      OUT_DIR: join(site.root, 'dist'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `There is no article "moscow" in content/articles/; did you mean "${SLUG}"?\n`,
    );
  });
});

describe('a publisher that has died', () => {
  it('is named when publishing without it; nothing is said when none was started', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'live-news-gone-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const dist = join(dir, 'dist');
    const said: string[] = [];
    await sayIfPublisherGone(dist, (line) => said.push(line));
    expect(said).toEqual([]);
    // A pid far above Linux's limit (4194304) never runs.
    const gone = 99_999_999;
    await announce(dist, { pid: gone, port: 1, token: 'x' });
    await sayIfPublisherGone(dist, (line) => said.push(line));
    expect(said).toEqual([
      `The publisher (process ${gone}) is not running any more: publishing without it, which takes longer. Start it again with "npm run publisher" in its own terminal.`,
    ]);
  });
});
