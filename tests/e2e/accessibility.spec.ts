import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  ['front page', ''],
  ['seed article', 'articles/moscow-concert-hall-attack/'],
  ['fixture article', 'articles/fixture-timed-updates/'],
  ['author page', 'authors/test-desk/'],
  ['404 page', 'no-such-page/'],
];

for (const [name, path] of PAGES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${name} has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(process.env.E2E_BASE_URL + path!);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
      ).toEqual([]);
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
