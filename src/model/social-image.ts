/** The Open Graph / Twitter card image every article gets, made at build time. */
export interface SocialImage {
  /** Path relative to the site's base, e.g. "articles/<slug>/og.png" (as PageMeta's image.src). */
  src: string;
  width: number;
  height: number;
  /** Text alternative for `og:image:alt`. */
  alt: string;
}

export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;

/** The lead photo cropped to 1200 x 630, or a card with the headline when there is no photo. */
export function socialImageFor(
  slug: string,
  title: string,
  lead?: { alt: string; decorative: boolean },
): SocialImage {
  return {
    src: `articles/${slug}/og.png`,
    width: SOCIAL_IMAGE_WIDTH,
    height: SOCIAL_IMAGE_HEIGHT,
    alt: lead && !lead.decorative && lead.alt ? lead.alt : title,
  };
}
