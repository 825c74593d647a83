import { countWords } from '../i18n/fill-words.ts';
import { readScriptWords } from './page-words.ts';

/** The "N new updates" button, the "(N)" in the tab title and the polite announcement. */
export interface LiveNotice {
  /** Updates are waiting behind the button: show how many. */
  pending(count: number): void;
  /** Tells screen-reader users that updates arrived. */
  announce(count: number): void;
  clear(): void;
  onReveal(handler: () => void): void;
}

export function createLiveNotice(block: HTMLElement): LiveNotice {
  // "3 new updates" in the article's language, with its plural rules.
  const { newUpdates } = readScriptWords(block);
  const describeCount = (count: number) => countWords(newUpdates, count, block.dataset.liveLocale);
  const button = block.querySelector<HTMLButtonElement>('[data-new-updates]');
  const announcer = block.querySelector('[data-live-announcer]');
  const title = document.title;
  return {
    pending(count) {
      if (button) {
        button.textContent = describeCount(count);
        button.hidden = false;
      }
      document.title = `(${count}) ${title}`;
    },
    announce(count) {
      if (announcer) announcer.textContent = describeCount(count);
    },
    clear() {
      if (button) button.hidden = true;
      document.title = title;
    },
    onReveal(handler) {
      button?.addEventListener('click', handler);
    },
  };
}
