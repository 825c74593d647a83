/**
 * The offline-reading service worker (docs/reading.md), bundled into dist/sw.js by
 * scripts/service-worker-file.ts, which defines the three constants below for the build.
 * It keeps the pages a reader opens and their assets, and shows a saved page with
 * "Offline, last updated 14:05" when the network fails. Live polls, search files and
 * other origins pass by untouched.
 */
import {
  cacheNames,
  cacheRuleFor,
  isKeepable,
  markOffline,
  MAX_ASSETS,
  MAX_PAGES,
  offlineNote,
  pageAssets,
  pageOfflineWords,
  staleCaches,
  type OfflineWords,
} from '../model/offline-cache.ts';

declare const __SW_BASE__: string;
declare const __SW_VERSION__: string;
/** The note's words in the site's language, for a saved page that does not carry its own. */
declare const __SW_WORDS__: OfflineWords;

// The worker's events, typed here: the project's TypeScript knows the page's (DOM) types only.
interface WaitEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface RequestEvent extends WaitEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface PageMessage extends WaitEvent {
  data: unknown;
}

const worker = self as unknown as { skipWaiting(): Promise<void> };
const CACHES = cacheNames(__SW_VERSION__);
const OFFLINE_PAGE = `${__SW_BASE__}offline/`;
/** When a page was saved (ms since 1970), kept with its copy for the offline note. */
const SAVED_AT = 'x-offline-saved';

function on<E extends Event>(type: string, listener: (event: E) => void): void {
  self.addEventListener(type, (event) => listener(event as E));
}

on<WaitEvent>('install', (event) => {
  // skipWaiting: a new build's worker takes over at once, so nobody stays on old assets.
  event.waitUntil(saveOfflinePage().then(() => worker.skipWaiting()));
});

on<WaitEvent>('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(staleCaches(names, __SW_VERSION__).map((n) => caches.delete(n)))),
  );
});

// The first page a reader opens loaded before the worker ran: it sends what it loaded.
on<PageMessage>('message', (event) => {
  const urls = (event.data as { save?: unknown } | null)?.save;
  if (!Array.isArray(urls)) return;
  const requests = urls
    .filter((url) => typeof url === 'string' && URL.canParse(url))
    .map((url) => ruled(new Request(url as string)))
    .filter((found) => found !== undefined);
  event.waitUntil(
    Promise.all(requests.map(([request, rule]) => fetchAndKeep(request, rule).catch(() => undefined))),
  );
});

on<RequestEvent>('fetch', (event) => {
  const found = ruled(event.request);
  if (!found) return;
  const [request, rule] = found;
  event.respondWith(rule === 'asset' ? fromCache(request) : fromNetwork(request, event));
});

/** The request with what to do with it, or undefined to leave it to the browser. */
function ruled(request: Request): [Request, 'asset' | 'page'] | undefined {
  const url = new URL(request.url);
  if (request.method !== 'GET' || request.headers.has('range') || url.origin !== location.origin) return;
  const rule = cacheRuleFor(url.pathname, __SW_BASE__);
  return rule === 'network' ? undefined : [request, rule];
}

async function fromCache(request: Request): Promise<Response> {
  // Any of this build's caches: the offline page's stylesheet is kept apart from the others.
  return (await caches.match(request)) ?? fetchAndKeep(request, 'asset');
}

async function fromNetwork(request: Request, event: WaitEvent): Promise<Response> {
  try {
    const response = await fetch(request);
    event.waitUntil(keep(request, response.clone(), 'page'));
    return response;
  } catch (error) {
    const saved = await (await caches.open(CACHES.pages)).match(request);
    if (saved && request.mode === 'navigate') return offlineCopy(saved);
    if (saved) return saved;
    const offline = request.mode === 'navigate' && (await caches.match(OFFLINE_PAGE));
    if (offline) return copyOf(offline, offline.body, {}, 503);
    throw error;
  }
}

async function fetchAndKeep(request: Request, rule: 'asset' | 'page'): Promise<Response> {
  const response = await fetch(request);
  await keep(request, response.clone(), rule);
  return response;
}

/** Keeps a response worth keeping (src/model/offline-cache.ts), newest last; the oldest go. */
async function keep(request: Request, response: Response, rule: 'asset' | 'page'): Promise<void> {
  if (!isKeepable(response.status, response.type, response.headers.get('cache-control'))) return;
  const cache = await caches.open(rule === 'asset' ? CACHES.assets : CACHES.pages);
  const copy =
    rule === 'asset' ? response : copyOf(response, await response.blob(), { [SAVED_AT]: String(Date.now()) });
  await cache.delete(request);
  await cache.put(request, copy);
  const keys = await cache.keys();
  const excess = keys.length - (rule === 'asset' ? MAX_ASSETS : MAX_PAGES);
  await Promise.all(keys.slice(0, Math.max(0, excess)).map((key) => cache.delete(key)));
}

/** A saved page with its offline note in the page's language, the time it was saved on the reader's clock. */
async function offlineCopy(saved: Response): Promise<Response> {
  const html = await saved.text();
  const words = pageOfflineWords(html) ?? __SW_WORDS__;
  const note = offlineNote(new Date(Number(saved.headers.get(SAVED_AT) ?? Number.NaN)), words);
  return copyOf(saved, markOffline(html, note));
}

/** A response with a new body; the original's length and encoding no longer describe it. */
function copyOf(
  response: Response,
  body: BodyInit | null,
  added: Record<string, string> = {},
  status = response.status,
): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  for (const [name, value] of Object.entries(added)) headers.set(name, value);
  return new Response(body, { status, headers });
}

/** The page shown for pages never opened, with the stylesheet it needs. */
async function saveOfflinePage(): Promise<void> {
  const cache = await caches.open(CACHES.offline);
  const response = await fetch(OFFLINE_PAGE, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${OFFLINE_PAGE}: HTTP ${response.status}`);
  const html = await response.clone().text();
  await cache.put(OFFLINE_PAGE, response);
  await cache.addAll(pageAssets(html));
}
