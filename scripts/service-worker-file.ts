// dist/sw.js, the offline-reading service worker (docs/reading.md), written after Astro's build.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { SITE_LANGUAGE } from '../src/data/site-language.ts';
import { offlineWords } from '../src/i18n/script-words.ts';

const ENTRY = resolve(import.meta.dirname, '../src/scripts/service-worker.ts');

/**
 * Names this build's caches: it changes when the scripts, the stylesheet or the offline page
 * do, so a new worker installs and deletes the old caches. It depends on nothing else, so
 * builds that change only content keep readers' saved pages.
 */
export async function serviceWorkerVersion(dir: string): Promise<string> {
  const code = (await readdir(join(dir, '_astro'))).filter((name) => /\.(css|js)$/.test(name)).sort();
  const offlinePage = await readFile(join(dir, 'offline', 'index.html'));
  return createHash('sha256').update(code.join('\n')).update(offlinePage).digest('hex').slice(0, 12);
}

/** Bundles src/scripts/service-worker.ts for the site in `dir`, served under `base`. */
export async function writeServiceWorker(dir: string, base: string): Promise<void> {
  const define = {
    __SW_BASE__: JSON.stringify(base.replace(/\/*$/, '/')),
    __SW_VERSION__: JSON.stringify(await serviceWorkerVersion(dir)),
    __SW_WORDS__: JSON.stringify(offlineWords(SITE_LANGUAGE)),
  };
  // One entry, one format: Vite answers with one output holding one chunk.
  const [output] = (await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define,
    build: {
      write: false,
      minify: true,
      lib: { entry: ENTRY, formats: ['iife'], name: 'offlineReading', fileName: () => 'sw.js' },
    },
  })) as Rolldown.RolldownOutput[];
  await writeFile(join(dir, 'sw.js'), output!.output[0].code);
}
