import { join } from 'node:path';
import { makeTempSite, projectRoot } from '../helpers/temp-site.ts';
import { startStaticServer } from '../helpers/static-server.ts';

/**
 * Builds the project's content plus the e2e fixture articles as a production
 * site, serves it on 127.0.0.1 and hands its URL to the tests.
 */
export default async function globalSetup() {
  const site = await makeTempSite('e2e', [
    join(projectRoot, 'content'),
    join(projectRoot, 'tests/fixtures/e2e'),
  ]);
  const result = await site.build();
  if (result.code !== 0) throw new Error(`The e2e site did not build:\n${result.output}`);
  const server = await startStaticServer(site.distDir);
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_DIST_DIR = site.distDir;
  process.env.E2E_SITE_DIR = site.dir;
  return async () => {
    await server.close();
    await site.cleanup();
  };
}
