// npm run publisher
// The long-lived publisher: builds once (about as long as `npm run publish`), keeps
// the build in memory, and from then on `npm run publish -- <slug>` in another
// terminal publishes through it, in about a second for a text update. Stops on
// Ctrl-C (or SIGTERM) once the publish under way and the search index are done.
import { resolve } from 'node:path';
import { contentDirFor } from '../src/loaders/content-dir.ts';
import { readNow } from '../src/loaders/news-now.ts';
import { watchSchedule } from './publisher/schedule.ts';
import { announce, newToken, readAddress, withdraw } from './publisher/connection.ts';
import { Publisher } from './publisher/publisher.ts';
import { servePublisher } from './publisher/server.ts';
import { openDesk, readDeskOptions } from './desk/start-desk.ts';
import { announceSiteAddress, isRunning, resetBuildEnvironment } from './site-files.ts';

resetBuildEnvironment();
announceSiteAddress();
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR || 'dist');
// npm run desk: the newsroom desk in this process (scripts/desk/README.md).
const deskOptions = readDeskOptions(process.argv.slice(2));
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

const other = await readAddress(dist);
if (other && other.pid !== process.pid && isRunning(other.pid)) {
  console.error(`A publisher already runs for this site (process ${other.pid}); stop it first.`);
  process.exit(1);
}

const started = performance.now();
const publisher = new Publisher(root, dist);
try {
  await publisher.start();
} catch (error) {
  console.error(`\nThe publisher could not start; nothing was changed.`);
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const token = newToken();
const { server, port } = await servePublisher(publisher, token);
await announce(dist, { pid: process.pid, port, token });
console.log(
  `Publisher ready in ${seconds(started)}: "npm run publish -- <slug>" now publishes through it. ` +
    'Ctrl-C stops it.',
);
const desk = deskOptions && (await openDesk(publisher, deskOptions));
// Scheduled updates go online at their time, with no one at the keyboard.
const schedule = watchSchedule({
  contentDir: contentDirFor(root),
  publish: (slug) => publisher.publish(slug),
  log: console.log,
  now: () => readNow(),
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  schedule.stop();
  console.log('Stopping once the publish under way and the search index are done...');
  await withdraw(dist);
  server.close();
  desk?.close();
  await publisher.close();
  process.exit(publisher.searchError ? 1 : 0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
