import { expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';

const PAGES = [
  ['front page', ''],
  ['seed article', 'articles/moscow-concert-hall-attack/'],
  ['fixture article', 'articles/fixture-timed-updates/'],
  ['article with embeds', 'articles/fixture-embeds/'],
  ['Arabic (right-to-left) article', 'articles/fixture-arabic-sandstorm/'],
  ['author page', 'authors/test-desk/'],
  ['404 page', 'no-such-page/'],
];

for (const [name, path] of PAGES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${name} has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(process.env.E2E_BASE_URL + path!);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(process.env.E2E_BASE_URL + 'articles/moscow-concert-hall-attack/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
