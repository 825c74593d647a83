import { describe, expect, it } from 'vitest';
import { parsePhotoTitle } from '../../../src/model/photo-title.ts';

describe('parsePhotoTitle', () => {
  it.each([
    [
      'Smoke rises | Photo: Jane Doe/Reuters',
      { caption: 'Smoke rises', credit: 'Jane Doe/Reuters', decorative: false },
    ],
    ['Photo: Jane Doe/Reuters', { caption: undefined, credit: 'Jane Doe/Reuters', decorative: false }],
    ['  Smoke  |  photo:Jane Doe  ', { caption: 'Smoke', credit: 'Jane Doe', decorative: false }],
    ['PHOTOS: AFP', { caption: undefined, credit: 'AFP', decorative: false }],
    // A caption may itself contain a bar: every part that is not the credit is caption.
    ['Left | right | Photo: AFP', { caption: 'Left | right', credit: 'AFP', decorative: false }],
    ['decorative | Photo: Jane Doe', { caption: undefined, credit: 'Jane Doe', decorative: true }],
    ['Decorative|Photo: X', { caption: undefined, credit: 'X', decorative: true }],
    ['Only a caption', { caption: 'Only a caption', credit: undefined, decorative: false }],
    ['Caption | Photo:', { caption: 'Caption', credit: undefined, decorative: false }],
    ['', { caption: undefined, credit: undefined, decorative: false }],
    [null, { caption: undefined, credit: undefined, decorative: false }],
    [undefined, { caption: undefined, credit: undefined, decorative: false }],
    // "Photo" inside a caption is not a credit: only a part that starts with it.
    ['A photo: the hall | Photo: B', { caption: 'A photo: the hall', credit: 'B', decorative: false }],
  ])('%j', (title, expected) => {
    expect(parsePhotoTitle(title)).toEqual(expected);
  });
});
