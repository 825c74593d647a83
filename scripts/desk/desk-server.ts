// The desk's HTTP server: every request passes the guard (token, Host, Origin), every
// answer carries the desk's own strict CSP, and a route is looked up by pattern.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postCoverage, postPreview, postUpdate, showArticle, type Reply } from './article-routes.ts';
import { clientFiles } from './client-files.ts';
import type { DeskContext } from './desk-context.ts';
import { DeskRefusal } from './desk-files.ts';
import { checkRequest } from './desk-guard.ts';
import { html, page } from './html.ts';
import { listDeskArticles } from './article-list.ts';
import { listScreen } from './list-screen.ts';
import { MAX_UPLOAD_BYTES } from './photo-upload.ts';
import { postArticle, showNewArticle } from './new-article.ts';
import { postEdit, showUpdate } from './update-routes.ts';
import { readTree } from './desk-context.ts';

/** A form without a photo is small; a photo may be up to MAX_UPLOAD_BYTES. */
export const MAX_FORM_BYTES = 2 * 1024 * 1024;

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

type Route = [
  method: string,
  pattern: RegExp,
  handle: (
    m: string[],
    form: URLSearchParams,
    query: URLSearchParams,
    files: Map<string, File>,
  ) => Promise<Reply>,
];

function routes(ctx: DeskContext): Route[] {
  const show = (html: string): Reply => ({ status: 200, html });
  const name = '([^/]+)';
  return [
    ['GET', /^\/$/, async () => show(listScreen(listDeskArticles(await readTree(ctx))))],
    ['GET', /^\/new-article$/, async () => show(showNewArticle())],
    ['POST', /^\/articles$/, (_, form) => postArticle(ctx, form)],
    ['GET', new RegExp(`^/articles/${name}/$`), ([slug], _, q) => showArticle(ctx, slug!, q).then(show)],
    [
      'POST',
      new RegExp(`^/articles/${name}/updates$`),
      ([slug], form, _, files) => postUpdate(ctx, slug!, form, files),
    ],
    ['POST', new RegExp(`^/articles/${name}/preview$`), ([slug], form) => postPreview(ctx, slug!, form)],
    [
      'POST',
      new RegExp(`^/articles/${name}/(end|reopen)$`),
      ([slug, how]) => postCoverage(ctx, slug!, how as 'end'),
    ],
    [
      'GET',
      new RegExp(`^/articles/${name}/updates/${name}$`),
      ([slug, file], _, q) => showUpdate(ctx, slug!, file!, q).then(show),
    ],
    [
      'POST',
      new RegExp(`^/articles/${name}/updates/${name}$`),
      ([slug, file], form) => postEdit(ctx, slug!, file!, form),
    ],
  ];
}

export interface DeskOptions {
  host: string;
  port: number;
  token: string;
}

export async function startDesk(
  ctx: DeskContext,
  options: DeskOptions,
): Promise<{ server: Server; url: string }> {
  const table = routes(ctx);
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
      const parts = match.slice(1).map((part) => decodeURIComponent(part));
      const reply = await handle(parts, form, url.searchParams, uploads);
      if ('redirect' in reply) res.writeHead(303, { ...HEADERS, location: reply.redirect }).end();
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

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { ...HEADERS, 'content-type': 'text/html; charset=utf-8' }).end(body);
}

/** A form, urlencoded or multipart (a photo); files apart, sizes limited as they arrive. */
async function readForm(req: IncomingMessage): Promise<{ form: URLSearchParams; files: Map<string, File> }> {
  const type = req.headers['content-type'] ?? '';
  const multipart = /^multipart\/form-data\b/.test(type);
  if (!multipart && !/^application\/x-www-form-urlencoded\b/.test(type))
    throw new DeskRefusal(415, 'The desk takes its own forms only.');
  const limit = multipart ? MAX_UPLOAD_BYTES + MAX_FORM_BYTES : MAX_FORM_BYTES;
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit)
      throw new DeskRefusal(
        413,
        multipart
          ? 'The photo is larger than 40 MB; send a smaller one.'
          : 'That is more text than one update can hold.',
      );
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  if (!multipart) return { form: new URLSearchParams(body.toString('utf8')), files: new Map() };
  // The platform's own multipart parser (the fetch API's Request), no dependency.
  const data = await new Request('http://desk/', {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  }).formData();
  const form = new URLSearchParams();
  const files = new Map<string, File>();
  for (const [key, value] of data) {
    if (typeof value === 'string') form.append(key, value);
    else files.set(key, value);
  }
  return { form, files };
}
