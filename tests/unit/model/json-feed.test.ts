import { expect, test } from 'vitest';
import { buildJsonFeed, toRfc3339 } from '../../../src/model/json-feed.ts';
import { formatNewsTime } from '../../../src/model/format-time.ts';
import { toNewsTime } from '../../../src/model/news-time.ts';

test.each([
  ['2024-03-24', 'Europe/Brussels', '2024-03-24T00:00:00+01:00'],
  ['2024-07-01', 'Europe/Brussels', '2024-07-01T00:00:00+02:00'],
  ['2024-03-24', 'America/New_York', '2024-03-24T00:00:00-04:00'],
  ['2024-03-24T15:30:00Z', 'Europe/Brussels', '2024-03-24T16:30:00+01:00'],
])('toRfc3339(%s in %s) = %s', (value, zone, out) => {
  expect(toRfc3339(formatNewsTime(toNewsTime(value), zone, 'en-GB'), zone)).toBe(out);
});

test('buildJsonFeed names the 1.1 version', () => {
  const feed = buildJsonFeed({ title: 'T', home_page_url: 'h', feed_url: 'f', language: 'en', items: [] });
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
});
