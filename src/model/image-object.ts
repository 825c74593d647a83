import { parseCredit } from './photo-credit.ts';

/** What structured data needs to know about a photo. */
export interface ImageObjectInput {
  alt: string;
  caption?: string;
  credit: string;
  creator?: string;
  licence?: string;
  licencePage?: string;
  width: number;
  height: number;
}

/**
 * schema.org `ImageObject` with the fields Google shows as image licence details:
 * creditText (the credit line as printed), creator (the photographer: `creator`,
 * else the name before the slash in "Name/Agency"), copyrightNotice (the agency,
 * else the photographer), license and acquireLicensePage.
 */
export function buildImageObject(photo: ImageObjectInput, contentUrl: string): Record<string, unknown> {
  const credit = parseCredit(photo.credit);
  const creator = photo.creator ?? credit.name;
  return {
    '@type': 'ImageObject',
    contentUrl,
    url: contentUrl,
    width: photo.width,
    height: photo.height,
    ...(photo.caption && { caption: photo.caption }),
    ...(photo.alt && { description: photo.alt }),
    creditText: photo.credit,
    creator: { '@type': 'Person', name: creator },
    copyrightNotice: credit.agency ?? creator,
    ...(photo.licence && { license: photo.licence }),
    ...(photo.licencePage && { acquireLicensePage: photo.licencePage }),
  };
}
