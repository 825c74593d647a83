import { describe, expect, it } from 'vitest';
import { pickKeyEvents } from '../../../src/model/key-events.ts';
import { pickPinned } from '../../../src/model/pinning.ts';

describe('pickKeyEvents', () => {
  it.each([
    ['none marked', [{ keyEvent: false, title: 'A' }], []],
    [
      'keeps the order given',
      [
        { keyEvent: true, title: 'C' },
        { keyEvent: false, title: 'B' },
        { keyEvent: true, title: 'A' },
      ],
      ['C', 'A'],
    ],
    ['skips a key event without a title', [{ keyEvent: true }], []],
  ])('%s', (_name, updates, titles) => {
    expect(pickKeyEvents(updates).map((u) => u.title)).toEqual(titles);
  });
});

describe('pickPinned', () => {
  it.each([
    ['nothing pinned', [{ id: 'a', pinned: false }], undefined],
    [
      'the pinned one',
      [
        { id: 'b', pinned: false },
        { id: 'a', pinned: true },
      ],
      'a',
    ],
    [
      'the newest when two slipped through',
      [
        { id: 'c', pinned: true },
        { id: 'a', pinned: true },
      ],
      'c',
    ],
  ])('%s', (_name, updates, id) => {
    expect(pickPinned(updates)?.id).toBe(id);
  });
});
