import type { ScriptWords } from '../i18n/script-words.ts';

/** The words the live block hands its scripts, in the article's language (src/i18n/script-words.ts). */
export function readScriptWords(block: HTMLElement): ScriptWords {
  return JSON.parse(block.dataset.liveWords ?? '{}') as ScriptWords;
}
