// `npm run desk` is the publisher started with --desk: the same process serves the desk,
// so a publish from the browser goes through the publisher's queue like any other.
import { parseArgs } from 'node:util';
import type { Server } from 'node:http';
import { contentDirFor } from '../../src/loaders/content-dir.ts';
import type { Publisher } from '../publisher/publisher.ts';
import { newToken } from '../publisher/connection.ts';
import { startDesk } from './desk-server.ts';

export const DEFAULT_DESK_PORT = 4322;

export interface DeskStart {
  host: string;
  port: number;
}

/**
 * The desk's options when the command line asks for the desk (--desk), read before the
 * publisher's build so a mistake is said at once; a mistake ends the process.
 */
export function readDeskOptions(argv: string[]): DeskStart | undefined {
  // The publisher alone takes no options; only `--desk` makes these ones its own.
  if (!argv.includes('--desk')) return undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { desk: { type: 'boolean' }, host: { type: 'string' }, port: { type: 'string' } },
    });
    const host = values.host ?? '127.0.0.1';
    // Browsers must name the desk by the address it listens on (the Host check), so a
    // wildcard address would refuse them all.
    if (['0.0.0.0', '::', ''].includes(host))
      throw new Error(
        `--host ${host}: give this computer's own address on the network, e.g. --host 192.168.1.20`,
      );
    const port = values.port === undefined ? DEFAULT_DESK_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port ${values.port}: give a port number such as ${DEFAULT_DESK_PORT}`);
    return { host, port };
  } catch (error) {
    console.error(`npm run desk: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/** Starts the desk on the publisher and prints its one address, token included. */
export async function openDesk(publisher: Publisher, { host, port }: DeskStart): Promise<Server> {
  const token = newToken();
  const root = publisher.root;
  const { server, url } = await startDesk(
    { root, contentDir: contentDirFor(root), publisher },
    { host, port, token },
  );
  if (!['127.0.0.1', 'localhost', '::1'].includes(host))
    console.log(
      `Warning: the desk listens on ${host}, so other computers can reach it; anyone with the token can publish.`,
    );
  console.log(`Desk: ${url}?token=${token}`);
  return server;
}
