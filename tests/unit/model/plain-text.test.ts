import { expect, test } from 'vitest';
import { htmlToPlainText } from '../../../src/model/plain-text.ts';

test.each([
  ['<p>One</p><p>Two &amp; three</p>', 'One Two & three'],
  ['<p>“Quoted” <em>text</em>\n  spread</p>', '“Quoted” text spread'],
  ['<p>&lt;/script&gt;</p>', '</script>'],
  ['', ''],
])('%j -> %j', (html, text) => expect(htmlToPlainText(html)).toBe(text));
