import { describe, expect, it, test } from 'vitest';
import { withPhotos } from '../../../src/model/article-photos.ts';
import type { PhotoView } from '../../../src/model/photo-view.ts';
import { photosOfOwner } from '../../../src/model/photo-view.ts';
import { toneOf } from '../../../src/model/photo-tone.ts';
import { cardExtension, socialImageFor } from '../../../src/model/social-image.ts';

function photo(owner: string, slot: string, credit: string, article = 'a'): PhotoView {
  return {
    id: `${owner}#${slot}`,
    owner,
    slot,
    article,
    file: `${slot}.jpg`,
    alt: 'alt',
    decorative: false,
    credit,
    width: 800,
    height: 600,
    format: 'jpeg',
    tone: 'photo-tone-111',
  };
}

const view = {
  slug: 'a',
  photoCredits: ['Agency'],
  updates: [{ entryId: 'a/newer' }, { entryId: 'a/older' }],
};

describe('withPhotos', () => {
  it('adds the lead photo and summarises credits: lead, article text, updates as listed, photoCredit', () => {
    const photos = [
      photo('a/older', '0', 'Old/AFP'),
      photo('a/newer', '1', 'New2/AP'),
      photo('a/newer', '0', 'New/AP'),
      photo('a', '0', 'Body/Belga'),
      photo('a', 'lead', 'Lead/Reuters'),
      photo('b', 'lead', 'Other/Article', 'b'),
      photo('a/dropped', '0', 'Draft/Update'),
    ];
    const result = withPhotos(view, photos);
    expect(result.photo?.credit).toBe('Lead/Reuters');
    expect(result.photoCredits).toEqual([
      'Lead/Reuters',
      'Body/Belga',
      'New/AP',
      'New2/AP',
      'Old/AFP',
      'Agency',
    ]);
  });

  it('keeps the photoCredit alone when there are no photos', () => {
    const result = withPhotos(view, []);
    expect(result.photo).toBeUndefined();
    expect(result.photoCredits).toEqual(['Agency']);
  });
});

describe('photosOfOwner', () => {
  it('lists a body’s photos by slot number, without the lead photo', () => {
    const photos = [
      photo('a', '10', 'X'),
      photo('a', 'lead', 'L'),
      photo('a', '2', 'Y'),
      photo('a/u', '0', 'Z'),
    ];
    expect(photosOfOwner(photos, 'a').map((p) => p.slot)).toEqual(['2', '10']);
  });
});

describe('toneOf', () => {
  it.each([
    [0, 0, 0, 'photo-tone-000'],
    [255, 255, 255, 'photo-tone-222'],
    [136, 68, 34, 'photo-tone-110'],
    [50, 102, 204, 'photo-tone-012'],
  ])('rgb(%i, %i, %i) is %s', (r, g, b, tone) => {
    expect(toneOf(r, g, b)).toBe(tone);
  });
});

describe('socialImageFor', () => {
  it.each([
    [undefined, 'png', 'Headline'],
    [{ alt: 'Fire engines', decorative: false }, 'jpg', 'Fire engines'],
    [{ alt: '', decorative: true }, 'jpg', 'Headline'],
  ])('lead %j: og.%s, alt %j', (lead, extension, alt) => {
    expect(socialImageFor('x', 'Headline', lead)).toEqual({
      src: `articles/x/og.${extension}`,
      width: 1200,
      height: 630,
      alt,
    });
  });

  test('an image made from a photo is a JPEG (og.jpg), a card on the accent colour a PNG (og.png)', () => {
    expect(cardExtension(true)).toBe('jpg');
    expect(cardExtension(false)).toBe('png');
  });
});
