import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareDirs } from '../../helpers/compare-dirs.ts';
import { projectRoot } from '../../helpers/temp-site.ts';

const FIXTURES = join(projectRoot, 'tests/fixtures/commands');
// 19:30 in London (BST, +01:00) and 20:30 in Brussels: each file gets its article's zone.
const NOW = '2024-07-14T18:30:00Z';

const cleanups: string[] = [];
afterEach(async () => {
  for (const dir of cleanups.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function before(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'edit-cli-'));
  cleanups.push(dir);
  await cp(join(FIXTURES, 'before'), dir, { recursive: true });
  return dir;
}

/** `npm run <action> -- <args>` as npm runs it (package.json: node scripts/<script>.ts <action>). */
function run(contentDir: string, script: 'new' | 'edit', args: string[]) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, NEWS_NOW: NOW },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the newsroom commands', () => {
  it('write exactly the files an editor writes by hand (tests/fixtures/commands/after)', async () => {
    const dir = await before();
    const slug = 'thames-flooding';
    const commands: ['new' | 'edit', string[]][] = [
      [
        'edit',
        [
          'correct',
          slug,
          '2024-07-14-1015-river-rises',
          '--note',
          'An earlier version gave the level as 6.2 metres.',
        ],
      ],
      [
        'edit',
        [
          'retract',
          `content/articles/${slug}/updates/2024-07-14-1100-name-of-driver.md`,
          '--reason',
          'It named a man who has not been charged.',
        ],
      ],
      ['edit', ['end', slug]],
      ['edit', ['reopen', 'storm-warning']],
      [
        'new',
        ['author', 'desk', '--name', 'Live News desk', '--role', 'Newsroom: breaking news and live coverage'],
      ],
    ];
    for (const [script, args] of commands) {
      const result = run(dir, script, args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    expect(await compareDirs(dir, join(FIXTURES, 'after'))).toEqual([]);
  }, 60_000);

  it('says what changed and how to put it online', async () => {
    const result = run(await before(), 'edit', [
      'correct',
      'thames-flooding',
      'update-2024-07-14-1015-river-rises',
    ]);
    expect(result.stdout).toMatch(
      /^Changed .*thames-flooding\/updates\/2024-07-14-1015-river-rises\.md: modified: 2024-07-14T19:30:00\+01:00\.\nPut it online: npm run publish -- thames-flooding\n$/,
    );
  });

  it.each([
    [
      ['retract', 'thames-flooding', '2024-07-14-1100-name-of-driver'],
      'give the reason readers will see: --reason "..."',
    ],
    [
      ['correct', 'thames-flooding', 'river-rise'],
      'thames-flooding has no update "river-rise" in updates/; did you mean 2024-07-14-1015-river-rises?',
    ],
    [
      ['end', 'storm-warning'],
      'storm-warning has already ended; to reopen it: npm run reopen -- storm-warning',
    ],
    [['reopen', 'thames-flooding'], 'thames-flooding has not ended (no status: ended); nothing to reopen'],
    [
      ['end', 'thames-floding'],
      'there is no article "thames-floding" in content/articles/; did you mean thames-flooding?',
    ],
    [
      ['correct', 'thames-flooding'],
      'give the article and the update: npm run correct -- <article> <update>',
    ],
  ])('refuses %j, changing nothing', async (args, message) => {
    const dir = await before();
    const result = run(dir, 'edit', args);
    expect(result.stderr).toBe(`npm run ${args[0]}: ${message}\n`);
    expect(result.code).not.toBe(0);
    expect(await compareDirs(dir, join(FIXTURES, 'before'))).toEqual([]);
  });

  it('refuses to correct an update that was retracted', async () => {
    const dir = await before();
    const update = ['thames-flooding', '2024-07-14-1100-name-of-driver'];
    expect(run(dir, 'edit', ['retract', ...update, '--reason', 'Legal.']).code).toBe(0);
    const retracted = await readFile(
      join(dir, 'articles/thames-flooding/updates/2024-07-14-1100-name-of-driver.md'),
      'utf8',
    );
    const again = run(dir, 'edit', ['correct', ...update]);
    expect(again.stderr).toBe(
      'npm run correct: updates/2024-07-14-1100-name-of-driver.md was already removed (retracted)\n',
    );
    expect(
      await readFile(join(dir, 'articles/thames-flooding/updates/2024-07-14-1100-name-of-driver.md'), 'utf8'),
    ).toBe(retracted);
  }, 20_000);

  it('new author refuses an existing id and a missing role', async () => {
    const dir = await before();
    expect(run(dir, 'new', ['author', 'desk', '--name', 'Desk']).stderr).toBe(
      'npm run new: give the job title: --role "Brussels correspondent"\n',
    );
    expect(run(dir, 'new', ['author', 'desk', '--name', 'Desk', '--role', 'Desk']).code).toBe(0);
    expect(run(dir, 'new', ['author', 'desk', '--name', 'Other', '--role', 'Desk']).stderr).toBe(
      'npm run new: content/authors/desk.md already exists and was not overwritten; choose another id\n',
    );
    expect(run(dir, 'new', ['author', 'Anna Peeters', '--name', 'A', '--role', 'B']).stderr).toMatch(
      /cannot be an author id; use lowercase letters, digits and hyphens/,
    );
  }, 30_000);
});
