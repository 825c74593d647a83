import { join } from 'node:path';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { makeTempSite, projectRoot, type BuildResult, type TempSite } from './temp-site.ts';

/**
 * The site the publish tests start from: a temporary copy of the project with the real
 * and e2e content plus 3 synthetic live articles of 39 updates each, built once with its
 * own cache (`env`). 39: one more fills the main page (livePageSize 20), so publishing the
 * 40th moves the oldest 20 to a new older page, and their search records with them.
 */
export async function buildPublishSite(
  name: string,
): Promise<{ site: TempSite; env: Record<string, string>; first: BuildResult }> {
  const site = await makeTempSite(name, [
    join(projectRoot, 'content'),
    join(projectRoot, 'tests/fixtures/e2e'),
  ]);
  await writeCorpus(site.contentDir, { articles: 3, updates: 39, photos: 1, seed: 7 });
  const env = { ASTRO_CACHE_DIR: join(site.dir, '.cache') };
  return { site, env, first: await site.build(env) };
}
