import { expect, test } from '@playwright/test';

const LONG = 'articles/fixture-long-coverage/';
const ENDED = 'articles/fixture-ended-coverage/';
const url = (path: string) => process.env.E2E_BASE_URL + path;
const ids = (page: import('@playwright/test').Page) =>
  page.locator('article.update').evaluateAll((nodes) => nodes.map((n) => n.id));

test('key-event links land on the right update, on this page and on an older page', async ({ page }) => {
  await page.goto(url(LONG));
  const keyEvents = page.getByRole('navigation', { name: 'Key events' });
  await expect(keyEvents.getByRole('link')).toHaveText([
    '2 May 2024, 02:30 CEST Key event on the main page',
    '1 May 2024, 20:40 CEST Key event on the older page',
  ]);
  await keyEvents.getByRole('link', { name: /on the main page/ }).click();
  await expect(page).toHaveURL(url(`${LONG}#update-u40`));
  await expect(page.locator('#update-u40')).toBeInViewport();
  await page.goto(url(LONG));
  await keyEvents.getByRole('link', { name: /on the older page/ }).click();
  await expect(page).toHaveURL(url(`${LONG}older/1/#update-u05`));
  await expect(page.locator('#update-u05')).toBeInViewport();
  await expect(page.locator('#update-u05 h2')).toHaveText('Key event on the older page');
});

test('pages hold N updates counted from the oldest; the main page the newest rest', async ({ page }) => {
  await page.goto(url(LONG));
  await expect(page.locator('article.update')).toHaveCount(25);
  expect((await ids(page))[0]).toBe('update-u45');
  expect((await ids(page)).at(-1)).toBe('update-u21');
  const nav = page.getByRole('navigation', { name: 'Pages of live updates' });
  await expect(nav).toContainText('Page 1 of 2');
  await expect(nav.getByRole('link')).toHaveText(['Older', 'Oldest']);
  await nav.getByRole('link', { name: 'Older' }).click();
  await expect(page).toHaveURL(url(`${LONG}older/1/`));
  await expect(page.locator('article.update')).toHaveCount(20);
  expect((await ids(page))[0]).toBe('update-u20');
  expect((await ids(page)).at(-1)).toBe('update-u01');
  await expect(nav).toContainText('Page 2 of 2');
  await expect(nav.getByRole('link')).toHaveText(['Newest', 'Newer']);
  // Only the main page polls, and only it repeats the summary, key events and pinned update.
  await expect(page.locator('[data-live-poll]')).toHaveCount(0);
  await expect(page.locator('.key-events, .pinned-update, .key-points')).toHaveCount(0);
  await nav.getByRole('link', { name: 'Newer' }).click();
  await expect(page).toHaveURL(url(LONG));
});

test('a permalink to an update on an older page resolves to it', async ({ page }) => {
  await page.goto(url(`${LONG}updates/update-u08/`));
  await expect(page).toHaveURL(url(`${LONG}older/1/#update-u08`));
  await expect(page.locator('#update-u08')).toBeInViewport();
  // An address copied while the update was still on the main page finds it too.
  await page.goto(url(`${LONG}#update-u09`));
  await expect(page).toHaveURL(url(`${LONG}older/1/#update-u09`));
  await expect(page.locator('#update-u09')).toBeInViewport();
});

test('date headings wherever the day changes, in the article zone', async ({ page }) => {
  await page.goto(url(LONG));
  await expect(page.locator('.day-heading')).toHaveText(['2 May 2024', '1 May 2024']);
  await expect(page.locator('[data-day="2024-05-02"] article.update')).toHaveCount(21);
});

test('a corrected update says when it was updated and shows the note, keeping its place', async ({
  page,
}) => {
  await page.goto(url(LONG));
  const corrected = page.locator('#update-u42');
  await expect(corrected.locator('.update-edited')).toHaveText('Updated 03:15 CEST');
  await expect(corrected.locator('.update-edited time')).toHaveAttribute(
    'datetime',
    '2024-05-02T03:15:00+02:00',
  );
  await expect(corrected.locator('.update-correction')).toHaveText(
    'Correction: An earlier version of this update gave the wrong number.',
  );
  expect((await ids(page)).indexOf('update-u42')).toBe(3);
});

test('the pinned copy has no duplicate ids and the original links to it', async ({ page }) => {
  await page.goto(url(LONG));
  const duplicates = await page.evaluate(() => {
    const all = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return all.filter((id, i) => all.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);
  await expect(page.locator('#pinned-update summary')).toContainText('The pinned update');
  await page.goto(url(`${LONG}older/1/`));
  await page.locator('#update-u12').getByRole('link', { name: 'Pinned' }).click();
  await expect(page).toHaveURL(url(`${LONG}#pinned-update`));
});

test('ended coverage: ended notice with its time, no LIVE badge, oldest first, no polling', async ({
  page,
}) => {
  await page.goto(url(ENDED));
  await expect(page.locator('.live-ended')).toHaveText(
    'This live coverage has ended. Ended 10 June 2024, 13:30 CEST.',
  );
  await expect(page.locator('.badge-live')).toHaveCount(0);
  await expect(page.locator('[data-live-poll]')).toHaveCount(0);
  expect(await ids(page)).toEqual(['update-q1', 'update-q2', 'update-q3']);
});

test.describe('a reader in UTC', () => {
  test.use({ timezoneId: 'UTC' });

  test('recent updates show a relative time, refreshed each minute, and the reader-zone tooltip', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install({ time: new Date('2024-05-02T03:25:00+02:00') });
    await page.goto(url(LONG));
    await expect(page.locator('#update-u45 .update-ago')).toHaveText('5 min ago');
    await expect(page.locator('#update-u21 .update-ago')).toHaveText('4 hr ago');
    // A reader outside the article's zone (Brussels) gets their own time on the permalink.
    await expect(page.locator('#update-u45 a.update-time')).toHaveAttribute('title', /^Your time \(UTC\): /);
    await page.clock.runFor(60_000);
    await expect(page.locator('#update-u45 .update-ago')).toHaveText('6 min ago');
    // Twelve hours on, relative times give way to the absolute time alone.
    await page.clock.runFor(12 * 3_600_000);
    await expect(page.locator('#update-u45 .update-ago')).toHaveText('');
  });
});

test('share copies the lasting permalink and confirms, from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
  });
  await page.goto(url(LONG));
  const share = page.locator('#update-u45').getByRole('button', { name: 'Share this update' });
  await share.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#update-u45 .share-status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url(`${LONG}updates/update-u45/`));
});

test('share uses the system share sheet where there is one', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => (shared.push(data), Promise.resolve()),
      configurable: true,
    });
  });
  await page.goto(url(LONG));
  await page.locator('#update-u42').getByRole('button', { name: 'Share this update' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
    { url: url(`${LONG}updates/update-u42/`), title: 'A corrected update' },
  ]);
});

test('a link to a deleted update stays on the article', async ({ page }) => {
  await page.goto(url(`${LONG}#update-deleted-long-ago`));
  await expect(page.locator('[data-live-block]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page).toHaveURL(url(`${LONG}#update-deleted-long-ago`));
});

test('showing the share buttons and relative times moves nothing on the page', async ({ page }) => {
  await page.clock.install({ time: new Date('2024-05-02T03:25:00+02:00') });
  // Hold the script back to measure the page as first painted, then let it run.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url(LONG), { waitUntil: 'commit' });
  await page.locator('footer').waitFor({ state: 'attached' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet !== null),
  );
  const top = () =>
    page.locator('#update-u21').evaluate((n) => n.getBoundingClientRect().top + window.scrollY);
  const before = await top();
  await expect(page.locator('#update-u45 .share-button')).toBeHidden();
  release();
  await expect(page.locator('#update-u45 .share-button')).toBeVisible();
  await expect(page.locator('#update-u45 .update-ago')).toHaveText('5 min ago');
  expect(await top()).toBe(before);
});
