// `npm run build -- --shard i/n`: which part of the site this build writes.
import { parseArgs } from 'node:util';
import { parseShard, type Shard } from '../../src/model/shard.ts';

/** The file a shard build leaves at the top of its folder, read (and left out) by merge-shards. */
export const SHARD_FILE = 'shard.json';

/** The shard asked for in `args` (after "npm run build --"), or undefined for a whole build; throws on bad input. */
export function readShardOption(args: readonly string[]): Shard | undefined {
  let values: { shard?: string };
  try {
    ({ values } = parseArgs({ args: [...args], options: { shard: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new Error(
      `${(error as Error).message}. npm run build takes one option: --shard i/n (e.g. npm run build -- --shard 1/3).`,
      { cause: error },
    );
  }
  return values.shard === undefined ? undefined : parseShard(values.shard);
}
