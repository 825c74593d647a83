import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createArticle, createUpdate } from '../../../src/scaffold/new-files.ts';
import { makeTempContent, md } from '../../helpers/content-files.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function content() {
  const site = await makeTempContent({
    'content/articles/moscow-concert-hall-attack/index.md': md('title: Moscow\npublished: 2024-03-24'),
    'content/articles/london-floods/index.md': md(
      'title: Floods\npublished: 2024-03-24\ntimeZone: Europe/London',
    ),
    'content/articles/new-york-storm/index.md': md(
      'title: Storm\npublished: 2024-03-09\ntimeZone: America/New_York',
    ),
    'content/authors/anna-peeters.md': md('name: Anna Peeters\nrole: Correspondent'),
  });
  cleanups.push(site.cleanup);
  return site.contentDir;
}

const at = (iso: string) => Date.parse(iso);

describe('createUpdate', () => {
  // Europe's clocks go forward at 01:00 UTC on 31 March 2024; New York's at 07:00 UTC on 10 March.
  it.each([
    [
      'moscow-concert-hall-attack',
      '2024-03-31T00:45:00Z',
      '2024-03-31-0145-rescue.md',
      '2024-03-31T01:45:00+01:00',
    ],
    [
      'moscow-concert-hall-attack',
      '2024-03-31T01:15:00Z',
      '2024-03-31-0315-rescue.md',
      '2024-03-31T03:15:00+02:00',
    ],
    ['london-floods', '2024-03-31T00:45:00Z', '2024-03-31-0045-rescue.md', '2024-03-31T00:45:00+00:00'],
    ['london-floods', '2024-03-31T01:15:00Z', '2024-03-31-0215-rescue.md', '2024-03-31T02:15:00+01:00'],
    ['new-york-storm', '2024-03-10T06:30:00Z', '2024-03-10-0130-rescue.md', '2024-03-10T01:30:00-05:00'],
    ['new-york-storm', '2024-03-10T07:30:00Z', '2024-03-10-0330-rescue.md', '2024-03-10T03:30:00-04:00'],
  ])(
    '%s at %s -> %s with time %s (the article zone and its offset that day)',
    async (slug, now, name, time) => {
      const dir = await content();
      const result = await createUpdate(dir, slug, { title: 'Rescue' }, at(now));
      expect(result.path).toBe(join(dir, 'articles', slug, 'updates', name));
      expect(result.time).toBe(time);
      expect(await readFile(result.path, 'utf8')).toBe(`---\ntime: ${time}\ntitle: Rescue\n---\n\n`);
    },
  );

  it('writes the flags asked for', async () => {
    const dir = await content();
    const { path } = await createUpdate(
      dir,
      'moscow-concert-hall-attack',
      { title: 'Gunmen detained', author: 'anna-peeters', keyEvent: true, pinned: true, draft: true },
      at('2024-03-24T20:05:00Z'),
    );
    expect(path.endsWith('2024-03-24-2105-gunmen-detained.md')).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(
      '---\ntime: 2024-03-24T21:05:00+01:00\ntitle: Gunmen detained\nauthor: anna-peeters\nkeyEvent: true\npinned: true\ndraft: true\n---\n\n',
    );
  });

  it('writes the text below the front matter (the desk sends it)', async () => {
    const dir = await content();
    const { path } = await createUpdate(
      dir,
      'moscow-concert-hall-attack',
      { title: 'Rescue', body: '\nTwelve people were **found**.\n\n' },
      at('2024-03-24T20:05:00Z'),
    );
    expect(await readFile(path, 'utf8')).toBe(
      '---\ntime: 2024-03-24T21:05:00+01:00\ntitle: Rescue\n---\n\nTwelve people were **found**.\n',
    );
  });

  it('refuses to overwrite an existing update and leaves it as it was', async () => {
    const dir = await content();
    const first = await createUpdate(dir, 'london-floods', { title: 'Rescue' }, at('2024-03-24T10:00:10Z'));
    const edited = '---\ntime: 2024-03-24T10:00:10+00:00\n---\n\nThe editor already wrote this.\n';
    await writeFile(first.path, edited);
    await expect(
      createUpdate(dir, 'london-floods', { title: 'Rescue' }, at('2024-03-24T10:00:50Z')),
    ).rejects.toThrow(
      'updates/2024-03-24-1000-rescue.md already exists and was not overwritten; give it a different --title, or wait a minute',
    );
    expect(await readFile(first.path, 'utf8')).toBe(edited);
  });

  it('names the closest articles when the slug is unknown', async () => {
    const dir = await content();
    await expect(createUpdate(dir, 'moscow-concert-attack', {}, at('2024-03-24T10:00:00Z'))).rejects.toThrow(
      'there is no article "moscow-concert-attack" in content/articles/; did you mean moscow-concert-hall-attack?',
    );
    await expect(createUpdate(dir, 'zzz', {}, at('2024-03-24T10:00:00Z'))).rejects.toThrow(
      'there is no article "zzz" in content/articles/; the articles are: london-floods, moscow-concert-hall-attack, new-york-storm',
    );
  });

  it('refuses an unknown author, a key event without headline and an empty title', async () => {
    const dir = await content();
    const now = at('2024-03-24T10:00:00Z');
    await expect(createUpdate(dir, 'london-floods', { author: 'anna-peters' }, now)).rejects.toThrow(
      '"anna-peters" is not in the authors list (content/authors/); did you mean anna-peeters?',
    );
    await expect(createUpdate(dir, 'london-floods', { keyEvent: true }, now)).rejects.toThrow(
      'a key event needs a headline; add --title "..."',
    );
    await expect(createUpdate(dir, 'london-floods', { title: '  ' }, now)).rejects.toThrow(
      '--title is empty; write a headline, or leave --title out',
    );
    expect(await readdir(join(dir, 'articles/london-floods'))).toEqual(['index.md']);
  });
});

describe('createArticle', () => {
  it('derives the slug from the title and times it in the site zone', async () => {
    const dir = await content();
    const { path, slug } = await createArticle(
      dir,
      'Flooding in Liège: what we know',
      { live: true, authors: ['anna-peeters'] },
      at('2024-07-01T08:00:00Z'),
    );
    expect(slug).toBe('flooding-in-liege-what-we-know');
    expect(await readFile(path, 'utf8')).toBe(
      '---\ntitle: "Flooding in Liège: what we know"\npublished: 2024-07-01T10:00:00+02:00\nstatus: live\nauthors:\n  - anna-peeters\n---\n\n',
    );
  });

  it('refuses a slug that is taken, and a title that gives no slug', async () => {
    const dir = await content();
    const now = at('2024-07-01T08:00:00Z');
    await expect(createArticle(dir, 'London floods', {}, now)).rejects.toThrow(
      'content/articles/london-floods/ already exists; choose another title, or pass --slug with a different address',
    );
    expect(await readFile(join(dir, 'articles/london-floods/index.md'), 'utf8')).toContain('title: Floods');
    await expect(createArticle(dir, 'Москва', {}, now)).rejects.toThrow(
      '"" cannot be an article address; pass --slug with lowercase letters, digits and hyphens',
    );
    const { slug } = await createArticle(dir, 'Москва', { slug: 'moscow-2' }, now);
    expect(slug).toBe('moscow-2');
  });
});
