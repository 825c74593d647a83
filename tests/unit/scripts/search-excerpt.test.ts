import { expect, test } from 'vitest';
import { decodeEntities, excerptParts } from '../../../src/scripts/search-excerpt.ts';

test.each([
  ['plain', [{ text: 'plain', mark: false }]],
  [
    'There have been <mark>nine</mark> to <mark>ten</mark> attacks',
    [
      { text: 'There have been ', mark: false },
      { text: 'nine', mark: true },
      { text: ' to ', mark: false },
      { text: 'ten', mark: true },
      { text: ' attacks', mark: false },
    ],
  ],
  [
    '&lt;script&gt;alert(1)&lt;/script&gt; <mark>a&amp;b</mark>',
    [
      { text: '<script>alert(1)</script> ', mark: false },
      { text: 'a&b', mark: true },
    ],
  ],
])('%j', (excerpt, parts) => expect(excerptParts(excerpt)).toEqual(parts));

test.each([
  ['&#39;quoted&#x27;', "'quoted'"],
  ['&unknown; &#0; &#x110000;', '&unknown; &#0; &#x110000;'],
  ['&nbsp;', '\u00a0'],
])('decodeEntities(%j) = %j', (input, output) => expect(decodeEntities(input)).toBe(output));
