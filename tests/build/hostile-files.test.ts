import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempSite, type BuildResult, type TempSite } from '../helpers/temp-site.ts';

const GOOD_ARTICLE = '---\ntitle: A good article\npublished: 2024-03-24\nstatus: live\n---\nIntro.\n';
const update = (time: string, extra = '') => `---\ntime: ${time}\n${extra}---\nBody.\n`;

/** One hostile file per case; `expected` is the start of the line the build must print for it. */
const CASES: { name: string; path: string; write: (path: string) => Promise<void>; expected: RegExp }[] = [
  {
    name: 'malformed YAML',
    path: 'articles/bad-yaml/index.md',
    write: (p) => writeFile(p, '---\ntitle: "Unclosed quote\npublished: 2024-03-24\n---\n'),
    expected: /bad-yaml\/index\.md:\d+: front matter: the front matter is not valid YAML/,
  },
  {
    name: 'wrong types',
    path: 'articles/wrong-types/index.md',
    write: (p) => writeFile(p, '---\ntitle: [1, 2]\npublished: 2024\nstatus: true\n---\n'),
    expected: /wrong-types\/index\.md:2: title: /,
  },
  {
    name: 'an invalid calendar date',
    path: 'articles/good/updates/feb-30.md',
    write: (p) => writeFile(p, update('2024-02-30')),
    expected: /feb-30\.md:2: time: "2024-02-30" is not a real calendar date/,
  },
  {
    name: 'a date-time without offset',
    path: 'articles/good/updates/no-offset.md',
    write: (p) => writeFile(p, update('2024-03-24T18:00:00')),
    expected: /no-offset\.md:2: time: "2024-03-24T18:00:00" has no time-zone offset/,
  },
  {
    name: 'a binary file named .md',
    path: 'articles/good/updates/binary.md',
    write: (p) => writeFile(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    expected: /binary\.md:1: file: is a binary file/,
  },
  {
    name: 'invalid UTF-8',
    path: 'articles/good/updates/latin1.md',
    write: (p) =>
      writeFile(p, Buffer.concat([Buffer.from(update('2024-03-24')), Buffer.from([0xe9, 0x74, 0xe9])])),
    expected: /latin1\.md:1: file: is not valid UTF-8/,
  },
  {
    name: 'a 20 MB Markdown file',
    path: 'articles/good/updates/huge.md',
    write: (p) => writeFile(p, update('2024-03-24') + 'All work and no play. '.repeat(1_000_000)),
    expected: /huge\.md:1: file: is 2\d\.\d MB; a Markdown file may be at most 2 MB/,
  },
  {
    name: 'a symbolic link to a file outside content/',
    path: 'articles/good/updates/passwd.md',
    write: (p) => symlink('/etc/passwd', p),
    expected: /passwd\.md:1: file: is a symbolic link/,
  },
  {
    name: 'a symbolic link as an article folder, pointing outside content/',
    path: 'articles/linked',
    write: (p) => symlink('/etc', p, 'dir'),
    expected: /articles\/linked:1: file: is a symbolic link/,
  },
  {
    name: 'an image path escaping the article folder',
    path: 'articles/escape/index.md',
    write: (p) =>
      writeFile(
        p,
        '---\ntitle: Escape\npublished: 2024-03-24\n---\n![The password file](../../../etc/passwd "Photo: Nobody")\n',
      ),
    expected: /escape\/index\.md:5: body: .*\.\.\/\.\.\/\.\.\/etc\/passwd/,
  },
  {
    name: 'a lead photo path escaping the article folder',
    path: 'articles/escape-lead/index.md',
    write: (p) =>
      writeFile(
        p,
        '---\ntitle: Escape\npublished: 2024-03-24\nphoto:\n  file: ../../../etc/passwd\n  alt: A file\n  credit: Nobody\n---\n',
      ),
    expected: /escape-lead\/index\.md:\d+: photo(\.file)?: .*\.\.\/\.\.\/\.\.\/etc\/passwd/,
  },
  {
    name: 'two updates with the same id',
    path: 'articles/good/updates/Same Id.md',
    write: async (p) => {
      await writeFile(p, update('2024-03-24'));
      await writeFile(join(p, '../same-id.md'), update('2024-03-24'));
    },
    expected: /(Same Id|same-id)\.md:1: file: gives the same update id "update-same-id"/,
  },
  {
    name: 'a YAML alias bomb ("billion laughs")',
    path: 'articles/good/updates/laughs.md',
    write: (p) =>
      writeFile(
        p,
        '---\ntime: 2024-03-24\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
          Array.from(
            { length: 8 },
            (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`,
          ).join('\n') +
          '\n---\n',
      ),
    expected: /laughs\.md:\d+: front matter: /,
  },
  {
    name: 'quotes nested 20,000 deep (overflowed the parser stack)',
    path: 'articles/good/updates/deep-quotes.md',
    write: (p) => writeFile(p, update('2024-03-24') + '>'.repeat(20_000) + ' x\n'),
    expected: /deep-quotes\.md:5: body: nests quotes 20000 deep/,
  },
  {
    name: 'HTML nested 20,000 deep',
    path: 'articles/good/updates/deep-html.md',
    write: (p) => writeFile(p, update('2024-03-24') + '<div>'.repeat(20_000)),
    expected: /deep-html\.md:5: body: nests HTML elements more than 200 deep/,
  },
  {
    name: 'an emphasis bomb (minutes of parsing)',
    path: 'articles/good/updates/stars.md',
    write: (p) => writeFile(p, update('2024-03-24') + '*a'.repeat(100_000)),
    expected: /stars\.md:\d+: body: has a paragraph with 100000 of the marks/,
  },
  {
    name: 'a list nested 1,000 deep',
    path: 'articles/good/updates/deep-list.md',
    write: (p) =>
      writeFile(
        p,
        update('2024-03-24') + Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
      ),
    expected: /deep-list\.md:\d+: body: is indented 202 spaces/,
  },
  {
    name: 'an empty file',
    path: 'articles/good/updates/empty.md',
    write: (p) => writeFile(p, ''),
    expected: /empty\.md:1: front matter: the file is empty/,
  },
];

let site: TempSite;
let result: BuildResult;
let output: string;

/**
 * All hostile files in one content folder, one build: the loader reports every
 * problem at once. The build runs with a 512 MB heap cap, so a file that made
 * it read or render too much would crash it instead of printing these lines.
 */
beforeAll(async () => {
  site = await makeTempSite('hostile-files', []);
  await mkdir(join(site.contentDir, 'articles/good/updates'), { recursive: true });
  await writeFile(join(site.contentDir, 'articles/good/index.md'), GOOD_ARTICLE);
  for (const c of CASES) {
    await mkdir(join(site.contentDir, c.path, '..'), { recursive: true });
    await c.write(join(site.contentDir, c.path));
  }
  result = await site.build({ NODE_OPTIONS: '--max-old-space-size=512' });
  output = stripVTControlCharacters(result.output);
});

afterAll(async () => {
  await site?.cleanup();
});

describe('hostile files fail the build with one clear line each', () => {
  it('fails without writing dist/, and without dumping file contents', () => {
    expect(result.code).not.toBe(0);
    expect(output).toMatch(/left unchanged/);
    expect(output).not.toMatch(/All work and no play/);
    expect(output).not.toMatch(/root:x:0:0/);
    expect(output.length).toBeLessThan(20_000);
  });

  it.each(CASES)('$name', ({ expected }) => {
    expect(output).toMatch(expected);
  });
});
