import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/model/slugify.ts';

describe('slugify', () => {
  it.each([
    ['Rescue teams arrive', 'rescue-teams-arrive'],
    ['Flooding in Liège: what we know', 'flooding-in-liege-what-we-know'],
    ['  Putin’s speech — live  ', 'putins-speech-live'],
    ['Zürich & Genève', 'zurich-geneve'],
    ['40 dead, 100+ injured', '40-dead-100-injured'],
    ['!!!', ''],
    ['Москва', ''],
  ])('%j -> %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify(
      'Emergency services say the number of people taken to hospital has risen again tonight',
    );
    expect(slug).toBe('emergency-services-say-the-number-of-people-taken-to');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('cuts a single long word at the limit', () => {
    expect(slugify('a'.repeat(80), 10)).toBe('aaaaaaaaaa');
  });
});
