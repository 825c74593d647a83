import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { makeTempSite, projectRoot, type TempSite } from './temp-site.ts';

export interface RunningDesk {
  site: TempSite;
  /** The address the desk printed, token included. */
  address: string;
  /** The desk's origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** The built site, served as readers get it. */
  reader: StaticServer;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * A temporary copy of the project (real and e2e content), built, then `npm run desk` on
 * a free port of 127.0.0.1 and the built site served statically beside it.
 */
export async function startDeskSite(): Promise<RunningDesk> {
  const site = await makeTempSite('desk', [
    join(projectRoot, 'content'),
    join(projectRoot, 'tests/fixtures/e2e'),
  ]);
  const env = { ASTRO_CACHE_DIR: join(site.dir, '.cache') };
  const built = await site.build(env);
  if (built.code !== 0) throw new Error(`The desk's site did not build:\n${built.output}`);
  const child = spawn(process.execPath, ['scripts/publisher.ts', '--desk', '--port', '0'], {
    cwd: site.dir,
    env: { ...process.env, CONTENT_DIR: '', OUT_DIR: '', ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const closed = new Promise<void>((done) => child.on('close', () => done()));
  const address = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      text += chunk;
      const found = /^Desk: (\S+)$/m.exec(text);
      if (found) resolve(found[1]!);
    });
    child.stderr.on('data', (chunk) => (text += chunk));
    void closed.then(() => reject(new Error(`The desk exited before it was ready:\n${text}`)));
  });
  const reader = await startStaticServer(site.distDir);
  return {
    site,
    address,
    origin: new URL(address).origin,
    reader,
    output: () => text,
    stop: async () => {
      child.kill('SIGTERM');
      await closed;
      await reader.close();
      await site.cleanup();
    },
  };
}
