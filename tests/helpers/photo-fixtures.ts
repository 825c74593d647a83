import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

export interface PhotoOptions {
  width: number;
  height: number;
  /** Background colour, e.g. "#3366cc". */
  colour?: string;
  format?: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff';
  /** Embed EXIF with GPS coordinates (a source's location that must never be published). */
  gps?: boolean;
  /** EXIF orientation (6 = shot with the camera turned 90 degrees). */
  orientation?: number;
  /** Grain like a real photo, so encoded sizes grow with the pixel count. */
  noise?: boolean;
}

/** A test photo made with sharp (never downloaded): a gradient-free block with a contrasting square. */
export async function makePhoto(path: string, options: PhotoOptions): Promise<Buffer> {
  const { width, height, colour = '#3366cc', format = 'jpeg' } = options;
  const square = Math.max(1, Math.floor(Math.min(width, height) / 3));
  const grain = options.noise ? { noise: { type: 'gaussian' as const, mean: 128, sigma: 40 } } : {};
  let image = sharp({ create: { width, height, channels: 3, background: colour, ...grain } }).composite([
    {
      input: { create: { width: square, height: square, channels: 3, background: '#f0c020' } },
      left: Math.floor(width / 6),
      top: Math.floor(height / 6),
    },
  ]);
  if (options.gps) {
    image = image.withExif({
      IFD0: { Make: 'TestCam', Model: 'Fixture' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '50/1 51/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '4/1 21/1 0/1',
      },
    });
  }
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  const bytes = await image.toFormat(format).toBuffer();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return bytes;
}

/**
 * A genuine PNG of any size in a few kilobytes: 1-bit grey rows of zeros compress
 * to almost nothing, so a 20,000 x 20,000 image costs no time or memory to make.
 */
export async function makeHugePng(path: string, width: number, height: number): Promise<void> {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(1, 8); // bit depth 1
  header.writeUInt8(0, 9); // greyscale
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, png);
}

/** True when an image file carries EXIF with a GPS block (tag 0x8825 points to it). */
export async function hasGps(input: string | Buffer): Promise<boolean> {
  const { exif } = await sharp(input).metadata();
  return Boolean(
    exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))),
  );
}
