/**
 * Brings the open main page up to date with a freshly fetched copy of its LIVE
 * block (the live/ page, rendered by the same components). New updates are
 * inserted hidden when `hide` is set, so nothing moves under the reader's eyes.
 */
export interface MergeResult {
  /** Newly inserted list items, in page order. */
  added: HTMLElement[];
  ended: boolean;
}

const items = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('li[data-update]')];
const versionOf = (li: Element) => li.querySelector('[data-version]')?.getAttribute('data-version');

export function mergeLiveBlock(block: HTMLElement, fresh: Element, hide: boolean): MergeResult {
  replacePart(block, fresh, '[data-live-status]');
  replacePart(block, fresh, '[data-live-pagination]');
  const stream = block.querySelector<HTMLElement>('[data-live-stream]');
  const incoming = fresh.querySelector('[data-live-stream]');
  const added: HTMLElement[] = [];
  if (stream && incoming) {
    removeGone(stream, incoming);
    let section: Element | null = null;
    for (const next of incoming.querySelectorAll('[data-day]')) {
      section = placeSection(stream, next, section, hide);
      let previous: Element | null = null;
      for (const li of items(next)) {
        const current = stream.querySelector(`li[data-update="${li.dataset.update}"]`);
        const node =
          current && versionOf(current) === versionOf(li) ? current : document.importNode(li, true);
        if (current && node !== current) {
          // An edit or correction: same place, same id, new content.
          (node as HTMLElement).hidden = (current as HTMLElement).hidden;
          current.replaceWith(node);
        } else if (!current) {
          (node as HTMLElement).hidden = hide;
          if (hide) node.setAttribute('data-pending', '');
          added.push(node as HTMLElement);
        }
        const list = section.querySelector('ol')!;
        if (previous ? previous.nextElementSibling !== node : list.firstElementChild !== node) {
          if (previous) previous.after(node);
          else list.prepend(node);
        }
        previous = node;
      }
    }
    for (const empty of stream.querySelectorAll('[data-day]')) if (!empty.querySelector('li')) empty.remove();
    if (stream.querySelector('li')) stream.querySelector('[data-live-empty]')?.remove();
  }
  const ended = fresh.querySelector('[data-live-status]')?.getAttribute('data-live-status') === 'ended';
  const badge = fresh.querySelector('[data-live-status] .badge');
  if (ended && badge) {
    // The headline's LIVE badge too: the page must not claim to be live any more.
    for (const live of document.querySelectorAll('.badge-live'))
      live.replaceWith(document.importNode(badge, true));
  }
  return { added, ended };
}

/** Replaces the main page's key points, key events and pinned update (call when the reader is at the top). */
export function replaceTop(block: HTMLElement, fresh: Element): void {
  const open = block.querySelector<HTMLDetailsElement>('[data-live-pinned] details[open]')?.dataset.pinned;
  replacePart(block, fresh, '[data-live-top]');
  replacePart(block, fresh, '[data-live-pinned]');
  const pinned = block.querySelector<HTMLDetailsElement>('[data-live-pinned] details');
  if (pinned && open && pinned.dataset.pinned === open) pinned.open = true;
}

function replacePart(block: HTMLElement, fresh: Element, selector: string) {
  const current = block.querySelector(selector);
  const next = fresh.querySelector(selector);
  if (current && next && current.innerHTML !== next.innerHTML)
    current.replaceWith(document.importNode(next, true));
}

/** Drops updates deleted since the page loaded; those older than the fresh copy have moved to an older page. */
function removeGone(stream: HTMLElement, incoming: Element) {
  const fresh = items(incoming);
  const keep = new Set(fresh.map((li) => li.dataset.update));
  const oldest = Math.min(...fresh.map((li) => Number(li.dataset.epoch)));
  for (const li of items(stream)) {
    if (!keep.has(li.dataset.update) && Number(li.dataset.epoch) >= oldest) li.remove();
  }
}

/** The page's section for a day, created (empty, and hidden when `hide`) after `after` if missing. */
function placeSection(stream: HTMLElement, next: Element, after: Element | null, hide: boolean): Element {
  const day = next.getAttribute('data-day');
  let section = stream.querySelector(`[data-day="${day}"]`);
  if (!section) {
    section = document.importNode(next, true);
    section.querySelector('ol')!.replaceChildren();
    if (hide) {
      (section as HTMLElement).hidden = true;
      section.setAttribute('data-pending', '');
    }
    if (after) after.after(section);
    else stream.prepend(section);
  }
  return section;
}
