import { codeFiles, codeKey } from '../code-key.ts';

/** The files that draw cards and social images (and what they import), relative to the project. */
export const CARD_ENTRIES = ['src/images/update-card.ts', 'src/images/social-image.ts'];

/** Where this process keeps the key, for the card workers (threads start with a copy of the environment). */
export const CARD_CODE_VARIABLE = 'LIVE_NEWS_CARD_CODE';

/** The drawing code's files, as sorted project paths. */
export const cardFiles = (root: string) => codeFiles(root, CARD_ENTRIES);

/**
 * Notes the key of the drawing code (src/code-key.ts: its files and package-lock.json, so sharp's
 * version too) for this process: the permalinks integration calls it once Astro knows the
 * project's root, before any card is drawn. Every cached card and social image is keyed by it
 * (cachePath in social-image.ts), so a change to how they are drawn draws them again, in a
 * build that keeps its cache (a CI runner restores it: docs/deploying.md) as in a clean one.
 */
export function noteCardCode(root: string): void {
  process.env[CARD_CODE_VARIABLE] = codeKey(root, CARD_ENTRIES);
}

/** The noted key; empty where no build noted one (a test drawing cards directly). */
export const cardCode = (): string => process.env[CARD_CODE_VARIABLE] ?? '';
