import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject, projectRoot } from '../../scripts/bench/project-copy.ts';
import { runNodeScript, type ScriptResult } from './run-script.ts';

export { projectRoot };

export type BuildResult = ScriptResult;

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
  await copyProject(dir);
  const contentDir = join(dir, 'content');
  for (const source of contentSources) await cp(source, contentDir, { recursive: true });
  return {
    dir,
    contentDir,
    distDir: join(dir, 'dist'),
    // Each copy keeps its own Astro cache: the default one sits in the shared node_modules,
    // where parallel builds of different content would race over one content store.
    build: (env = {}) =>
      runNodeScript(dir, ['scripts/build.ts'], { ASTRO_CACHE_DIR: join(dir, '.astro-cache'), ...env }),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
