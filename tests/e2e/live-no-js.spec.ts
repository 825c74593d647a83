import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

const LONG = 'articles/fixture-long-coverage/';

test('with JavaScript off, the pinned update collapses and expands', async ({ page }) => {
  await page.goto(process.env.E2E_BASE_URL + LONG);
  const pinned = page.locator('.pinned-update');
  const body = pinned.getByText('Pinned body text.');
  await expect(body).toBeHidden();
  await pinned.locator('summary').click();
  await expect(body).toBeVisible();
  await expect(pinned.getByRole('heading', { name: 'A heading inside the pinned update' })).toBeVisible();
  await pinned.locator('summary').click();
  await expect(body).toBeHidden();
});

test('with JavaScript off, a lasting permalink still reaches an update on an older page', async ({
  page,
}) => {
  await page.goto(process.env.E2E_BASE_URL + LONG + 'updates/update-u03/');
  await expect(page).toHaveURL(/older\/1\/#update-u03$/);
  await expect(page.locator('#update-u03')).toBeInViewport();
  // Share buttons need JavaScript, so they stay hidden; the time link remains the permalink.
  await expect(page.locator('.share-button').first()).toBeHidden();
});
