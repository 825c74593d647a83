// The desk's HTTP server: every request passes the guard (token, Host, Origin), every
// answer carries the desk's own strict CSP, and a route is looked up by pattern.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientFiles } from './client-files.ts';
import type { DeskContext } from './desk-context.ts';
import { DeskRefusal } from './desk-files.ts';
import { checkRequest } from './desk-guard.ts';
import { html, page } from './html.ts';
import { deskRoutes } from './desk-routes.ts';
import { readForm } from './read-form.ts';

const HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export interface DeskOptions {
  host: string;
  port: number;
  token: string;
}

export async function startDesk(
  ctx: DeskContext,
  options: DeskOptions,
): Promise<{ server: Server; url: string }> {
  const table = deskRoutes(ctx);
  const files = await clientFiles();
  let hosts: string[] = [];
  const server = createServer((req, res) => {
    void answer(req, res).catch((error: unknown) => {
      const status = error instanceof DeskRefusal ? error.status : 500;
      if (status === 500) console.error(error);
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent)
        send(
          res,
          status,
          page(
            'Refused',
            html`<h1>Not done</h1>
              <p role="alert">${message}</p>`,
          ),
        );
    });
  });
  async function answer(req: IncomingMessage, res: ServerResponse) {
    const verdict = checkRequest(
      {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        host: req.headers.host,
        origin: req.headers.origin,
        cookie: req.headers.cookie,
      },
      options.token,
      hosts,
    );
    if (!verdict.ok) {
      if (verdict.status === 303) {
        res.writeHead(303, { ...HEADERS, location: verdict.location, 'set-cookie': verdict.setCookie }).end();
        return;
      }
      return send(
        res,
        verdict.status,
        page(
          'Refused',
          html`<h1>Refused</h1>
            <p role="alert">${verdict.message}</p>`,
        ),
      );
    }
    const url = new URL(req.url ?? '/', 'http://desk');
    const file = files.get(url.pathname);
    if (file && req.method === 'GET') {
      res.writeHead(200, { ...HEADERS, 'content-type': file.type }).end(file.text);
      return;
    }
    const { form, files: uploads } =
      req.method === 'POST'
        ? await readForm(req)
        : { form: new URLSearchParams(), files: new Map<string, File>() };
    for (const [method, pattern, handle] of table) {
      const match = pattern.exec(url.pathname);
      if (!match || method !== req.method) continue;
      const parts = match.slice(1).map(decodePart);
      const reply = await handle(parts, form, url.searchParams, uploads);
      if ('redirect' in reply) res.writeHead(303, { ...HEADERS, location: reply.redirect }).end();
      else if ('type' in reply)
        res.writeHead(reply.status, { ...HEADERS, 'content-type': reply.type }).end(reply.body);
      else send(res, reply.status, reply.html);
      return;
    }
    throw new DeskRefusal(404, `Nothing at ${url.pathname}.`);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  hosts = [`${host}:${port}`, ...(options.host === '127.0.0.1' ? [`localhost:${port}`] : [])];
  return { server, url: `http://${host}:${port}/` };
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new DeskRefusal(400, 'That address is malformed.');
  }
}

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { ...HEADERS, 'content-type': 'text/html; charset=utf-8' }).end(body);
}
