import { describe, expect, it } from 'vitest';
import { html, Markup } from '../../../scripts/desk/html.ts';
import { placeProblems } from '../../../scripts/desk/field-problems.ts';
import { applyValues, valuesFromFile, withBody } from '../../../scripts/desk/update-values.ts';

describe('html', () => {
  it('escapes every value, in text and attributes', () => {
    const value = `"><script>alert('x')</script>&`;
    expect(html`<input value="${value}" />${value}`.text).toBe(
      '<input value="&quot;&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;" />&quot;&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;',
    );
  });
  it('keeps markup it made, and leaves out empty values', () => {
    expect(html`<p>${html`<b>${'<i>'}</b>`}${undefined}${false}${[1, 2]}</p>`.text).toBe(
      '<p><b>&lt;i&gt;</b>12</p>',
    );
    expect(new Markup('<em>x</em>').toString()).toBe('<em>x</em>');
  });
});

describe('placeProblems', () => {
  const file = 'content/articles/a/updates/b.md';
  it('puts a problem of the written file at its field, others at the form', () => {
    expect(
      placeProblems(
        [
          { file, line: 3, field: 'title', message: 'is required for a key event' },
          { file, line: 7, field: 'body', message: 'the link leads nowhere' },
          { file, line: 2, field: 'time', message: 'is odd' },
          { file: 'content/articles/c/index.md', line: 4, field: 'body', message: 'links to b' },
        ],
        file,
      ),
    ).toEqual({
      title: ['title is required for a key event'],
      body: ['In the text: the link leads nowhere'],
      form: [`${file}:2: time: is odd`, 'content/articles/c/index.md:4: body: links to b'],
    });
  });
});

describe('update values', () => {
  const file = '---\n# kept\ntime: 2024-03-24T10:00:00+01:00\ntitle: Old\n---\n\nOld text.\n';
  it('reads what the form shows', () => {
    expect(valuesFromFile(file, 'h')).toMatchObject({
      title: 'Old',
      body: 'Old text.',
      pinned: false,
      hash: 'h',
    });
  });
  it('writes the form back, keeping the rest of the front matter byte for byte', () => {
    const values = { title: 'New', body: 'New **text**.', keyEvent: false, pinned: true, author: '' };
    expect(applyValues(file, values)).toBe(
      '---\n# kept\ntime: 2024-03-24T10:00:00+01:00\ntitle: New\npinned: true\n---\n\nNew **text**.\n',
    );
    expect(applyValues(applyValues(file, values), { ...values, pinned: false, title: '' })).toBe(
      '---\n# kept\ntime: 2024-03-24T10:00:00+01:00\n---\n\nNew **text**.\n',
    );
  });
  it('replaces only the body', () => {
    expect(withBody('---\na: 1\n---\nx\n---\n', 'y')).toBe('---\na: 1\n---\n\ny\n');
  });
});
