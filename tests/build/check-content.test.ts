import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';
import { writeFiles } from '../helpers/content-files.ts';

const NOW = '2024-03-25T12:00:00+01:00';
const SEED = 'content/articles/moscow-concert-hall-attack';
const DESK = 'content/articles/editors-desk';

// Each mistake an editor can make, and the line `npm run check:content` must print for it.
const BROKEN: Record<string, string> = {
  [`${SEED}/updates/no-offset.md`]: '---\ntime: 2024-03-24T15:30:00\n---\n\nText.\n',
  [`${SEED}/updates/future.md`]: '---\ntime: 2024-03-26T09:00:00+01:00\n---\n\nText.\n',
  [`${SEED}/updates/Key.md`]: '---\ntime: 2024-03-24T16:00:00+01:00\nkeyEvent: true\n---\n\nText.\n',
  [`${SEED}/updates/key.md`]: '---\ntime: 2024-03-24T16:00:00+01:00\n---\n\nText.\n',
  [`${DESK}/updates/early.md`]: '---\ntime: 2024-03-24T07:00:00+01:00\nauthor: ana-peeters\n---\n\nText.\n',
  [`${DESK}/updates/body.md`]: [
    '---',
    'time: 2024-03-24T10:00:00+01:00',
    '---',
    '',
    'See [the rescue](#update-rescue) for more.',
    '',
    '![](crowd.jpg "Photo: Jane Doe/Belga")',
    '',
  ].join('\n'),
  'content/authors/bob.md': '---\nname: Bob\nrol: Editor\n---\n',
};

const EXPECTED = [
  `${DESK}/updates/body.md:5: body: the link "#update-rescue" leads to no update`,
  `${DESK}/updates/body.md:7: body: the image "crowd.jpg" has no alt text`,
  `${DESK}/updates/early.md:2: time: 2024-03-24T07:00:00+01:00 is before the article was published (2024-03-24T08:00:00+01:00)`,
  `${DESK}/updates/early.md:3: author: "ana-peeters" is not in the authors list (content/authors/); did you mean "anna-peeters"?`,
  `${SEED}/updates/future.md:2: time: 2024-03-26T09:00:00+01:00 is in the future`,
  `${SEED}/updates/key.md:1: file: gives the same update id "update-key" as Key.md; rename one of the files`,
  `${SEED}/updates/Key.md:3: title: is required for a key event (keyEvent: true)`,
  `${SEED}/updates/no-offset.md:2: time: "2024-03-24T15:30:00" has no time-zone offset`,
  'content/authors/bob.md:3: rol: unknown field; did you mean "role"?',
  'content/authors/bob.md:1: role: is required but missing',
];

function checkContent(site: TempSite) {
  const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    cwd: site.dir,
    env: { ...process.env, CONTENT_DIR: '', NEWS_NOW: NOW },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check:content on a broken copy of the project', () => {
  let site: TempSite;

  beforeAll(async () => {
    site = await makeTempSite('check', [
      join(projectRoot, 'content'),
      join(projectRoot, 'tests/fixtures/editors'),
    ]);
  });

  afterAll(() => site?.cleanup());

  it('passes on the intact copy', () => {
    const result = checkContent(site);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^content\/ is fine: 3 articles, \d+ updates, 2 authors\.$/m);
  });

  it('prints warnings with their path and line, and still exits 0', async () => {
    await writeFiles(site.dir, {
      [`${SEED}/updates/empty.md`]: '---\ntime: 2024-03-24T16:30:00+01:00\n---\n',
    });
    const result = checkContent(site);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `${SEED}/updates/empty.md:4: warning: body: the update has no headline and no text, so readers would see only its time; write the text below the front matter (and a title: if it needs one)\n`,
    );
    expect(result.stdout).toMatch(/^content\/ is fine \(1 warning above\): 3 articles/m);
    // The build publishes, and prints the same warning.
    const build = await site.build({ NEWS_NOW: NOW });
    expect(build.code, build.output).toBe(0);
    expect(stripVTControlCharacters(build.output)).toContain(
      `[content] ${SEED}/updates/empty.md:4: warning: body: the update has no headline and no text`,
    );
  });

  it('lists every problem with its path and line, and exits non-zero', async () => {
    await writeFiles(site.dir, BROKEN);
    await writeFile(
      join(site.dir, DESK, 'index.md'),
      '---\ntitle: Desk\npublished: 2024-03-24T08:00:00+01:00\nstatus: live\nauthors: [anna-peeters, nobody]\n---\n',
    );
    const result = checkContent(site);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    for (const expected of EXPECTED)
      expect(
        lines.some((line) => line.startsWith(expected)),
        expected,
      ).toBe(true);
    expect(result.stderr).toContain(`${DESK}/index.md:5: authors: "nobody" is not in the authors list`);
    expect(result.stderr).toContain(
      'content/ has 11 problems; fix them and run npm run check:content again.',
    );
  });

  it('the build stops on the same problems', async () => {
    const build = await site.build({ NEWS_NOW: NOW });
    expect(build.code).not.toBe(0);
    for (const expected of EXPECTED) expect(build.output).toContain(expected);
  });
});
