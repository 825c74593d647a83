import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, updateIdFromFileName } from '../../../src/model/update-id.ts';

describe('updateIdFromFileName', () => {
  it.each([
    ['2024-03-24-van-ostaeyen.md', 'update-2024-03-24-van-ostaeyen'],
    ['2024-03-24 Expert.md', 'update-2024-03-24-expert'],
    ['A B.md', 'update-a-b'],
    ['a-b.md', 'update-a-b'],
    ['Crème brûlée.MD', 'update-creme-brulee'],
    ['  --Hello__World!!--.md', 'update-hello-world'],
    ['10h30.md', 'update-10h30'],
    ['日本.md', 'update-untitled'],
    ['.md', 'update-untitled'],
    ['<script>.md', 'update-script'],
    ['a"onmouseover=x.md', 'update-a-onmouseover-x'],
  ])('%j -> %j', (fileName, id) => {
    expect(updateIdFromFileName(fileName)).toBe(id);
  });

  it('gives ids safe in HTML attributes and URL fragments', () => {
    for (const name of ['A B.md', 'x"y\'z<>&.md', 'Über Straße.md']) {
      expect(updateIdFromFileName(name)).toMatch(/^update-[a-z0-9-]+$/);
    }
  });
});

describe('SLUG_PATTERN', () => {
  it.each(['moscow-concert-hall-attack', 'a', '2024-news'])('accepts %j', (slug) => {
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });
  it.each(['Moscow', 'a--b', '-a', 'a-', 'a b', 'a_b', 'é', ''])('refuses %j', (slug) => {
    expect(SLUG_PATTERN.test(slug)).toBe(false);
  });
});
