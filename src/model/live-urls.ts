/**
 * URLs of live coverage, from the site's base path (e.g. "/" or "/news/"):
 *   articles/<slug>/                 main page: the newest updates; the only page that polls
 *   articles/<slug>/older/<n>/       older page n, counted from the oldest (stable for ever)
 *   articles/<slug>/updates/<id>/    permalink of one update: redirects to the page holding it
 *   articles/<slug>/live/            the small page every open main page polls for news
 */
export function articlePath(base: string, slug: string): string {
  return `${base}articles/${slug}/`;
}

/** The page holding older page `olderPage` (0 = the main page). */
export function livePagePath(base: string, slug: string, olderPage: number): string {
  return olderPage === 0 ? articlePath(base, slug) : `${articlePath(base, slug)}older/${olderPage}/`;
}

/** Where an update is right now: its page plus its id as the fragment. */
export function updateLocation(
  base: string,
  slug: string,
  update: { id: string; olderPage: number },
): string {
  return `${livePagePath(base, slug, update.olderPage)}#${update.id}`;
}

/** The folder of the updates' lasting permalinks. */
export function updatesPath(base: string, slug: string): string {
  return `${articlePath(base, slug)}updates/`;
}

/** The update's lasting permalink, which keeps working when the update moves to an older page. */
export function updatePermalink(base: string, slug: string, id: string): string {
  return `${updatesPath(base, slug)}${id}/`;
}

export function livePollPath(base: string, slug: string): string {
  return `${articlePath(base, slug)}live/`;
}
