import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { palettePng } from '../../../src/images/palette-png.ts';

describe('palettePng', () => {
  test('writes a PNG whose pixels are the palette colours of their indexes', async () => {
    const palette = Uint8Array.from([10, 20, 30, 200, 100, 0, 255, 255, 255]);
    const indexes = Uint8Array.from([0, 1, 2, 2, 1, 0]);
    // Each row: its filter byte (0), then its three indexes.
    const png = await palettePng(
      { data: Uint8Array.from([0, 0, 1, 2, 0, 2, 1, 0]), width: 3, height: 2 },
      palette,
    );
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([3, 2, 3]);
    const expected = [...indexes].flatMap((i) => [...palette.subarray(i * 3, i * 3 + 3)]);
    expect([...data]).toEqual(expected);
  });

  test('refuses rows that do not fill the size or are not unfiltered, and palettes that are not RGB triplets', async () => {
    const rows = (data: number[]) => ({ data: Uint8Array.from(data), width: 3, height: 2 });
    await expect(palettePng(rows([0, 0, 0, 0, 0, 0]), new Uint8Array(3))).rejects.toThrow(
      '6 bytes for 2 rows of 3',
    );
    await expect(palettePng(rows([0, 0, 0, 0, 1, 0, 0, 0]), new Uint8Array(3))).rejects.toThrow(
      'row 1 is not unfiltered',
    );
    await expect(palettePng(rows([0, 0, 0, 0, 0, 0, 0, 0]), new Uint8Array(4))).rejects.toThrow(
      'RGB triplets',
    );
  });
});
