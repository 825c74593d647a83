import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, the front page lists articles with live ones marked', async ({ page }) => {
  await page.goto(process.env.E2E_BASE_URL!);
  const seed = page.locator('.card', {
    hasText: 'At least 40 dead in shooting and fire in concert hall near Moscow',
  });
  await expect(seed.locator('.badge-live')).toBeVisible();
  await seed.getByRole('heading').getByRole('link').click();
  await expect(page.locator('h1')).toHaveText(
    'At least 40 dead in shooting and fire in concert hall near Moscow',
  );
});

test('with JavaScript off, a live page is complete', async ({ page }) => {
  await page.goto(process.env.E2E_BASE_URL + 'articles/moscow-concert-hall-attack/');
  await expect(page.locator('.live-block')).toContainText('Last updated');
  await expect(page.locator('article.update h2')).toBeVisible();
  await expect(page.locator('article.update')).toContainText(
    'we will then have a new flow of refugees towards the West',
  );
  await expect(page.locator('.source')).toBeVisible();
});
