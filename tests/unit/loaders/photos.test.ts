import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../../src/loaders/content-problem.ts';
import { readContent } from '../../../src/loaders/read-content.ts';
import { makeTempContent, md } from '../../helpers/content-files.ts';
import { makePhoto } from '../../helpers/photo-fixtures.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const NOW = Date.parse('2024-03-25T12:00:00Z');
const A = 'content/articles/a';
const ARTICLE = 'title: A\npublished: 2024-03-24T08:00:00+01:00\nstatus: live';

/** Reads a temporary content tree with real (generated) photos at `photos`. */
async function read(files: Record<string, string>, photos: string[] = []) {
  const site = await makeTempContent(files);
  cleanups.push(site.cleanup);
  for (const path of photos) await makePhoto(join(site.root, path), { width: 640, height: 480 });
  const tree = await readContent(site.root, site.contentDir, { now: NOW });
  return { tree, problems: sortProblems(tree.problems).map(formatProblem) };
}

const update = (body: string) => md('time: 2024-03-24T10:00:00+01:00', body);

describe('photos in content (read by readContent, so by the build and npm run check:content)', () => {
  it('collects the lead photo and Markdown photos with their credits', async () => {
    const { tree, problems } = await read(
      {
        [`${A}/index.md`]: md(
          `${ARTICLE}\nphoto:\n  file: lead.jpg\n  alt: The hall\n  credit: Jane Doe/Reuters\n  caption: At dawn`,
          '![North side](north.jpg "The north side | Photo: Ivan Petrov/AFP")',
        ),
        [`${A}/updates/one.md`]: update(
          '![A crowd](crowd.jpg "Photo: Anna/Belga")\n\n![](../lead.jpg "decorative | Photo: Jane Doe/Reuters")',
        ),
      },
      [`${A}/lead.jpg`, `${A}/north.jpg`, `${A}/updates/crowd.jpg`],
    );
    expect(problems).toEqual([]);
    expect(
      tree.photos.map(({ owner, slot, file, alt, caption, credit, decorative, info }) => ({
        owner,
        slot,
        file,
        alt,
        caption,
        credit,
        decorative,
        size: `${info.width}x${info.height}`,
      })),
    ).toEqual([
      {
        owner: 'a',
        slot: 'lead',
        file: 'lead.jpg',
        alt: 'The hall',
        caption: 'At dawn',
        credit: 'Jane Doe/Reuters',
        decorative: false,
        size: '640x480',
      },
      {
        owner: 'a',
        slot: 0,
        file: 'north.jpg',
        alt: 'North side',
        caption: 'The north side',
        credit: 'Ivan Petrov/AFP',
        decorative: false,
        size: '640x480',
      },
      {
        owner: 'a/one',
        slot: 0,
        file: 'updates/crowd.jpg',
        alt: 'A crowd',
        caption: undefined,
        credit: 'Anna/Belga',
        decorative: false,
        size: '640x480',
      },
      {
        owner: 'a/one',
        slot: 1,
        file: 'lead.jpg',
        alt: '',
        caption: undefined,
        credit: 'Jane Doe/Reuters',
        decorative: true,
        size: '640x480',
      },
    ]);
  });

  it('reports every badly written photo, naming the file, line and image', async () => {
    const body = [
      '![No credit](a.jpg "Just a caption")', // line 5
      '',
      'Inline ![x](b.jpg "Photo: X") in text.', // line 7
      '',
      '![Escape](../../../etc/passwd "Photo: X")', // line 9
      '',
      '![Remote](https://example.com/x.jpg "Photo: X")', // line 11
      '',
      '<img src="c.jpg" alt="raw">', // line 13
    ].join('\n');
    const { problems } = await read({
      [`${A}/index.md`]: md(`${ARTICLE}\nphoto:\n  file: ../b/lead.jpg\n  alt: X\n  credit: Y`),
      [`${A}/updates/bad.md`]: update(body),
    });
    expect(problems).toEqual([
      `${A}/index.md:6: photo.file: "../b/lead.jpg" points outside the article folder; put the photo in the article folder and use its file name`,
      `${A}/updates/bad.md:5: body: the image "a.jpg" has no credit; end its title with "Photo: Name/Agency", e.g. ![What it shows](photo.jpg "Caption | Photo: Name/Agency")`,
      `${A}/updates/bad.md:7: body: the image "b.jpg" must stand on a line of its own, with a blank line before and after`,
      `${A}/updates/bad.md:9: body: "../../../etc/passwd" points outside the article folder; put the photo in the article folder and use its file name`,
      `${A}/updates/bad.md:11: body: "https://example.com/x.jpg" is a web address; save the photo (with permission) in the article folder and write its file name`,
      `${A}/updates/bad.md:13: body: write photos in Markdown, not as HTML <img>, so they get a caption, credit and sizes: ![What it shows](photo.jpg "Caption | Photo: Name/Agency")`,
    ]);
  });

  it('lead photo: alt text and credit are required unless decorative', async () => {
    const { problems } = await read(
      {
        [`${A}/index.md`]: md(`${ARTICLE}\nphoto:\n  file: lead.jpg`),
        'content/articles/b/index.md': md(
          `${ARTICLE}\nphoto:\n  file: lead.jpg\n  credit: X\n  decorative: true`,
        ),
      },
      ['content/articles/b/lead.jpg'],
    );
    expect(problems).toEqual([
      `${A}/index.md:5: photo.credit: is required but missing; add it to the front matter`,
      `${A}/index.md:5: photo.alt: the photo "lead.jpg" needs alt text saying what it shows (or decorative: true for a purely decorative image)`,
    ]);
  });

  it('a missing photo file names the image and the line that uses it', async () => {
    const { problems } = await read({
      [`${A}/index.md`]: md(`${ARTICLE}\nphoto:\n  file: gone.jpg\n  alt: X\n  credit: Y`),
      [`${A}/updates/u.md`]: update('![Gone](gone.png "Photo: Y")'),
    });
    expect(problems).toEqual([
      `${A}/index.md:6: photo.file: the photo ${A}/gone.jpg does not exist; check the spelling and that the file is in the article folder`,
      `${A}/updates/u.md:5: body: the photo ${A}/updates/gone.png does not exist; check the spelling and that the file is in the article folder`,
    ]);
  });
});
