// Who may use the desk: it writes files on the newsroom's machine, so every request must
// come from a browser that was given the token, through the desk's own address.
import { timingSafeEqual } from 'node:crypto';

/**
 * The token's cookie, named for the desk's port: cookies are shared by every port of a host,
 * so two desks on one machine (two newsrooms' projects) would otherwise overwrite each
 * other's, and the first one's editors would be refused.
 */
export function cookieName(host: string): string {
  return `desk_token_${/:(\d+)$/.exec(host)?.[1] ?? '80'}`;
}

export interface DeskRequest {
  method: string;
  /** The path and query as requested, e.g. "/?token=abc". */
  url: string;
  host: string | undefined;
  origin: string | undefined;
  cookie: string | undefined;
}

export type Verdict =
  | { ok: true }
  /** The token came in the address: keep it in a cookie and load the page again without it. */
  | { ok: false; status: 303; location: string; setCookie: string }
  | { ok: false; status: 400 | 403; message: string };

/** Constant-time comparison, so the answer's timing says nothing about the token. */
export function sameToken(given: string | undefined, token: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * `hosts`: the Host values the desk answers to ("127.0.0.1:4322"); another Host means a
 * page elsewhere reached it through DNS rebinding. A change (anything but GET) must name
 * the desk as its Origin, so no other site's form or script can make one (CSRF).
 */
export function checkRequest(req: DeskRequest, token: string, hosts: readonly string[]): Verdict {
  if (!req.host || !hosts.includes(req.host.toLowerCase()))
    return { ok: false, status: 400, message: 'This address is not the desk’s own (Host refused).' };
  const origins = hosts.map((host) => `http://${host}`);
  const safe = req.method === 'GET' || req.method === 'HEAD';
  if (!safe && (!req.origin || !origins.includes(req.origin.toLowerCase())))
    return { ok: false, status: 403, message: 'Changes are only accepted from the desk’s own pages.' };
  if (req.origin && !origins.includes(req.origin.toLowerCase()))
    return { ok: false, status: 403, message: 'Requests from other sites are refused.' };
  const url = new URL(req.url, 'http://desk');
  const given = url.searchParams.get('token');
  if (given !== null && safe && sameToken(given, token)) {
    url.searchParams.delete('token');
    return {
      ok: false,
      status: 303,
      location: url.pathname + url.search,
      setCookie: `${cookieName(req.host)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    };
  }
  if (!sameToken(cookieValue(req.cookie, cookieName(req.host)), token))
    return {
      ok: false,
      status: 403,
      message: 'Open the desk with the address and token that npm run desk printed.',
    };
  return { ok: true };
}
