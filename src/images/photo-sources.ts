import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** Widths generated for every photo (up to its own width): a 40rem column at 1x to 2x density. */
export const PHOTO_WIDTHS = [320, 480, 640, 960, 1280];

/** The content column: 40rem on wide screens, the viewport minus 1rem padding each side below that. */
export const PHOTO_SIZES = '(min-width: 42rem) 40rem, calc(100vw - 2rem)';

/** A card's thumbnail (ArticleCard): 8rem wide on phones, 12rem from 30rem. */
export const CARD_PHOTO_SIZES = '(min-width: 30rem) 12rem, 8rem';
/** Cards use the article page's smaller widths, so they add no file to encode or publish. */
export const CARD_PHOTO_MAX_WIDTH = 640;

export interface PhotoSources {
  /** `<source>` elements, best format first: AVIF, then WebP. */
  sources: { type: string; srcset: string }[];
  /** The `<img>` fallback (JPEG, or PNG for PNG originals) with width and height. */
  img: { src: string; srcset: string; width: number; height: number };
}

/**
 * Runs the photo through astro:assets (sharp): every width up to `maxWidth` in AVIF,
 * WebP and the fallback format, for a picture shown at `sizes`.
 */
export async function photoSources(
  image: ImageMetadata,
  photo: { width: number; format: string },
  sizes = PHOTO_SIZES,
  maxWidth = Infinity,
): Promise<PhotoSources> {
  const fitting = PHOTO_WIDTHS.filter((w) => w <= Math.min(photo.width, maxWidth));
  const widths = fitting.length > 0 ? fitting : [photo.width];
  const width = Math.max(...widths);
  const transform = (format: 'avif' | 'webp' | 'jpg' | 'png') =>
    getImage({ src: image, width, widths, format, sizes });
  const [avif, webp, fallback] = await Promise.all([
    transform('avif'),
    transform('webp'),
    transform(photo.format === 'png' ? 'png' : 'jpg'),
  ]);
  return {
    sources: [
      { type: 'image/avif', srcset: avif.srcSet.attribute },
      { type: 'image/webp', srcset: webp.srcSet.attribute },
    ],
    img: {
      src: fallback.src,
      srcset: fallback.srcSet.attribute,
      width: Number(fallback.attributes.width),
      height: Number(fallback.attributes.height),
    },
  };
}

/** Every URL `picture` names (each format's every width), for the files its page needs. */
export function pictureUrls(picture: PhotoSources): string[] {
  const urls = [picture.img.src];
  for (const srcset of [picture.img.srcset, ...picture.sources.map((source) => source.srcset)])
    for (const candidate of srcset.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push(url);
    }
  return urls;
}
