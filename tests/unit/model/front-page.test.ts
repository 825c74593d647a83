import { expect, test } from 'vitest';
import { orderFrontPage } from '../../../src/model/front-page.ts';

const a = (slug: string, status: 'live' | 'ended' | undefined, modified: number) => ({
  slug,
  status,
  lastModified: { epochMs: modified },
});

test.each([
  {
    name: 'no live coverage keeps the order',
    input: [a('a', undefined, 1), a('b', 'ended', 9)],
    out: ['a', 'b'],
  },
  {
    name: 'live first, most recently changed first, then the rest in order',
    input: [a('a', undefined, 5), a('b', 'live', 1), a('c', 'ended', 9), a('d', 'live', 3)],
    out: ['d', 'b', 'a', 'c'],
  },
  { name: 'empty', input: [], out: [] },
])('$name', ({ input, out }) => {
  expect(orderFrontPage(input).map((x) => x.slug)).toEqual(out);
});
