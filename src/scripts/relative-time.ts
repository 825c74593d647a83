import { relativeText } from './relative-time-text.ts';

let refresh: (() => void) | undefined;

/**
 * Adds "5 min ago" beside recent update times (refreshed each minute) and a
 * tooltip with the time in the reader's own zone. Nothing at build time reads "now".
 */
export function startRelativeTimes(block: HTMLElement): void {
  const locale = block.dataset.liveLocale || undefined;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const local = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  refresh = () => {
    for (const slot of block.querySelectorAll<HTMLElement>('[data-ago]')) {
      const time = slot.parentElement?.querySelector('.update-time time');
      const value = time?.getAttribute('datetime') ?? '';
      if (!time || !value.includes('T')) continue;
      const at = Date.parse(value);
      time.setAttribute('title', `Your time (${zone}): ${local.format(at)}`);
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
