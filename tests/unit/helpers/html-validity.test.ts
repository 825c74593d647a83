import { expect, test } from 'vitest';
import { htmlErrors } from '../../helpers/html-validity.ts';

const page = (body: string, after = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>${after}`;

test('a valid page has no errors', async () => {
  expect(await htmlErrors(page('<main><h1>T</h1><p>Text</p></main>'), 'ok.html')).toEqual([]);
  expect(await htmlErrors(page('<p>x</p>', '\n<!-- a comment -->\n'))).toEqual([]);
});

test('a script after </html> is a stray tag', async () => {
  const errors = await htmlErrors(page('<p>x</p>', '<script type="module" src="/a.js"></script>'));
  expect(errors).toEqual([expect.stringContaining('stray content after </html>: <script')]);
});

test.each([
  ['duplicate ids', '<p id="a">1</p><p id="a">2</p>', 'no-dup-id'],
  [
    'a block inside a paragraph-only parent',
    '<button type="button"><div>x</div></button>',
    'element-permitted-content',
  ],
  ['a list item outside a list', '<li>x</li>', 'element-permitted-parent'],
  ['an obsolete element', '<blink>x</blink>', 'deprecated'],
])('%s is an error', async (_, body, rule) => {
  expect((await htmlErrors(page(body))).join('\n')).toContain(rule);
});
