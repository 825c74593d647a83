import { expect, test, type Page } from '@playwright/test';
import { startLiveSite, type LiveSite } from '../helpers/live-site.ts';

// These tests share one server whose polled page they change: run them one at a time.
test.describe.configure({ mode: 'serial' });

let site: LiveSite;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = await startLiveSite();
});
test.afterAll(async () => site?.close());
test.beforeEach(async () => site.publish('initial'));

const POLL_MS = 30_000;

/** Opens the article with a controllable clock and counts requests for the polled page. */
async function open(page: Page) {
  const polls: { status: number; ifNoneMatch: string | undefined }[] = [];
  page.on('response', async (response) => {
    const request = response.request();
    if (!request.url().endsWith('/live/')) return;
    polls.push({ status: response.status(), ifNoneMatch: (await request.allHeaders())['if-none-match'] });
  });
  await page.clock.install({ time: new Date('2024-05-01T12:10:00+02:00') });
  await page.setViewportSize({ width: 600, height: 500 });
  await page.goto(site.pageUrl);
  return polls;
}

/** Lets one polling interval pass and waits until that check is over and the next one is scheduled. */
async function nextPoll(page: Page, polls: unknown[], ms = POLL_MS) {
  const before = polls.length;
  await page.clock.runFor(ms);
  await expect.poll(() => polls.length).toBe(before + 1);
  await expect(page.locator('[data-live-block]')).toHaveAttribute('data-live-checks', String(before + 1));
}

test('a new update while the reader is further down: button, announcement, (1) title, focus on click', async ({
  page,
}) => {
  const polls = await open(page);
  const title = await page.title();
  await page.locator('#update-u1').scrollIntoViewIfNeeded();
  const reading = await page.locator('#update-u1').boundingBox();
  await site.publish('added');
  await nextPoll(page, polls);
  const button = page.getByRole('button', { name: '1 new update' });
  await expect(button).toBeVisible();
  await expect(page.locator('[aria-live="polite"][data-live-announcer]')).toHaveText('1 new update');
  await expect(page).toHaveTitle(`(1) ${title}`);
  await expect(page.locator('#update-u4')).toBeHidden();
  // Nothing moved under the reader's eyes.
  expect(await page.locator('#update-u1').boundingBox()).toEqual(reading);
  await button.click();
  await expect(page.locator('#update-u4')).toBeVisible();
  await expect(page.locator('#update-u4')).toBeFocused();
  await expect(page.locator('#update-u4')).toContainText('The new update.');
  await expect(button).toBeHidden();
  await expect(page).toHaveTitle(title);
  const ids = await page.locator('article.update').evaluateAll((nodes) => nodes.map((n) => n.id));
  expect(ids).toEqual(['update-u4', 'update-u3', 'update-u2', 'update-u1']);
});

test('at the top, the stream still below the window, a new update appears in place, rendered like the first paint', async ({
  page,
}) => {
  const polls = await open(page);
  // Inserted where the reader cannot see yet, it moves nothing on screen.
  await page.setViewportSize({ width: 390, height: 250 });
  expect((await page.locator('[data-live-stream]').boundingBox())!.y).toBeGreaterThan(250);
  await site.publish('added');
  await nextPoll(page, polls);
  await expect(page.locator('#update-u4')).toBeVisible();
  await expect(page.locator('[data-new-updates]')).toBeHidden();
  await expect(page.locator('[data-live-announcer]')).toHaveText('1 new update');
  await expect(page.locator('#update-u4 .update-time time')).toHaveText('1 May 2024, 12:00 CEST');
  await expect(page.locator('#update-u4 .update-ago')).toHaveText('10 min ago');
  await expect(page.locator('#update-u4 .share-button')).toBeVisible();
  await expect(page.locator('.live-status')).toContainText('Last updated 1 May 2024, 12:00 CEST');
});

test('in the wide layout the update count and Latest follow a new update; Latest reveals it', async ({
  page,
}) => {
  const polls = await open(page);
  await page.setViewportSize({ width: 1280, height: 400 });
  const count = page.locator('.live-count');
  const latest = count.getByRole('link', { name: 'Latest update' });
  await expect(count).toContainText('3 updates');
  await expect(latest).toHaveAttribute('href', /#update-u3$/);
  await page.locator('#update-u1').scrollIntoViewIfNeeded();
  await site.publish('added');
  await nextPoll(page, polls);
  await expect(count).toContainText('4 updates');
  await expect(latest).toHaveAttribute('href', /#update-u4$/);
  await expect(page.locator('#update-u4')).toBeHidden();
  await latest.click();
  await expect(page.locator('#update-u4')).toBeFocused();
  await expect(page.locator('#update-u4')).toBeInViewport();
});

test('polls send If-None-Match and an unchanged page (304) changes nothing', async ({ page }) => {
  const polls = await open(page);
  await nextPoll(page, polls);
  await nextPoll(page, polls);
  // A 304 is a success: the next check comes after the normal interval, not a backed-off one.
  await nextPoll(page, polls);
  expect(polls[0]).toMatchObject({ status: 200, ifNoneMatch: undefined });
  expect(polls[1]!.status).toBe(304);
  expect(polls[1]!.ifNoneMatch).toMatch(/^(W\/)?".+"$/);
  await expect(page.locator('article.update')).toHaveCount(3);
  await expect(page.locator('[data-live-announcer]')).toHaveText('');
});

test('an edited update is replaced in place, keeping its id; a removed update disappears', async ({
  page,
}) => {
  const polls = await open(page);
  await site.publish('edited');
  await nextPoll(page, polls);
  const edited = page.locator('#update-u2');
  await expect(edited.locator('.update-correction')).toHaveText(
    'Correction: An earlier version misspelt the name.',
  );
  await expect(edited.locator('.update-edited')).toHaveText('Updated 12:30 CEST');
  await expect(edited).toContainText('The corrected text of update 2.');
  const ids = await page.locator('article.update').evaluateAll((nodes) => nodes.map((n) => n.id));
  expect(ids).toEqual(['update-u4', 'update-u3', 'update-u2', 'update-u1']);
  await site.publish('removed');
  await nextPoll(page, polls);
  await expect(page.locator('#update-u3')).toHaveCount(0);
  await expect(page.locator('article.update')).toHaveCount(3);
});

test('coverage switching to ended shows the ended state and stops all further requests', async ({ page }) => {
  const polls = await open(page);
  await site.publish('ended');
  await nextPoll(page, polls);
  await expect(page.locator('.live-status')).toContainText('This live coverage has ended.');
  await expect(page.locator('.badge-live')).toHaveCount(0);
  await expect(page.locator('.article-header .badge-ended')).toBeVisible();
  await page.clock.runFor(20 * 60_000);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.clock.runFor(20 * 60_000);
  expect(polls).toHaveLength(1);
});

test('a hidden tab makes no requests and polls again when shown', async ({ page }) => {
  const polls = await open(page);
  await setVisibility(page, 'hidden');
  await page.clock.runFor(10 * 60_000);
  expect(polls).toHaveLength(0);
  await setVisibility(page, 'visible');
  await expect.poll(() => polls.length).toBe(1);
});

test('errors double the interval up to five minutes', async ({ page }) => {
  let failures = 0;
  await page.route('**/live/', (route) => {
    failures += 1;
    return route.fulfill({ status: 503, body: 'down' });
  });
  await page.clock.install({ time: new Date('2024-05-01T12:10:00+02:00') });
  await page.goto(site.pageUrl);
  // 30 s, then 60, 120, 240, 300, 300 seconds between attempts.
  const block = page.locator('[data-live-block]');
  for (const [wait, expected] of [
    [30, 1],
    [59, 1],
    [1, 2],
    [120, 3],
    [240, 4],
    [299, 4],
    [1, 5],
    [300, 6],
  ] as const) {
    await page.clock.runFor(wait * 1000);
    await expect.poll(() => failures).toBe(expected);
    await expect(block).toHaveAttribute('data-live-checks', String(expected));
  }
});

/** Headless Chromium never hides a tab: stand in for the browser hiding or showing it. */
async function setVisibility(page: Page, state: 'hidden' | 'visible') {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

test('a retracted update: the open tab drops its text at the next poll; page, permalink, feeds and JSON-LD no longer hold it', async ({
  page,
  browser,
}) => {
  const polls = await open(page);
  const text = 'Paragraph 1 of a long update';
  await expect(page.locator('#update-u1')).toContainText(text);
  await site.publish('retracted');
  await nextPoll(page, polls);
  const note = 'This update was removed at 12:40 CEST: It named a person protected by a court order.';
  const retracted = page.locator('#update-u1');
  await expect(retracted.locator('.update-retraction')).toHaveText(note);
  await expect(retracted).not.toContainText(text);
  await expect(retracted.locator('h2')).toHaveCount(0);

  // The site as deployed after the retraction, read by a new visitor.
  const built = await site.serveBuild('retracted');
  const visitor = await browser.newPage();
  // The lasting permalink still resolves: it sends the reader to the note, in the update's place.
  await visitor.goto(`${built}articles/poll-test/updates/update-u1/`);
  await expect(visitor).toHaveURL(`${built}articles/poll-test/#update-u1`);
  await expect(visitor.locator('#update-u1 .update-retraction')).toHaveText(note);
  const html = await visitor.content();
  expect(html).not.toContain(text);
  const jsonLd = await visitor.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd.join('')).toContain('update-u2');
  expect(jsonLd.join('')).not.toContain('update-u1');
  for (const feed of ['rss.xml', 'feed.json']) {
    const body = await (await visitor.request.get(`${built}articles/poll-test/${feed}`)).text();
    expect(body, feed).toContain('updates/update-u2/');
    expect(body, feed).not.toContain('updates/update-u1/');
    expect(body, feed).not.toContain(text);
  }
  await visitor.close();
});
