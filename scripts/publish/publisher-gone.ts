// An editor who started `npm run publisher` expects publishes to go through it: when
// it has stopped (crashed, terminal closed), say so before the slower publish by build.
import { readAddress } from '../publisher/connection.ts';
import { isRunning } from '../site-files.ts';

/** Says (on stderr) that the publisher announced for `dist` is gone; nothing when none was started. */
export async function sayIfPublisherGone(dist: string, say = (line: string) => console.error(line)) {
  if (process.env.PUBLISH_WITHOUT_PUBLISHER) return;
  const address = await readAddress(dist);
  if (!address) return;
  const how = isRunning(address.pid) ? 'does not answer' : 'is not running any more';
  say(
    `The publisher (process ${address.pid}) ${how}: publishing without it, which takes longer. ` +
      'Start it again with "npm run publisher" in its own terminal.',
  );
}
