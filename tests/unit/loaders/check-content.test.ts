import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../../src/loaders/content-problem.ts';
import { readContent } from '../../../src/loaders/read-content.ts';
import { makeTempContent, md } from '../../helpers/content-files.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const NOW = Date.parse('2024-03-25T12:00:00Z');
const A = 'content/articles/a';

/** Problems reported for `files` (plus a valid article "a" and author "anna"), as printed. */
async function problemsFor(files: Record<string, string>, now = NOW): Promise<string[]> {
  const site = await makeTempContent({
    [`${A}/index.md`]: md('title: A\npublished: 2024-03-24T08:00:00+01:00\nstatus: live'),
    'content/authors/anna.md': md('name: Anna\nrole: Reporter'),
    ...files,
  });
  cleanups.push(site.cleanup);
  const tree = await readContent(site.root, site.contentDir, { now });
  return sortProblems(tree.problems).map(formatProblem);
}

const update = (frontMatter: string, body?: string) =>
  md(`time: 2024-03-24T10:00:00+01:00\n${frontMatter}`, body);

describe('checkContent (run by readContent, so by the build and npm run check:content)', () => {
  it('accepts valid content', async () => {
    expect(await problemsFor({ [`${A}/updates/one.md`]: update('title: One\nauthor: anna') })).toEqual([]);
  });

  it('duplicate update ids', async () => {
    expect(
      await problemsFor({
        [`${A}/updates/Rescue Teams.md`]: update(''),
        [`${A}/updates/rescue-teams.md`]: update(''),
      }),
    ).toEqual([
      `${A}/updates/rescue-teams.md:1: file: gives the same update id "update-rescue-teams" as Rescue Teams.md; rename one of the files`,
    ]);
  });

  it('an update timed before its article was published', async () => {
    expect(
      await problemsFor({
        [`${A}/updates/early.md`]: md('title: Early\ntime: 2024-03-24T07:59:00+01:00'),
        [`${A}/updates/day-before.md`]: md('time: 2024-03-23'),
        // A date-only update on the article's day is not "before" it.
        [`${A}/updates/same-day.md`]: md('time: 2024-03-24'),
      }),
    ).toEqual([
      `${A}/updates/day-before.md:2: time: 2024-03-23 is before the article was published (2024-03-24T08:00:00+01:00); fix the update's time, or the article's published`,
      `${A}/updates/early.md:3: time: 2024-03-24T07:59:00+01:00 is before the article was published (2024-03-24T08:00:00+01:00); fix the update's time, or the article's published`,
    ]);
  });

  it('times in the future, unless scheduled (updates) or draft', async () => {
    expect(
      await problemsFor({
        [`${A}/updates/typo.md`]: md('time: 2024-03-25T13:00:01+01:00'),
        [`${A}/updates/later.md`]: md('time: 2024-03-26T09:00:00+01:00\nscheduled: true'),
        [`${A}/updates/draft.md`]: md('time: 2024-03-26T09:00:00+01:00\ndraft: true'),
        [`${A}/updates/tomorrow.md`]: md('time: 2024-03-26'),
        [`${A}/updates/today.md`]: md('time: 2024-03-25'),
        'content/articles/b/index.md': md('title: B\npublished: 2024-03-27'),
        'content/articles/c/index.md': md('title: C\npublished: 2024-03-27\ndraft: true'),
      }),
    ).toEqual([
      `${A}/updates/tomorrow.md:2: time: 2024-03-26 is in the future (now is 2024-03-25T13:00:00+01:00); fix the time and its offset, or add scheduled: true to publish it then`,
      `${A}/updates/typo.md:2: time: 2024-03-25T13:00:01+01:00 is in the future (now is 2024-03-25T13:00:00+01:00); fix the time and its offset, or add scheduled: true to publish it then`,
      'content/articles/b/index.md:3: published: 2024-03-27 is in the future (now is 2024-03-25T13:00:00+01:00); fix the date and its offset, or add draft: true until it is ready',
    ]);
  });

  it('edits and removals dated in the future: modified and retracted', async () => {
    expect(
      await problemsFor({
        [`${A}/updates/fixed.md`]: md(
          'time: 2024-03-25T09:00:00+01:00\nmodified: 2024-03-25T14:00:00+01:00\ncorrection: Name fixed.',
        ),
        [`${A}/updates/gone.md`]: md(
          'time: 2024-03-25T09:00:00+01:00\nretracted: 2024-03-26T09:00:00+01:00\nretractionReason: Court order.',
        ),
        [`${A}/updates/past.md`]: md(
          'time: 2024-03-25T09:00:00+01:00\nmodified: 2024-03-25T12:00:00+01:00\ncorrection: Fine.',
        ),
        'content/articles/b/index.md': md('title: B\npublished: 2024-03-20\nmodified: 2024-03-26'),
      }),
    ).toEqual([
      `${A}/updates/fixed.md:3: modified: 2024-03-25T14:00:00+01:00 is in the future (now is 2024-03-25T13:00:00+01:00); write the time the edit was made (npm run correct fills it in), and check its offset`,
      `${A}/updates/gone.md:3: retracted: 2024-03-26T09:00:00+01:00 is in the future (now is 2024-03-25T13:00:00+01:00); write the time the update was removed (npm run retract fills it in), and check its offset`,
      'content/articles/b/index.md:4: modified: 2024-03-26 is in the future (now is 2024-03-25T13:00:00+01:00); write the time the edit was made (npm run correct fills it in), and check its offset',
    ]);
  });

  it('"now" is injectable: the same file is fine once its time has come', async () => {
    const files = { [`${A}/updates/typo.md`]: md('time: 2024-03-25T13:00:01+01:00') };
    expect(await problemsFor(files, Date.parse('2024-03-25T12:00:01Z'))).toEqual([]);
  });

  it('a key event without a headline', async () => {
    expect(await problemsFor({ [`${A}/updates/key.md`]: update('keyEvent: true') })).toEqual([
      `${A}/updates/key.md:3: title: is required for a key event (keyEvent: true); add a short headline, or remove keyEvent`,
    ]);
  });

  it('photos without alt text, unless decorative; code is not an image', async () => {
    const body = [
      'Intro.',
      '',
      '![](rescue.jpg "Photo: Jane Doe/Belga")',
      '',
      '![Firefighters at the hall](ok.jpg "Photo: Jane Doe/Belga")',
      '',
      '![](divider.png "decorative | Photo: Studio")',
      '',
      '    ![](indented-code.jpg)',
      '',
      '`![](inline-code.jpg)`',
    ].join('\n');
    const found = await problemsFor({ [`${A}/updates/photos.md`]: update('', body) });
    expect(found.filter((p) => p.includes('alt text'))).toEqual([
      `${A}/updates/photos.md:8: body: the image "rescue.jpg" has no alt text; describe what it shows between the brackets, e.g. ![Firefighters outside the hall](rescue.jpg "Photo: Name/Agency")`,
    ]);
  });

  it('links to update permalinks that do not exist', async () => {
    const body = [
      'See [the first](#update-first) and [a typo](#update-frist).',
      '',
      'Also [elsewhere](/articles/b/#update-b-one), [gone](/articles/b/#update-nope),',
      '[no article](/articles/bb/) and [a heading](#what-we-know).',
      '',
      '[ref]: /articles/a/#update-missing',
    ].join('\n');
    expect(
      await problemsFor({
        [`${A}/updates/first.md`]: update('', body),
        'content/articles/b/index.md': md(
          'title: B\npublished: 2024-03-24\nstatus: live',
          'Back to [A](/articles/a/#update-first).',
        ),
        'content/articles/b/updates/b-one.md': update(''),
      }),
    ).toEqual([
      `${A}/updates/first.md:6: body: the link "#update-frist" leads to no update: a has no update "update-frist"; did you mean #update-first?`,
      `${A}/updates/first.md:8: body: the link "/articles/b/#update-nope" leads to no update: b has no update "update-nope"; did you mean /articles/b/#update-b-one?`,
      `${A}/updates/first.md:9: body: the link "/articles/bb/" leads to no article: there is no content/articles/bb/; did you mean /articles/b/?`,
      `${A}/updates/first.md:11: body: the link "/articles/a/#update-missing" leads to no update: a has no update "update-missing"; an update id is "update-" followed by its file name without .md`,
    ]);
  });

  it('links from published text to drafts and to updates scheduled for later', async () => {
    const body = [
      '[draft](#update-draft) [later](#update-later) [due](#update-due)',
      '',
      '[story](/articles/hidden/) [inside](/articles/hidden/#update-inside)',
    ].join('\n');
    expect(
      await problemsFor({
        [`${A}/updates/links.md`]: update('', body),
        [`${A}/updates/draft.md`]: update(
          'draft: true',
          'A draft may link to drafts: [later](#update-later).',
        ),
        [`${A}/updates/later.md`]: md('time: 2024-03-25T14:00:00+01:00\nscheduled: true'),
        [`${A}/updates/due.md`]: md('time: 2024-03-25T12:00:00+01:00\nscheduled: true'),
        'content/articles/hidden/index.md': md(
          'title: Hidden\npublished: 2024-03-24\ndraft: true\nstatus: live',
        ),
        'content/articles/hidden/updates/inside.md': update(''),
      }),
    ).toEqual([
      `${A}/updates/links.md:6: body: the link "#update-draft" leads to an update that is not published yet (a draft, or scheduled for later); publish it first, or remove the link`,
      `${A}/updates/links.md:6: body: the link "#update-later" leads to an update that is not published yet (a draft, or scheduled for later); publish it first, or remove the link`,
      `${A}/updates/links.md:8: body: the link "/articles/hidden/" leads to the draft article hidden, which readers cannot see yet; publish it first, or remove the link`,
      `${A}/updates/links.md:8: body: the link "/articles/hidden/#update-inside" leads to the draft article hidden, which readers cannot see yet; publish it first, or remove the link`,
    ]);
  });

  it('authors not in the authors list', async () => {
    expect(
      await problemsFor({
        [`${A}/updates/one.md`]: update('author: ana'),
        [`${A}/updates/two.md`]: update('author: zed'),
        'content/articles/b/index.md': md('title: B\npublished: 2024-03-24\nauthors: [anna, bob]'),
      }),
    ).toEqual([
      `${A}/updates/one.md:3: author: "ana" is not in the authors list (content/authors/); did you mean "anna"?`,
      `${A}/updates/two.md:3: author: "zed" is not in the authors list (content/authors/); add the author as content/authors/zed.md (name and role), or fix the id`,
      'content/articles/b/index.md:4: authors: "bob" is not in the authors list (content/authors/); add the author as content/authors/bob.md (name and role), or fix the id',
    ]);
  });

  it('author files: id, fields and photo', async () => {
    expect(
      await problemsFor({
        'content/authors/Bad Name.md': md('name: X\nrole: Y'),
        'content/authors/no-role.md': md('name: No Role'),
        'content/authors/ben.md': md('name: Ben\nrole: Editor\nphoto: ben.jpg'),
        'content/authors/cleo.md': md('name: Cleo\nrole: Editor\nphoto: ../cleo.png'),
      }),
    ).toEqual([
      'content/authors/Bad Name.md:1: file: the file name is the author id; use only lowercase letters, digits and hyphens, e.g. anna-peeters.md',
      'content/authors/ben.md:4: photo: "ben.jpg" is not in content/authors/; add the file there or fix the name',
      'content/authors/cleo.md:4: photo: "../cleo.png" must be the name of an image file (.jpg, .png, .webp) next to cleo.md',
      'content/authors/no-role.md:1: role: is required but missing; add it to the front matter',
    ]);
  });

  it('reports every problem of every file at once', async () => {
    const problems = await problemsFor({
      [`${A}/updates/one.md`]: md(
        'time: 2024-03-24T07:00:00+01:00\nauthor: ana',
        '![](x.jpg "Photo: Jane Doe")\n\n[y](#update-nope)',
      ),
      [`${A}/updates/two.md`]: md('time: 2030-01-01T00:00:00Z\nkeyEvent: true\ntitle: Two'),
      [`${A}/updates/three.md`]: update('keyEvent: true'),
    });
    expect(problems.map((p) => p.split(': ').slice(0, 2).join(': '))).toEqual([
      `${A}/updates/one.md:2: time`,
      `${A}/updates/one.md:3: author`,
      `${A}/updates/one.md:6: body`,
      `${A}/updates/one.md:8: body`,
      `${A}/updates/three.md:3: title`,
      `${A}/updates/two.md:2: time`,
    ]);
  });
});
