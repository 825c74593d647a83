import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempContent, md } from '../../helpers/content-files.ts';
import { projectRoot } from '../../helpers/temp-site.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function content() {
  const site = await makeTempContent({
    'content/articles/moscow-concert-hall-attack/index.md': md('title: Moscow\npublished: 2024-03-24'),
  });
  cleanups.push(site.cleanup);
  return site.contentDir;
}

/** `npm run new -- <args>` as npm runs it: node scripts/new.ts on the pinned Node. */
function runNew(contentDir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, NEWS_NOW: '', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run new', () => {
  it('--help explains the three commands', async () => {
    const { code, stdout } = runNew(await content(), ['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('npm run new -- article "Headline"');
    expect(stdout).toContain('npm run new -- update <article-slug> [--title "..."]');
    expect(stdout).toContain(
      'npm run new -- author <id> --name "Anna Peeters" --role "Brussels correspondent"',
    );
  });

  it('adds an update timed by --now or NEWS_NOW in the article zone', async () => {
    const dir = await content();
    const byOption = runNew(dir, [
      'update',
      'moscow-concert-hall-attack',
      '--title',
      'Rescue teams arrive',
      '--now',
      '2024-03-31T12:15:00Z',
    ]);
    expect(byOption.code).toBe(0);
    expect(byOption.stdout).toContain(
      '2024-03-31-1415-rescue-teams-arrive.md (time: 2024-03-31T14:15:00+02:00)',
    );
    const byEnv = runNew(
      dir,
      ['update', 'moscow-concert-hall-attack', '--key-event', '--pin', '--title', 'Gunmen held'],
      {
        NEWS_NOW: '2024-03-24T21:05:00+01:00',
      },
    );
    expect(byEnv.code).toBe(0);
    const file = join(dir, 'articles/moscow-concert-hall-attack/updates/2024-03-24-2105-gunmen-held.md');
    expect(await readFile(file, 'utf8')).toBe(
      '---\ntime: 2024-03-24T21:05:00+01:00\ntitle: Gunmen held\nkeyEvent: true\npinned: true\n---\n\n',
    );
  });

  it('exits non-zero with a sentence for each mistake, writing nothing', async () => {
    const dir = await content();
    const cases: [string[], number, string][] = [
      [
        ['update', 'moscow-attack'],
        1,
        'there is no article "moscow-attack" in content/articles/; did you mean moscow-concert-hall-attack?',
      ],
      [
        ['update', 'moscow-concert-hall-attack', '--titel', 'x'],
        2,
        'there is no option --titel; did you mean --title?',
      ],
      [
        ['update', 'moscow-concert-hall-attack', '--now', '2024-03-24T10:00'],
        1,
        '--now "2024-03-24T10:00" is not a date-time with offset',
      ],
      [['update'], 2, 'give the article: npm run new -- update <article-slug> --title "..."'],
      [
        ['update', 'moscow-concert-hall-attack', 'Rescue', 'teams'],
        2,
        'unexpected "Rescue teams"; put a title with spaces in quotes',
      ],
      [['delete', 'x'], 2, 'unknown command "delete"; use article, update or author (see --help)'],
    ];
    for (const [args, code, message] of cases) {
      const result = runNew(dir, args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr).toContain(message);
    }
    expect(await readdir(join(dir, 'articles/moscow-concert-hall-attack'))).toEqual(['index.md']);
  });

  it('refuses to overwrite: the second identical command fails', async () => {
    const dir = await content();
    const args = [
      'update',
      'moscow-concert-hall-attack',
      '--title',
      'Same',
      '--now',
      '2024-03-24T10:00:00+01:00',
    ];
    expect(runNew(dir, args).code).toBe(0);
    const second = runNew(dir, args);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('updates/2024-03-24-1000-same.md already exists and was not overwritten');
  });

  it('creates an article and refuses the same title twice', async () => {
    const dir = await content();
    const args = ['article', 'Flooding in Liège', '--live', '--now', '2024-07-01T08:00:00Z'];
    const first = runNew(dir, args);
    expect(first.code).toBe(0);
    expect(await readFile(join(dir, 'articles/flooding-in-liege/index.md'), 'utf8')).toBe(
      '---\ntitle: Flooding in Liège\npublished: 2024-07-01T10:00:00+02:00\nstatus: live\n---\n\n',
    );
    const second = runNew(dir, args);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('content/articles/flooding-in-liege/ already exists');
  });
});
