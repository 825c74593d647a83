import { expect, test } from '@playwright/test';

const PERMALINK = /\/articles\/moscow-concert-hall-attack\/#update-2024-03-24-van-ostaeyen$/;

test('search finds a phrase from the seed update and opens its permalink', async ({ page }) => {
  // The page's strict CSP must let Pagefind load its index, worker and WebAssembly.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|falling back/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  await page.goto(process.env.E2E_BASE_URL + 'search/');
  await page.getByLabel('Search articles and live updates').fill('nine to ten attacks');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText('for “nine to ten attacks”');
  const result = page.locator('.search-results a').first();
  await expect(result).toHaveText(/Terror expert Pieter Van Ostaeyen/);
  await expect(result).toHaveAttribute('href', PERMALINK);
  await expect(page.locator('.search-results mark').first()).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(PERMALINK);
  await expect(page.locator('#update-2024-03-24-van-ostaeyen')).toBeInViewport();
  expect(problems).toEqual([]);
});

test('a search link (?q=) runs the search on arrival', async ({ page }) => {
  await page.goto(process.env.E2E_BASE_URL + 'search/?q=' + encodeURIComponent('Van Ostaeyen'));
  await expect(page.getByLabel('Search articles and live updates')).toHaveValue('Van Ostaeyen');
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', PERMALINK);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says why and links to topics, the archive and the latest news', async ({ page }) => {
    await page.goto(process.env.E2E_BASE_URL + 'search/');
    await expect(page.locator('form[role="search"]')).toBeHidden();
    const fallback = page.locator('[data-search-fallback]');
    await expect(fallback).toContainText('needs JavaScript');
    await fallback.getByRole('link', { name: 'by topic' }).click();
    await expect(page.locator('h1')).toHaveText('Topics');
  });
});
