// Progressive enhancement of live coverage pages; the page is complete without it.
import { startLivePolling } from './live-poll.ts';
import { followMovedUpdate } from './moved-update.ts';
import { startRelativeTimes } from './relative-time.ts';
import { enableShareButtons } from './share.ts';

const block = document.querySelector<HTMLElement>('[data-live-block]');
if (block) {
  startRelativeTimes(block);
  enableShareButtons(block);
  followMovedUpdate(block);
  startLivePolling(block);
}
