import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { problemsIn } from '../../helpers/front-matter-problems.ts';

const check = (frontMatter: string) => problemsIn(ArticleSchema, frontMatter);
const base = 'title: Concert hall attack\npublished: 2024-03-24';

describe('ArticleSchema accepts', () => {
  it.each([
    [
      'the seed article',
      `${base}\nstatus: live\nbyline: Breaking Latest News\nphotoCredit: Breaking Latest News\nsource:\n  name: Breaking Latest News`,
    ],
    ['title and published only', base],
    ['a date-time with offset', 'title: T\npublished: 2024-03-24T15:30:00+01:00'],
    ['a UTC date-time', 'title: T\npublished: 2024-03-24T14:30:00Z'],
    [
      'a source with an https link',
      `${base}\nsource:\n  name: Belga\n  url: https://www.belganewsagency.eu/`,
    ],
    ['a source with an http link', `${base}\nsource:\n  name: Belga\n  url: http://example.org/a?b=c#d`],
    ['an IANA time zone', `${base}\ntimeZone: America/New_York`],
    ['a quoted date', `title: T\npublished: "2024-03-24"`],
    ['a summary', `${base}\nsummary: At least 40 people died.`],
  ])('%s', (_name, frontMatter) => {
    expect(check(frontMatter)).toEqual([]);
  });

  it('keeps dates as the text the editor wrote', () => {
    const data = ArticleSchema.parse({ title: 'T', published: '2024-03-24' });
    expect(data.published).toBe('2024-03-24');
  });

  it('trims text fields', () => {
    expect(ArticleSchema.parse({ title: '  T  ', published: '2024-03-24' }).title).toBe('T');
  });
});

describe('ArticleSchema refuses, naming the field and the fix', () => {
  it.each([
    ['missing title', 'published: 2024-03-24', 'title', 1, /is required but missing; add it/],
    ['missing published', 'title: T', 'published', 1, /is required but missing/],
    [
      'a date-time without offset',
      'title: T\npublished: 2024-03-24T15:30:00',
      'published',
      3,
      /has no time-zone offset; add one, e\.g\. 2024-03-24T15:30:00\+01:00/,
    ],
    [
      'an invalid calendar date',
      'title: T\npublished: 2024-02-30',
      'published',
      3,
      /"2024-02-30" is not a real calendar date/,
    ],
    [
      'an impossible time',
      'title: T\npublished: 2024-03-24T25:00:00+01:00',
      'published',
      3,
      /not a real clock time/,
    ],
    [
      'a number for the date',
      'title: T\npublished: 20240324',
      'published',
      3,
      /expected a date such as 2024-03-24/,
    ],
    ['a list for the date', 'title: T\npublished: [2024-03-24]', 'published', 3, /expected a date/],
    ['a number for the title', 'title: 42\npublished: 2024-03-24', 'title', 2, /expected text/],
    ['a list for the title', 'title: [a, b]\npublished: 2024-03-24', 'title', 2, /expected text/],
    ['a true/false for the title', 'title: true\npublished: 2024-03-24', 'title', 2, /expected text/],
    ['an empty title', 'title: ""\npublished: 2024-03-24', 'title', 2, /must not be empty/],
    ['a blank title', 'title: "   "\npublished: 2024-03-24', 'title', 2, /must not be empty/],
    ['an empty byline', `${base}\nbyline: ""`, 'byline', 4, /must not be empty/],
    ['an empty date', 'title: T\npublished: ""', 'published', 3, /is not a date or date-time/],
    ['a bad status', `${base}\nstatus: draft`, 'status', 4, /must be live or ended \(or left out/],
    ['a capitalised status', `${base}\nstatus: Live`, 'status', 4, /must be live or ended/],
    [
      'a misspelt time zone',
      `${base}\ntimeZone: Europe/Brusels`,
      'timeZone',
      4,
      /"Europe\/Brusels" is not a time zone; use an IANA name such as Europe\/Brussels/,
    ],
    ['an abbreviation as time zone', `${base}\ntimeZone: CEST`, 'timeZone', 4, /is not a time zone/],
    [
      'a source without a name',
      `${base}\nsource:\n  url: https://example.org/`,
      'source.name',
      4,
      /is required but missing/,
    ],
    ['an empty source name', `${base}\nsource:\n  name: ""`, 'source.name', 5, /must not be empty/],
    [
      'a bare domain as url',
      `${base}\nsource:\n  name: B\n  url: example.org`,
      'source.url',
      6,
      /full web address starting with https:\/\//,
    ],
    [
      'an ftp url',
      `${base}\nsource:\n  name: B\n  url: ftp://example.org/`,
      'source.url',
      6,
      /starting with https:\/\//,
    ],
    ['an empty url', `${base}\nsource:\n  name: B\n  url: ""`, 'source.url', 6, /starting with https:\/\//],
  ])('%s', (_name, frontMatter, field, line, message) => {
    const problems = check(frontMatter);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field, line });
    expect(problems[0]!.message).toMatch(message);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    '"javascript://example.org/%0aalert(1)"',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '"  javascript:alert(1)"',
  ])('a source url %s is refused', (url) => {
    const problems = check(`${base}\nsource:\n  name: B\n  url: ${url}`);
    expect(problems).toEqual([
      { line: 6, field: 'source.url', message: expect.stringMatching(/https:\/\//) as unknown as string },
    ]);
  });

  it('suggests "title" for the typo "titel" (and reports the missing title too)', () => {
    const problems = check('titel: At least 40 dead\npublished: 2024-03-24');
    expect(problems).toContainEqual({
      line: 2,
      field: 'titel',
      message: 'unknown field; did you mean "title"?',
    });
    expect(problems).toContainEqual({
      line: 1,
      field: 'title',
      message: expect.stringMatching(/required/) as unknown as string,
    });
  });

  it.each([
    ['publshed', 'published'],
    ['timezone', 'timeZone'],
    ['photocredit', 'photoCredit'],
    ['staus', 'status'],
  ])('suggests the key for the typo %j', (typo, key) => {
    const problems = check(`${base}\n${typo}: x`);
    expect(problems).toContainEqual({
      line: 4,
      field: typo,
      message: `unknown field; did you mean "${key}"?`,
    });
  });

  it('lists the known keys when no key is close', () => {
    const [problem] = check(`${base}\nzzzzzzzz: 1`);
    expect(problem).toMatchObject({ line: 4, field: 'zzzzzzzz' });
    expect(problem!.message).toMatch(/^unknown field; remove it, or use one of: .*title, published, status/);
  });

  it('suggests the nested key for a typo inside source', () => {
    expect(check(`${base}\nsource:\n  name: Belga\n  ulr: https://example.org/`)).toEqual([
      { line: 6, field: 'source.ulr', message: 'unknown field; did you mean "url"?' },
    ]);
    const problems = check(`${base}\nsource:\n  nmae: Belga`);
    expect(problems).toContainEqual({
      line: 5,
      field: 'source.nmae',
      message: 'unknown field; did you mean "name"?',
    });
  });

  it('names the source field when it is written as plain text', () => {
    expect(check(`${base}\nsource: Belga`)).toEqual([
      { line: 4, field: 'source', message: 'expected fields on indented lines below it: name, url' },
    ]);
  });

  it('reports every problem of a file at once', () => {
    const problems = check('titel: T\npublished: 2024-03-24T10:00\nstatus: over\ntimeZone: Mars/Base');
    expect(problems.map((p) => p.field).sort()).toEqual(
      ['published', 'status', 'timeZone', 'title', 'titel'].sort(),
    );
  });

  it('refuses a duplicated key on the line of the repeat, naming the field', () => {
    expect(check(`${base}\ntitle: Again`)).toEqual([
      {
        line: 4,
        field: 'front matter',
        message: 'the field "title" is written twice; keep only one of the two lines',
      },
    ]);
  });
});
