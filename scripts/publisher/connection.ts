// How `npm run publish` finds and asks a running publisher: an HTTP server on
// 127.0.0.1 (a free port), announced in a file next to dist/ with its port and a
// random token that every request must carry; the file is readable by its owner only.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isRunning } from '../site-files.ts';

export interface PublisherAddress {
  pid: number;
  port: number;
  token: string;
}

/** Where a publisher for the site folder `dist` announces itself. */
export const addressFile = (dist: string) => join(dirname(dist), `.${basename(dist)}-publisher.json`);

export const newToken = () => randomBytes(24).toString('base64url');

export async function announce(dist: string, address: PublisherAddress): Promise<void> {
  await writeFile(addressFile(dist), `${JSON.stringify(address)}\n`, { mode: 0o600 });
}

/** Removes the announcement, if it is still this process's. */
export async function withdraw(dist: string, pid = process.pid): Promise<void> {
  if ((await readAddress(dist))?.pid === pid) await rm(addressFile(dist), { force: true });
}

export async function readAddress(dist: string): Promise<PublisherAddress | undefined> {
  try {
    const value = JSON.parse(await readFile(addressFile(dist), 'utf8')) as Partial<PublisherAddress>;
    if (Number.isInteger(value.pid) && Number.isInteger(value.port) && typeof value.token === 'string')
      return value as PublisherAddress;
  } catch {
    // No publisher announced (or a file half-written): publish without one.
  }
  return undefined;
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * Asks the publisher announced for `dist`; undefined when none is announced, its
 * process is gone, or it does not accept the connection (then publish without it).
 */
export async function askPublisher(dist: string, path: string): Promise<Answer | undefined> {
  const address = await readAddress(dist);
  if (!address || !isRunning(address.pid)) return undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: address.port,
        method: 'POST',
        path,
        headers: { authorization: `Bearer ${address.token}` },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> });
          } catch {
            reject(
              new Error(
                `The publisher answered ${res.statusCode} with something that is not JSON: ${text.slice(0, 200)}`,
              ),
            );
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve(undefined);
      else reject(error);
    });
    req.end();
  });
}
