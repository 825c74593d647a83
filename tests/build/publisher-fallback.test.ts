import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUpdate, articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { startPublisherProcess, type RunningPublisher } from '../../scripts/bench/publisher-runs.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';
import { runNodeScript } from '../helpers/run-script.ts';

// When the kept build cannot render as a build would (kept-build.ts throws KeptBuildUnusable),
// the publisher must not crash: it says why and publishes through a new build. Here the copy's
// listing pages stop counting their getStaticPaths runs, as when Astro's prerenderer answers
// from its cache of static paths (an upgrade that changed what kept-build.ts relies on).
describe('npm run publisher when the build cannot be kept', () => {
  let site: TempSite;
  let env: Record<string, string>;
  let publisher: RunningPublisher | undefined;

  beforeAll(async () => {
    site = await makeTempSite('publisher-fallback', [join(projectRoot, 'content')]);
    const listings = join(site.dir, 'src/data/listing-props.ts');
    const text = await readFile(listings, 'utf8');
    expect(text).toContain('listings.runs++;');
    await writeFile(listings, text.replace('listings.runs++;', ''));
    await writeCorpus(site.contentDir, { articles: 2, updates: 3, photos: 0, seed: 3 });
    env = { ASTRO_CACHE_DIR: join(site.dir, '.cache'), CONTENT_DIR: '', OUT_DIR: '' };
    const built = await site.build(env);
    expect(built.code, built.output).toBe(0);
    publisher = await startPublisherProcess(site.dir, env);
  });

  afterAll(async () => {
    await publisher?.stop();
    await site?.cleanup();
  });

  it('publishes through a new build each time, saying why, and the update is online', async () => {
    for (const number of [3, 4]) {
      await addUpdate(site.contentDir, 1, number, 11);
      const result = await runNodeScript(site.dir, ['scripts/publish.ts', articleSlug(1)], env);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(
        /^Online: story-0002 published by the publisher with a new build \(the kept build cannot render \(Astro listed the pages it had cached instead of listing them again\)\)/m,
      );
      const page = await readFile(join(site.distDir, 'articles', articleSlug(1), 'index.html'), 'utf8');
      expect(page).toContain(`id="update-000${number + 1}-update"`);
    }
  });
});
