import sharp from 'sharp';
import type { Random } from './prng.ts';

/**
 * A photo-like JPEG (gradients and shapes, so it encodes like a picture rather
 * than a flat colour), deterministic for a given random state.
 */
export async function makePhoto(random: Random, width = 1600, height = 1067): Promise<Buffer> {
  const hue = () => random.int(0, 359);
  const shapes = Array.from({ length: 12 }, () => {
    const x = random.int(0, width);
    const y = random.int(0, height);
    const r = random.int(40, 400);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${hue()},60%,50%)" fill-opacity="0.55"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue()},50%,40%)"/><stop offset="1" stop-color="hsl(${hue()},50%,70%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}
