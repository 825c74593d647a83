import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** What a copy of the project needs to build; content/ is chosen per test. */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface BuildResult {
  code: number | null;
  output: string;
}

export interface TempSite {
  /** Root of the copy. */
  dir: string;
  contentDir: string;
  distDir: string;
  build(env?: Record<string, string>): Promise<BuildResult>;
  cleanup(): Promise<void>;
}

/**
 * A throwaway copy of the project (sharing node_modules through a symlink) so a
 * test can build its own content without racing other builds over `.astro/`.
 * `contentSources` are folders whose `articles/` (and other) trees are merged in order.
 */
export async function makeTempSite(name: string, contentSources: string[]): Promise<TempSite> {
  const dir = await mkdtemp(join(tmpdir(), `live-news-${name}-`));
  for (const file of PROJECT_FILES) await cp(join(projectRoot, file), join(dir, file), { recursive: true });
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const contentDir = join(dir, 'content');
  for (const source of contentSources) await cp(source, contentDir, { recursive: true });
  return {
    dir,
    contentDir,
    distDir: join(dir, 'dist'),
    build: (env = {}) => runBuild(dir, env),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export function runBuild(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: dir,
      // Each copy keeps its own Astro cache: the default one sits in the shared node_modules,
      // where parallel builds of different content would race over one content store.
      env: {
        ...process.env,
        CONTENT_DIR: '',
        OUT_DIR: '',
        ASTRO_CACHE_DIR: join(dir, '.astro-cache'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}
