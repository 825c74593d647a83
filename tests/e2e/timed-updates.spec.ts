import { expect, test } from '@playwright/test';

const FIXTURE = 'articles/fixture-timed-updates/';

test('timed updates render newest first, ties broken by file name, with zone-named times', async ({
  page,
}) => {
  await page.goto(process.env.E2E_BASE_URL + FIXTURE);
  const ids = await page.locator('article.update').evaluateAll((nodes) => nodes.map((n) => n.id));
  expect(ids).toEqual(['update-d-tie-two', 'update-c-tie-one', 'update-b-second', 'update-a-first']);
  const first = page.locator('#update-a-first time');
  await expect(first).toHaveAttribute('datetime', '2024-03-31T00:30:00+00:00');
  await expect(first).toHaveText('31 March 2024, 00:30 GMT');
  const second = page.locator('#update-b-second time');
  await expect(second).toHaveAttribute('datetime', '2024-03-31T02:15:00+01:00');
  await expect(second).toHaveText('31 March 2024, 02:15 BST');
});

test('each update permalink targets its own update', async ({ page }) => {
  await page.goto(process.env.E2E_BASE_URL + FIXTURE);
  const link = page.locator('#update-b-second a[href="#update-b-second"]');
  await link.click();
  await expect(page).toHaveURL(/#update-b-second$/);
  await expect(page.locator('#update-b-second')).toBeInViewport();
  await page.goto(process.env.E2E_BASE_URL + FIXTURE + '#update-a-first');
  await expect(page.locator('#update-a-first')).toBeInViewport();
});

test('raw HTML in a body is sanitized while harmless markup survives', async ({ page }) => {
  await page.goto(process.env.E2E_BASE_URL + FIXTURE);
  await expect(page.locator('.article-body sub')).toHaveText('subscript');
  await expect(page.locator('.article-body sup')).toHaveText('superscript');
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned);
  expect(pwned).toBeUndefined();
  await expect(page.locator('#update-d-tie-two script')).toHaveCount(0);
  await expect(page.locator('[onmouseover], [onerror], a[href^="javascript:"]')).toHaveCount(0);
});
