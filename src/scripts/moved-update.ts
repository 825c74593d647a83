const UPDATE_ID = /^update-[a-z0-9-]+$/;

/**
 * Updates move from the main page to an older page as coverage grows. A link to
 * "<article>/#update-x" whose update has moved is sent to the update's lasting
 * permalink, which redirects to the page that now holds it.
 */
export function followMovedUpdate(block: HTMLElement): void {
  const updates = block.dataset.liveMoved;
  if (!updates) return;
  const follow = async () => {
    const id = location.hash.slice(1);
    if (!UPDATE_ID.test(id) || document.getElementById(id)) return;
    // A deleted update has no permalink page: then the reader stays on the article.
    const target = `${updates}${id}/`;
    const found = await fetch(target, { method: 'HEAD' }).then(
      (r) => r.ok,
      () => false,
    );
    if (found) location.replace(target);
  };
  void follow();
  addEventListener('hashchange', () => void follow());
}
