import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceWorkerVersion, writeServiceWorker } from '../../../scripts/service-worker-file.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sw-file-'));
  await mkdir(join(dir, '_astro'));
  await mkdir(join(dir, 'offline'));
  await writeFile(join(dir, 'offline', 'index.html'), '<h1>You are offline</h1>');
  for (const name of ['global.Ab12.css', 'OfflineNote.Cd34.js'])
    await writeFile(join(dir, '_astro', name), '');
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('serviceWorkerVersion', () => {
  it('changes when a script or the stylesheet changes, so readers get a new worker', async () => {
    const before = await serviceWorkerVersion(dir);
    await rm(join(dir, '_astro', 'global.Ab12.css'));
    await writeFile(join(dir, '_astro', 'global.Ef56.css'), '');
    expect(await serviceWorkerVersion(dir)).not.toBe(before);
  });

  it('changes when the offline page does', async () => {
    const before = await serviceWorkerVersion(dir);
    await writeFile(join(dir, 'offline', 'index.html'), '<h1>Offline</h1>');
    expect(await serviceWorkerVersion(dir)).not.toBe(before);
  });

  it('stays when only content changes (a new photo), so saved pages are kept', async () => {
    const before = await serviceWorkerVersion(dir);
    await writeFile(join(dir, '_astro', 'photo.Gh78.avif'), '');
    await writeFile(join(dir, 'index.html'), '<p>news</p>');
    expect(await serviceWorkerVersion(dir)).toBe(before);
  });
});

describe('writeServiceWorker', () => {
  it('writes one classic script (no imports) for the base path, with this build version', async () => {
    await writeServiceWorker(dir, '/live-news');
    const code = await readFile(join(dir, 'sw.js'), 'utf8');
    expect(code).toContain('/live-news/offline/');
    expect(code).toContain(await serviceWorkerVersion(dir));
    expect(code).not.toMatch(/\bimport\s*[{(*"'`]|\bexport\s/);
    expect(code).not.toContain('__SW_');
    // Every handler the worker needs is there.
    for (const event of ['install', 'activate', 'message', 'fetch'])
      expect(code).toMatch(new RegExp(String.raw`["'\x60]${event}["'\x60]`));
  });
});
