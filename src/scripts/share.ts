import { fillWords } from '../i18n/fill-words.ts';
import type { ScriptWords } from '../i18n/script-words.ts';
import { readScriptWords } from './page-words.ts';

/** Share buttons: the system share sheet where there is one, else copy the link and confirm. */
export function enableShareButtons(block: HTMLElement): void {
  showShareButtons(block);
  const words = readScriptWords(block);
  block.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-share-url]');
    if (button) void share(button, words);
  });
}

/** Share buttons stay hidden without JavaScript; new updates bring hidden ones too. */
export function showShareButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLElement>('[data-share-url]')) button.hidden = false;
}

async function share(button: HTMLElement, words: ScriptWords): Promise<void> {
  const url = new URL(button.dataset.shareUrl ?? '', location.href).href;
  const status = button.parentElement?.querySelector('[data-share-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title: button.dataset.shareTitle || document.title });
    } catch {
      // The reader closed the share sheet: nothing to say.
    }
    return;
  }
  try {
    await navigator.clipboard.writeText(url);
    say(words.linkCopied);
  } catch {
    say(fillWords(words.copyThisLink, { url }));
  }
}
