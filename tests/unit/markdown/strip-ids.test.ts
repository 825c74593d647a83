import { describe, expect, it } from 'vitest';
import { stripIds } from '../../../src/markdown/strip-ids.ts';

describe('stripIds', () => {
  it.each([
    ['<h3 id="user-content-a">A</h3><p>x</p>', '<h3>A</h3><p>x</p>'],
    [
      '<p>Keep <a href="#x" id="y">links</a> &#x3C;safe></p>',
      '<p>Keep <a href="#x">links</a> &#x3C;safe></p>',
    ],
    ['<p title="id=&#x22;z&#x22;">t</p>', '<p title="id=&#x22;z&#x22;">t</p>'],
    ['<ol><li id="user-content-fn-1">note</li></ol>', '<ol><li>note</li></ol>'],
  ])('%s', (input, output) => {
    expect(stripIds(input)).toBe(output);
  });
});
