import { describe, expect, it } from 'vitest';
import { findUnsafeJsonLd, findUnsafeMarkup } from '../../helpers/output-safety.ts';

// The hostile-input suite trusts these detectors: each must see what it looks for.
describe('findUnsafeMarkup', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', /onError/],
    ['<a href="javascript:alert(1)">x</a>', /javascript/],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', /javascript/],
    ['<a href=" &#14; javascript:alert(1)">x</a>', /javascript/],
    ['<a href="VBScript:msgbox(1)">x</a>', /vbscript/],
    ['<a href="data:text/html,x">x</a>', /data/],
    ['<img srcset="a.png 1x, javascript:alert(1) 2x">', /javascript/],
    ['<script>alert(1)</script>', /<script>/],
    ['<iframe srcdoc="x"></iframe>', /<iframe>/],
    ['<svg><animate attributeName=href values="javascript:alert(1)"/></svg>', /<animate>/],
    ['<meta http-equiv="refresh" content="0;url=x">', /refresh/],
    ['<base href="http://example.org/">', /<base>/],
    ['<p style="color:red">x</p>', /style attribute/],
    ['<a id="__xss">x</a>', /clobbers/],
    ['<img name="cookie">', /clobbers/],
    ['<p id="a"></p><p id="a"></p>', /appears 2 times/],
    ['<form><button formaction="javascript:alert(1)">x</button></form>', /javascript/],
  ])('flags %s', (html, pattern) => {
    expect(findUnsafeMarkup(html).join('\n')).toMatch(pattern);
  });

  it.each([
    '<p>&lt;img src=x onerror=alert(1)&gt;</p>',
    '<a href="https://example.org/a?b=javascript:x">x</a>',
    '<a href="/articles/x/#update-a">x</a>',
    '<a href="mailto:desk@example.org">x</a>',
    '<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>',
    '<p title="&quot; onmouseover=&quot;alert(1)">x</p>',
  ])('accepts %s', (html) => {
    expect(findUnsafeMarkup(html)).toEqual([]);
  });
});

describe('findUnsafeJsonLd', () => {
  it('accepts escaped JSON and flags a closing script tag or broken JSON', () => {
    expect(findUnsafeJsonLd('{"headline":"\\u003c/script>"}')).toEqual([]);
    expect(findUnsafeJsonLd('{"headline":"</script><script>alert(1)</script>"}')).toHaveLength(1);
    expect(findUnsafeJsonLd('{"headline":"x"},"a":')).toHaveLength(1);
  });
});

describe('meta refresh', () => {
  it("allows the site's own redirect to a path, flags one elsewhere", () => {
    expect(findUnsafeMarkup('<meta http-equiv="refresh" content="0; url=/articles/a/#u">')).toEqual([]);
    expect(findUnsafeMarkup('<meta http-equiv="refresh" content="0; url=//evil.example/">')).toHaveLength(1);
    expect(findUnsafeMarkup('<meta http-equiv="refresh" content="0;url=javascript:alert(1)">')).toHaveLength(
      1,
    );
  });
});
