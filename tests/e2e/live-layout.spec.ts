import { expect, test, type Locator, type Page } from '@playwright/test';
import { addLiveUpdate } from '../helpers/route-site.ts';

// The live page's two layouts (issue 20): a sticky side column beside the stream from 1100px,
// one column on phones. Geometry is read from the built e2e site.
const LONG = 'articles/fixture-long-coverage/';
const SEED = 'articles/moscow-concert-hall-attack/';
const open = async (page: Page, path: string, width: number) => {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(process.env.E2E_BASE_URL + path);
};
const box = async (locator: Locator) => (await locator.boundingBox())!;
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('at 1280 wide the side column stands beside the stream and stays in view while reading', async ({
  page,
}) => {
  await open(page, LONG, 1280);
  const side = page.locator('.live-side');
  const stream = page.locator('.live-stream');
  await expect(side.locator('.key-points')).toBeVisible();
  await expect(side.locator('.key-events')).toBeVisible();
  const [s, m] = [await box(side), await box(stream)];
  expect(s.x + s.width).toBeLessThan(m.x);
  expect(s.y).toBeLessThan(m.y + 100);
  expect(m.width).toBeGreaterThan(600);
  // Each update's time sits in a gutter left of its text.
  const time = await box(page.locator('#update-u40 .update-time'));
  const headline = await box(page.locator('#update-u40 h2'));
  const header = await box(page.locator('#update-u40 .update-header'));
  expect(time.x + time.width).toBeLessThanOrEqual(headline.x);
  expect(Math.abs(time.y - header.y)).toBeLessThan(8);
  // Far down the stream the side column is still at the top of the window.
  await page.locator('#update-u25').scrollIntoViewIfNeeded();
  await expect(side.locator('.key-events')).toBeInViewport();
  expect((await box(side)).y).toBeGreaterThanOrEqual(-1);
  expect((await box(side)).y).toBeLessThan(20);
  expect(await horizontalOverflow(page)).toBe(0);
});

test('at 390 wide the page is one column, the side part above the stream, as before', async ({ page }) => {
  await open(page, LONG, 390);
  const [s, m] = [await box(page.locator('.live-side')), await box(page.locator('.live-stream'))];
  expect(s.y + s.height).toBeLessThanOrEqual(m.y);
  expect(Math.abs(s.x - m.x)).toBeLessThan(8);
  const time = await box(page.locator('#update-u40 .update-time'));
  const headline = await box(page.locator('#update-u40 h2'));
  expect(time.y + time.height).toBeLessThanOrEqual(headline.y);
  await expect(page.locator('.live-count')).toBeHidden();
  await page.mouse.wheel(0, 3000);
  await expect(page.locator('.key-events')).not.toBeInViewport();
  expect(await horizontalOverflow(page)).toBe(0);
});

test('a page with no key events or points still gets the count and Latest beside its stream', async ({
  page,
}) => {
  await open(page, SEED, 1280);
  const count = page.locator('.live-count');
  await expect(count).toContainText('1 update');
  await expect(count.getByRole('link', { name: 'Latest update' })).toHaveAttribute(
    'href',
    /\/articles\/moscow-concert-hall-attack\/#update-/,
  );
  expect((await box(page.locator('.live-side'))).x).toBeLessThan((await box(page.locator('.live-stream'))).x);
  expect(await horizontalOverflow(page)).toBe(0);
});

test('an older page links Latest to the newest update on the main page', async ({ page }) => {
  await open(page, `${LONG}older/1/`, 1280);
  await expect(page.locator('.live-count')).toContainText('45 updates');
  await expect(page.getByRole('link', { name: 'Latest update' })).toHaveAttribute(
    'href',
    '/articles/fixture-long-coverage/#update-u45',
  );
});

test.describe('new updates in the wide layout', () => {
  test.beforeEach(async ({ page }) => {
    await addLiveUpdate(page, LONG, 'update-zz-arrived', '<p>The update that just arrived.</p>');
    await page.clock.install({ time: new Date('2024-05-02T03:30:00+02:00') });
  });
  const poll = (page: Page) => page.clock.runFor(31_000);

  // The count itself comes from the build (live-poll.spec.ts follows it through a real rebuild).
  test('with the stream in view it waits behind the button, then enters the stream first', async ({
    page,
  }) => {
    await open(page, LONG, 1280);
    const before = await box(page.locator('#update-u45'));
    await poll(page);
    const arrived = page.locator('#update-zz-arrived');
    await expect(page.getByRole('button', { name: '1 new update' })).toBeVisible();
    await expect(arrived).toBeHidden();
    expect(await box(page.locator('#update-u45'))).toEqual(before);
    await page.getByRole('button', { name: '1 new update' }).click();
    await expect(arrived).toBeVisible();
    const ids = await page.locator('.live-stream article.update').evaluateAll((n) => n.map((a) => a.id));
    expect(ids.slice(0, 2)).toEqual(['update-zz-arrived', 'update-u45']);
    // Rendered as the first paint: in the stream column, its time in the gutter.
    const [s, a] = [await box(page.locator('.live-side')), await box(arrived)];
    expect(s.x + s.width).toBeLessThan(a.x);
    expect((await box(arrived.locator('.update-time'))).x).toBeLessThan(
      (await box(arrived.locator('.update-body'))).x,
    );
  });

  test('further down it waits; Latest reveals it and moves there', async ({ page }) => {
    await open(page, LONG, 1280);
    await page.locator('#update-u30').scrollIntoViewIfNeeded();
    await poll(page);
    const count = page.locator('.live-count');
    await expect(page.getByRole('button', { name: '1 new update' })).toBeVisible();
    const arrived = page.locator('#update-zz-arrived');
    await expect(arrived).toBeHidden();
    // The sticky column keeps Latest at hand while reading.
    await count.getByRole('link', { name: 'Latest update' }).click();
    await expect(arrived).toBeVisible();
    await expect(arrived).toBeFocused();
    await expect(arrived).toBeInViewport();
    await expect(page.getByRole('button', { name: '1 new update' })).toBeHidden();
  });
});

test('What we know and key events are refreshed from the polled page', async ({ page }) => {
  await page.route(`**/${LONG}live/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('Key event on the main page', 'A renamed key event');
    await route.fulfill({ response, body: html, headers: { ...response.headers(), etag: '"renamed"' } });
  });
  await page.clock.install({ time: new Date('2024-05-02T03:30:00+02:00') });
  // On a phone at the top, with the stream still below the window, the top is replaced at once.
  await open(page, LONG, 390);
  await page.setViewportSize({ width: 390, height: 300 });
  await page.clock.runFor(31_000);
  await expect(page.locator('.key-events')).toContainText('A renamed key event');
});
