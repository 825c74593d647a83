import { describe, expect, test } from 'vitest';
import { placeholderNotice, siteAddress } from '../../../src/model/site-address.ts';

describe('siteAddress', () => {
  test.each([
    ['https://news.example.org', undefined, 'https://news.example.org', false],
    ['https://news.example.org/', undefined, 'https://news.example.org', false],
    ['http://localhost:4321', undefined, 'http://localhost:4321', true],
    ['http://localhost:4321', '', 'http://localhost:4321', true],
    ['http://localhost:4321', 'https://staging.example.org', 'https://staging.example.org', false],
    ['https://news.example.org', 'http://127.0.0.1:8080', 'http://127.0.0.1:8080', true],
    ['https://news.example.org', 'http://preview.localhost', 'http://preview.localhost', true],
  ])('%s with SITE_URL=%s is %s (local: %s)', (configured, override, url, local) => {
    expect(siteAddress(configured, override)).toEqual({ url, local });
  });

  test.each([
    ['news.example.org', undefined, 'url in src/site.ts: "news.example.org" is not an address'],
    [
      'https://a.example',
      'ftp://news.example.org',
      'SITE_URL: "ftp://news.example.org" must start with https://',
    ],
    ['https://a.example', 'https://news.example.org/live/', 'a sub-folder goes in BASE_PATH'],
  ])('%s with SITE_URL=%s is refused, naming the setting', (configured, override, message) => {
    expect(() => siteAddress(configured, override)).toThrow(message);
  });

  test('the notice names the address and the setting', () => {
    expect(placeholderNotice('http://localhost:4321')).toMatch(
      /^Site address: http:\/\/localhost:4321 .* set url in src\/site\.ts \(or SITE_URL\)/,
    );
  });
});
