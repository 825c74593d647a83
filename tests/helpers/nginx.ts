import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NGINX_PATHS } from '../../scripts/prerequisites.ts';
import { projectRoot } from './temp-site.ts';

export const NGINX_SITE_FILE = join(projectRoot, 'deploy/nginx.conf');

export interface RunningNginx {
  /** https://127.0.0.1:port (the site server block). */
  url: string;
  /** http://127.0.0.1:port (the redirect-to-https server block). */
  plainUrl: string;
  stop(): Promise<void>;
}

/** The nginx binary (Debian's), or a clear message saying how to install it. */
export function nginxPath(): string {
  const found = NGINX_PATHS.find((p) => existsSync(p));
  if (!found) throw new Error('nginx is not installed: run "apt-get install nginx" (.ci/run does it).');
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The documented site file with only deploy values substituted: the ports,
 * the certificate (a throwaway self-signed one) and the root folder.
 */
export function substituteSite(
  text: string,
  v: { root: string; port: number; plainPort: number; cert: string; key: string },
) {
  return text
    .replace(/^(\s*)listen 443 ssl http2;$/m, `$1listen 127.0.0.1:${v.port} ssl http2;`)
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${v.plainPort};`)
    .replace(/^\s*listen \[::\]:\d+.*\n/gm, '')
    .replace(/^(\s*)ssl_certificate .*;$/m, `$1ssl_certificate ${v.cert};`)
    .replace(/^(\s*)ssl_certificate_key .*;$/m, `$1ssl_certificate_key ${v.key};`)
    .replace(/^(\s*)root .*;$/m, `$1root ${v.root};`);
}

/** Starts nginx in the foreground with its own pid, logs and temp folders; never touches /etc/nginx. */
export async function startNginx(root: string): Promise<RunningNginx> {
  const dir = await mkdtemp(join(tmpdir(), 'live-news-nginx-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const [port, plainPort] = [await freePort(), await freePort()];
  const site = substituteSite(await readFile(NGINX_SITE_FILE, 'utf8'), { root, port, plainPort, cert, key });
  await writeFile(join(dir, 'site.conf'), site);
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  for (const t of temps) await mkdir(join(dir, t));
  const tempPaths = temps.map((t) => `  ${t}_temp_path ${join(dir, t)};`).join('\n');
  await writeFile(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${tempPaths}
  include ${join(dir, 'site.conf')};
}
`,
  );
  const child: ChildProcess = spawn(
    nginxPath(),
    ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(
    port,
    () => child.exitCode !== null,
    () => stderr,
  );
  return {
    url: `https://127.0.0.1:${port}`,
    plainUrl: `http://127.0.0.1:${plainPort}`,
    async stop() {
      // QUIT: graceful shutdown of the master we started (and its worker), by pid.
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, dead: () => boolean, log: () => string) {
  for (let i = 0; i < 200; i++) {
    if (dead()) throw new Error(`nginx exited:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on ${port}:\n${log()}`);
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One GET (or HEAD) request; the test certificate is self-signed, so it is not verified. */
export function fetchRaw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  const send = url.startsWith('https:') ? request : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method, headers, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.once('error', reject);
    req.end();
  });
}
