import { describe, expect, it } from 'vitest';
import { removeField, setField } from '../../../src/scaffold/front-matter-edit.ts';

const file = [
  '---',
  '# Desk note: check the toll with the prosecutor',
  'title: "Expert: “They don’t care”"   # quoted by hand',
  'time: 2024-03-24T15:30:00+01:00',
  'tags: [Russia,  Terrorism]',
  'keyPoints:',
  '  - One',
  "  - 'Two: three'",
  'status: live # until the evening',
  '---',
  '',
  'Body **text**: untouched.',
  '',
].join('\n');

describe('setField', () => {
  it('replaces a value in place, keeping its comment and every other line', () => {
    const out = setField(file, 'status', 'ended');
    expect(out).toBe(file.replace('status: live #', 'status: ended #'));
  });

  it('adds a missing field after the one named, quoting only when YAML needs it', () => {
    const out = setField(setField(file, 'ended', '2024-03-24T22:00:00+01:00', 'status'), 'note', 'a: b');
    expect(out).toBe(
      file.replace(
        'status: live # until the evening\n',
        'status: live # until the evening\nended: 2024-03-24T22:00:00+01:00\nnote: "a: b"\n',
      ),
    );
  });

  it('adds after a block value, not inside it', () => {
    const out = setField(file, 'order', 'oldest', 'keyPoints');
    expect(out).toContain("  - 'Two: three'\norder: oldest\nstatus: live");
  });

  it('fills a field left blank', () => {
    expect(setField('---\ntime: 2024-03-24\nmodified:\n---\n', 'modified', '2024-03-25')).toBe(
      '---\ntime: 2024-03-24\nmodified: 2024-03-25\n---\n',
    );
  });

  it('keeps Windows line endings', () => {
    const crlf = '---\r\ntime: 2024-03-24\r\n---\r\n\r\nText\r\n';
    expect(setField(crlf, 'modified', '2024-03-25')).toBe(
      '---\r\ntime: 2024-03-24\r\nmodified: 2024-03-25\r\n---\r\n\r\nText\r\n',
    );
  });

  it('refuses front matter that is not valid YAML, naming the line', () => {
    expect(() => setField('---\ntime: 2024-03-24\ntitle: "open\n---\n', 'modified', 'x')).toThrow(
      /^line 3: the front matter is not valid YAML .*; fix it, then try again$/,
    );
  });
});

describe('removeField', () => {
  it('removes the whole line of a field, comment included', () => {
    expect(removeField(file, 'status')).toBe(file.replace('status: live # until the evening\n', ''));
  });

  it('removes every line of a block value', () => {
    expect(removeField(file, 'keyPoints')).toBe(file.replace("keyPoints:\n  - One\n  - 'Two: three'\n", ''));
  });

  it('leaves a file without the field unchanged', () => {
    expect(removeField(file, 'ended')).toBe(file);
  });
});
