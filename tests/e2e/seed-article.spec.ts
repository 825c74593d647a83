import { expect, test } from '@playwright/test';

const SEED = 'articles/moscow-concert-hall-attack/';

test('the seed report shows headline, LIVE badge, date, byline, photo credit, update and source', async ({
  page,
}) => {
  await page.goto(process.env.E2E_BASE_URL + SEED);
  await expect(page.locator('h1')).toHaveText(
    'At least 40 dead in shooting and fire in concert hall near Moscow',
  );
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.article-header .badge-live')).toHaveText(/live/i);
  await expect(page.locator('.dateline time[datetime="2024-03-24"]')).toHaveText('24 March 2024');
  await expect(page.locator('.byline')).toContainText('By Breaking Latest News');
  await expect(page.locator('.byline')).toContainText('Photo credits: Breaking Latest News');
  const update = page.locator('article.update#update-2024-03-24-van-ostaeyen');
  await expect(update.locator('h2')).toHaveText(
    'Terror expert Pieter Van Ostaeyen expects more IS attacks: “They don’t care which Western country is hit”',
  );
  await expect(update).toContainText('“It is not the first IS attack in Russia, but it is the deadliest.”');
  await expect(update).toContainText('“I expect the situation there to get completely out of hand');
  await expect(
    update.locator('a[href="#update-2024-03-24-van-ostaeyen"] time[datetime="2024-03-24"]'),
  ).toBeVisible();
  const source = page.locator('.source');
  await expect(source).toHaveText('Source: Breaking Latest News, 24 March 2024');
  await expect(source.locator('a')).toHaveCount(0);
  await expect(page.getByText('available here')).toHaveCount(0);
});
