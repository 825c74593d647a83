import { describe, expect, it } from 'vitest';
import { pollDelay } from '../../../src/scripts/poll-delay.ts';

describe('pollDelay', () => {
  it.each([
    [30_000, 0, 30_000],
    [30_000, 1, 60_000],
    [30_000, 3, 240_000],
    [30_000, 4, 300_000],
    [30_000, 20, 300_000],
    [600_000, 2, 600_000],
  ])('base %i ms after %i failures -> %i ms', (base, failures, delay) => {
    expect(pollDelay(base, failures)).toBe(delay);
  });
});
