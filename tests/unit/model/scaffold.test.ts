import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/loaders/front-matter.ts';
import { articleFileText, updateFileName, updateFileText } from '../../../src/model/scaffold.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { UpdateSchema } from '../../../src/schemas/update.ts';

const at = (iso: string) => Date.parse(iso);

describe('updateFileName', () => {
  it.each([
    [
      '2024-03-31T12:15:00Z',
      'Europe/Brussels',
      'Rescue teams arrive',
      '2024-03-31-1415-rescue-teams-arrive.md',
    ],
    [
      '2024-03-31T12:15:00Z',
      'Europe/London',
      'Rescue teams arrive',
      '2024-03-31-1315-rescue-teams-arrive.md',
    ],
    ['2024-03-31T12:15:00Z', 'Europe/Brussels', undefined, '2024-03-31-1415.md'],
    ['2024-03-31T12:15:00Z', 'Europe/Brussels', '???', '2024-03-31-1415.md'],
    ['2024-03-30T23:30:00Z', 'Europe/Brussels', 'Après minuit', '2024-03-31-0030-apres-minuit.md'],
  ])('%s in %s, title %j -> %s', (instant, zone, title, name) => {
    expect(updateFileName(at(instant), zone, title)).toBe(name);
  });
});

describe('file texts', () => {
  it('writes update front matter the schema accepts, leaving unset flags out', () => {
    const text = updateFileText({
      time: '2024-03-31T14:15:00+02:00',
      title: 'Rescue: teams "arrive" # now',
      author: 'anna-peeters',
      keyEvent: true,
      pinned: false,
    });
    expect(text).toBe(
      `---\ntime: 2024-03-31T14:15:00+02:00\ntitle: 'Rescue: teams "arrive" # now'\nauthor: anna-peeters\nkeyEvent: true\n---\n\n`,
    );
    const front = parseFrontMatter(text);
    expect(front.ok && UpdateSchema.parse(front.value.data)).toEqual({
      time: '2024-03-31T14:15:00+02:00',
      title: 'Rescue: teams "arrive" # now',
      author: 'anna-peeters',
      keyEvent: true,
    });
  });

  it('writes article front matter the schema accepts', () => {
    const text = articleFileText({
      title: 'Flooding in Liège: what we know',
      published: '2024-03-31T14:15:00+02:00',
      status: 'live',
      authors: [],
    });
    expect(text).toBe(
      '---\ntitle: "Flooding in Liège: what we know"\npublished: 2024-03-31T14:15:00+02:00\nstatus: live\n---\n\n',
    );
    const front = parseFrontMatter(text);
    expect(front.ok && ArticleSchema.parse(front.value.data).title).toBe('Flooding in Liège: what we know');
  });
});
