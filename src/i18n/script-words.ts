import type { Words } from './words.ts';

/**
 * The few words the browser scripts write (src/scripts/): handed to them as one JSON
 * attribute on the live block, so the scripts carry no dictionary of their own.
 */
export interface ScriptWords {
  newUpdates: Words['newUpdates'];
  linkCopied: string;
  copyThisLink: string;
  yourTime: string;
}

export function scriptWords(words: Words): ScriptWords {
  const { newUpdates, linkCopied, copyThisLink, yourTime } = words;
  return { newUpdates, linkCopied, copyThisLink, yourTime };
}
