import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/headers-file.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';
import { snapshotDir } from '../helpers/snapshot-dir.ts';

let site: TempSite;
let before: Record<string, string>;
let firstOutput: string;

const hashDist = () => snapshotDir(site.distDir);

const staging = async () => (await readdir(site.dir)).filter((name) => name.startsWith('.dist-building-'));

/** The folders beside dist/ that hold a site: the replaced one, and any being removed. */
const aside = async () =>
  (await readdir(site.dir)).filter((name) => /^\.dist-(previous|removing-)/.test(name)).sort();

const hasFiles = async (dir: string): Promise<boolean> => {
  try {
    return listFiles(dir, ['']).length > 0;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  site = await makeTempSite('atomic', [join(projectRoot, 'content')]);
  const result = await site.build({ SITE_URL: '' });
  if (result.code !== 0) throw new Error(result.output);
  firstOutput = result.output;
  before = await hashDist();
});

afterAll(async () => {
  await site?.cleanup();
});

describe('atomic builds: dist/ changes only when a build succeeds', () => {
  it('starts from a complete build', () => {
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['index.html', '_headers', '404.html']));
  });

  it('a build with the placeholder address says so in one line naming the setting', () => {
    const lines = firstOutput.split('\n').filter((line) => line.startsWith('Site address:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('http://localhost:4321');
    expect(lines[0]).toContain('set url in src/site.ts (or SITE_URL)');
  });

  it('a build of a site with no authors and no photos prints no warning of empty collections', () => {
    expect(firstOutput).not.toMatch(/WARN|does not exist or is empty/);
  });

  it('a site address that is not one fails before anything is built, naming the setting', async () => {
    const result = await site.build({ SITE_URL: 'news.example.org/live' });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('SITE_URL: "news.example.org/live" is not an address');
    expect(await hashDist()).toEqual(before);
  });

  it('a build that fails after writing every page leaves dist/ byte for byte as it was', async () => {
    // A folder where the build writes _headers makes it fail at its very last step.
    await mkdir(join(site.dir, 'public/_headers'), { recursive: true });
    try {
      const result = await site.build();
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(/dist\/ was left unchanged/);
    } finally {
      await rm(join(site.dir, 'public/_headers'), { recursive: true });
    }
    expect(await hashDist()).toEqual(before);
    expect(await staging()).toEqual([]);
  });

  it('a build killed with SIGKILL while writing leaves dist/ as it was; the next build cleans up', async () => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: site.dir,
      env: { ...process.env, CONTENT_DIR: '', OUT_DIR: '', ASTRO_CACHE_DIR: '' },
      stdio: 'ignore',
      detached: true,
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_c, signal) => resolve(signal)),
    );
    const folder = join(site.dir, `.dist-building-${child.pid}`);
    // Kill the whole process group as soon as the build has written its first file.
    while (!(await hasFiles(folder))) {
      if (child.exitCode !== null) throw new Error('the build ended before it was killed');
      await new Promise((r) => setTimeout(r, 5));
    }
    process.kill(-child.pid!, 'SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(await hashDist()).toEqual(before);
    expect(await staging()).toEqual([`.dist-building-${child.pid}`]);

    const next = await site.build();
    expect(next.code, next.output).toBe(0);
    expect(await staging()).toEqual([]);
    // Nor is anything left of the replaced site the killed build had begun to remove.
    expect(await aside()).toEqual(['.dist-previous']);
    expect(Object.keys(await hashDist()).sort()).toEqual(Object.keys(before).sort());
  });

  it('the replaced site stays beside dist/ as .dist-previous until the next build writes into its folders', async () => {
    await writeFile(join(site.dir, '.dist-previous', 'from-the-build-before-last.txt'), 'old');
    await mkdir(join(site.dir, '.dist-previous', 'a-folder-no-build-writes'));
    const folder = (await stat(join(site.dir, '.dist-previous', 'articles'))).ino;
    const current = await hashDist();
    const result = await site.build();
    expect(result.code, result.output).toBe(0);
    // The build before last is gone, its folders taken by this build (scripts/reused-folders.ts),
    // without a file or a folder of its own left over; the last one is the way back.
    expect(await aside()).toEqual(['.dist-previous']);
    expect((await stat(join(site.distDir, 'articles'))).ino).toBe(folder);
    expect(existsSync(join(site.distDir, 'from-the-build-before-last.txt'))).toBe(false);
    expect(existsSync(join(site.distDir, 'a-folder-no-build-writes'))).toBe(false);
    expect(await snapshotDir(site.distDir)).toEqual(current);
    expect(await snapshotDir(join(site.dir, '.dist-previous'))).toEqual(current);
  });

  it('a build killed between its two renames gets the old dist/ back on the next run, even if that run fails', async () => {
    const current = await hashDist();
    // As replaceSiteFolder does: the site before goes, dist/ is moved aside, and then the kill.
    await rm(join(site.dir, '.dist-previous'), { recursive: true, force: true });
    await rename(site.distDir, join(site.dir, '.dist-previous'));
    const broken = join(site.contentDir, 'articles/moscow-concert-hall-attack/updates/broken.md');
    await writeFile(broken, '---\ntime: 2024-03-24T18:00:00\n---\nNo offset.\n');
    try {
      const result = await site.build();
      expect(result.code).not.toBe(0);
    } finally {
      await rm(broken);
    }
    expect(existsSync(join(site.dir, '.dist-previous'))).toBe(false);
    expect(await hashDist()).toEqual(current);
  });

  it("a rebuild with nothing changed takes the last build's search index and writes the same site", async () => {
    const current = await hashDist();
    const result = await site.build();
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("(unchanged, the last build's index)");
    expect(await hashDist()).toEqual(current);
    expect(existsSync(join(site.dir, '.dist-search', 'main-bundle.json'))).toBe(true);
  });
});
