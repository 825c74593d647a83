/** The Open Graph / Twitter card image every article gets, made at build time. */
export interface SocialImage {
  /** Path relative to the site's base, e.g. "articles/<slug>/og.png" (as PageMeta's image.src), og.jpg over a photo. */
  src: string;
  width: number;
  height: number;
  /** Text alternative for `og:image:alt`. */
  alt: string;
}

export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;

/**
 * A card's format, and so its file name (`og.jpg`, `og.png`), for an article's image and an
 * update's card alike: one made from a photo is a JPEG (a real photo encoded as PNG: about
 * 2 MB and 40 ms of CPU an image; as JPEG: 170 KB and 7 ms), one on the accent colour a PNG
 * (flat colour and text, 15 KB).
 */
export function cardExtension(onPhoto: boolean): 'jpg' | 'png' {
  return onPhoto ? 'jpg' : 'png';
}

/** The lead photo cropped to 1200 x 630 (og.jpg), or a card with the headline when there is no photo (og.png). */
export function socialImageFor(
  slug: string,
  title: string,
  lead?: { alt: string; decorative: boolean },
): SocialImage {
  return {
    src: `articles/${slug}/og.${cardExtension(lead !== undefined)}`,
    width: SOCIAL_IMAGE_WIDTH,
    height: SOCIAL_IMAGE_HEIGHT,
    alt: lead && !lead.decorative && lead.alt ? lead.alt : title,
  };
}
