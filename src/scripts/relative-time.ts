import { fillWords } from '../i18n/fill-words.ts';
import { readScriptWords } from './page-words.ts';
import { relativeText, writtenOffset } from './relative-time-text.ts';

let refresh: (() => void) | undefined;

/**
 * Adds "5 min ago" beside recent update times (refreshed each minute) and, for a reader
 * whose clock is not the article's zone, their own time on the permalink: a title for the
 * mouse and screen readers, shown by CSS on keyboard focus too. Nothing at build time reads "now".
 */
export function startRelativeTimes(block: HTMLElement): void {
  const locale = block.dataset.liveLocale || undefined;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const local = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    hour12: block.dataset.liveHours === '12',
  });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { yourTime } = readScriptWords(block);
  refresh = () => {
    for (const slot of block.querySelectorAll<HTMLElement>('[data-ago]')) {
      const link = slot.parentElement?.querySelector('.update-time');
      const value = link?.querySelector('time')?.getAttribute('datetime') ?? '';
      if (!link || !value.includes('T')) continue;
      const at = Date.parse(value);
      if (-new Date(at).getTimezoneOffset() !== writtenOffset(value)) {
        link.setAttribute('title', fillWords(yourTime, { zone, time: local.format(at) }));
      }
      slot.textContent = relativeText(Date.now() - at, relative) ?? '';
    }
  };
  refresh();
  setInterval(refresh, 60_000);
}

/** Re-reads every time, e.g. after new updates arrived. */
export function refreshRelativeTimes(): void {
  refresh?.();
}
