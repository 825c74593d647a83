import { describe, expect, it } from 'vitest';
import { textWarnings, warningsOf } from '../../../scripts/desk/text-warnings.ts';

describe('content warnings in the desk', () => {
  it('names the line of the text whose HTML readers will not get', () => {
    expect(textWarnings('Fine.\n\n<marquee>Hi</marquee>')).toEqual([
      expect.stringMatching(/^Line 3 of the text: <marquee> removed/),
    ]);
    expect(textWarnings('**Fine.**')).toEqual([]);
  });

  it('keeps the publisher’s warnings about the written file only, in the desk’s words', () => {
    const file = 'content/articles/a/updates/b.md';
    const warnings = [
      `${file}:3: warning: title: is the same headline as x.md, 2 minutes earlier; delete one`,
      `${file}:7: warning: body: <font> removed: not kept`,
      'content/articles/a/updates/other.md:3: warning: body: <font> removed: not kept',
    ];
    expect(warningsOf(warnings, file)).toEqual([
      'The headline is the same headline as x.md, 2 minutes earlier; delete one',
      'In the text: <font> removed: not kept',
    ]);
    expect(warningsOf(undefined, file)).toEqual([]);
  });
});
