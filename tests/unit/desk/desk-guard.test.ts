import { describe, expect, it } from 'vitest';
import { checkRequest, cookieValue, sameToken, type DeskRequest } from '../../../scripts/desk/desk-guard.ts';

const TOKEN = 'secret-token';
const HOSTS = ['127.0.0.1:4322', 'localhost:4322'];
const request = (over: Partial<DeskRequest>): DeskRequest => ({
  method: 'GET',
  url: '/',
  host: '127.0.0.1:4322',
  origin: undefined,
  cookie: `desk_token_4322=${TOKEN}`,
  ...over,
});

describe('checkRequest', () => {
  it('lets a request with the cookie through', () => {
    expect(checkRequest(request({}), TOKEN, HOSTS)).toEqual({ ok: true });
    const post = request({ method: 'POST', origin: 'http://127.0.0.1:4322' });
    expect(checkRequest(post, TOKEN, HOSTS)).toEqual({ ok: true });
  });

  it('moves a token from the address into an HttpOnly SameSite=Strict cookie', () => {
    const verdict = checkRequest(
      request({ url: '/articles/x/?token=secret-token&notice=online', cookie: undefined }),
      TOKEN,
      HOSTS,
    );
    expect(verdict).toEqual({
      ok: false,
      status: 303,
      location: '/articles/x/?notice=online',
      setCookie: 'desk_token_4322=secret-token; HttpOnly; SameSite=Strict; Path=/',
    });
  });

  it.each([
    ['no token', request({ cookie: undefined })],
    ['a wrong token', request({ cookie: 'desk_token_4322=secret-tokem' })],
    ['a wrong token in the address', request({ cookie: undefined, url: '/?token=nope' })],
    ['a token of another length', request({ cookie: 'desk_token_4322=secret' })],
  ])('refuses %s', (_, req) => {
    expect(checkRequest(req, TOKEN, HOSTS)).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses another Host (DNS rebinding)', () => {
    expect(checkRequest(request({ host: 'evil.example:4322' }), TOKEN, HOSTS)).toMatchObject({ status: 400 });
    expect(checkRequest(request({ host: undefined }), TOKEN, HOSTS)).toMatchObject({ status: 400 });
  });

  it('refuses a change from another origin, or with none (CSRF)', () => {
    for (const origin of ['http://evil.example', 'null', undefined, 'http://127.0.0.1:4323'])
      expect(checkRequest(request({ method: 'POST', origin }), TOKEN, HOSTS)).toMatchObject({ status: 403 });
    expect(checkRequest(request({ origin: 'http://evil.example' }), TOKEN, HOSTS)).toMatchObject({
      status: 403,
    });
  });
});

describe('the cookie of each desk', () => {
  it('is named for its port, so two desks on one machine keep their own', () => {
    const other = ['127.0.0.1:4323'];
    const moved = checkRequest(
      request({ host: '127.0.0.1:4323', url: '/?token=other', cookie: undefined }),
      'other',
      other,
    );
    expect(moved).toMatchObject({ setCookie: expect.stringMatching(/^desk_token_4323=other;/) });
    // The browser sends both desks' cookies to each: each desk reads its own.
    const both = `desk_token_4322=${TOKEN}; desk_token_4323=other`;
    expect(checkRequest(request({ cookie: both }), TOKEN, HOSTS)).toEqual({ ok: true });
    expect(checkRequest(request({ host: '127.0.0.1:4323', cookie: both }), 'other', other)).toEqual({
      ok: true,
    });
    expect(checkRequest(request({ cookie: 'desk_token_4323=secret-token' }), TOKEN, HOSTS)).toMatchObject({
      status: 403,
    });
  });
});

describe('sameToken and cookieValue', () => {
  it('compares exactly', () => {
    expect(sameToken('abc', 'abc')).toBe(true);
    expect(sameToken('abd', 'abc')).toBe(false);
    expect(sameToken(undefined, 'abc')).toBe(false);
  });
  it('reads one cookie among others', () => {
    expect(cookieValue('a=1; desk_token=x=y; b=2', 'desk_token')).toBe('x=y');
    expect(cookieValue(undefined, 'desk_token')).toBeUndefined();
  });
});
