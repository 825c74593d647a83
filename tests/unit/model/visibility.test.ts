import { describe, expect, it } from 'vitest';
import { isPublished } from '../../../src/model/visibility.ts';

const now = Date.parse('2024-03-24T12:00:00Z');
const past = now - 60_000;
const future = now + 60_000;

describe('isPublished', () => {
  it.each([
    ['an ordinary entry', {}, past, false, true],
    ['a draft in production', { draft: true }, past, false, false],
    ['a draft in the dev preview', { draft: true }, past, true, true],
    ['scheduled, time not yet come', { scheduled: true }, future, false, false],
    ['scheduled, time come', { scheduled: true }, past, false, true],
    ['scheduled exactly now', { scheduled: true }, now, false, true],
    ['scheduled, future, dev preview', { scheduled: true }, future, true, true],
    ['scheduled draft whose time has come', { scheduled: true, draft: true }, past, false, false],
  ])('%s', (_name, entry, time, preview, expected) => {
    expect(isPublished(entry, time, { preview, now })).toBe(expected);
  });
});
