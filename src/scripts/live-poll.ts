import { mergeLiveBlock, replaceTop } from './live-merge.ts';
import { createLiveNotice } from './live-notice.ts';
import { pollDelay } from './poll-delay.ts';
import { refreshRelativeTimes } from './relative-time.ts';
import { showShareButtons } from './share.ts';

/**
 * Polls the article's one shared live/ page (the same URL for every reader, so a
 * CDN answers almost all requests) with If-None-Match, every `data-poll-seconds`;
 * paused while the tab is hidden, backing off on errors, stopped once coverage ends.
 */
export function startLivePolling(block: HTMLElement): void {
  const url = block.dataset.livePoll;
  if (!url) return;
  const base = Number(block.dataset.pollSeconds) * 1000 || 30_000;
  const newestFirst = block.dataset.liveOrder !== 'oldest';
  const notice = createLiveNotice(block);
  let etag: string | undefined;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = Date.now();
  let busy = false;
  let checks = 0;
  let stopped = false;
  let top: Element | undefined;

  const schedule = (delay = pollDelay(base, failures)) => {
    clearTimeout(timer);
    if (!stopped && !document.hidden) timer = setTimeout(poll, delay);
  };

  async function poll() {
    if (stopped || busy || document.hidden) return;
    busy = true;
    last = Date.now();
    try {
      const response = await fetch(url!, {
        cache: 'no-store',
        headers: etag ? { 'If-None-Match': etag } : {},
      });
      if (response.status !== 304) {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        etag = response.headers.get('ETag') ?? undefined;
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        const fresh = doc.querySelector('[data-live-block]');
        if (fresh) apply(fresh);
      }
      failures = 0;
    } catch {
      failures += 1;
    }
    busy = false;
    schedule();
    // How many checks have finished: lets tests (and curious developers) see the loop advance.
    block.dataset.liveChecks = String(++checks);
  }

  function apply(fresh: Element) {
    const stream = block.querySelector('[data-live-stream]');
    // In place only where that moves nothing on screen: the stream still starts below the
    // window (or new updates go below, oldest first). Otherwise they wait behind the button.
    const inPlace = !newestFirst || (stream?.getBoundingClientRect().top ?? 0) >= innerHeight;
    const { added, ended } = mergeLiveBlock(block, fresh, !inPlace);
    top = fresh;
    if (inPlace) replaceTop(block, top);
    for (const node of added) {
      showShareButtons(node);
      if (inPlace) highlight(node);
    }
    refreshRelativeTimes();
    const pending = block.querySelectorAll('li[data-pending]').length;
    if (added.length > 0) notice.announce(inPlace ? added.length : pending);
    if (pending > 0) notice.pending(pending);
    if (ended) stop();
  }

  function reveal() {
    const waiting = [...block.querySelectorAll<HTMLElement>('[data-pending]')];
    for (const node of waiting) {
      node.hidden = false;
      node.removeAttribute('data-pending');
      if (node.matches('li')) highlight(node);
    }
    if (top) replaceTop(block, top);
    notice.clear();
    const first = waiting.find((node) => node.matches('li'))?.querySelector<HTMLElement>('article');
    if (first) {
      first.tabIndex = -1;
      first.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
      first.focus({ preventScroll: true });
    }
  }

  function stop() {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  }

  function onVisibility() {
    if (document.hidden) clearTimeout(timer);
    else schedule(Math.max(0, last + pollDelay(base, failures) - Date.now()));
  }

  notice.onReveal(reveal);
  // "Latest" (LiveCount) points at the newest update: one still waiting is shown first.
  block.addEventListener('click', (event) => {
    const latest = (event.target as Element).closest('[data-live-latest]');
    if (latest && block.querySelector('li[data-pending]')) {
      event.preventDefault();
      reveal();
    }
  });
  document.addEventListener('visibilitychange', onVisibility);
  schedule();
}

function highlight(node: HTMLElement) {
  node.classList.add('update-arrived');
}

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
