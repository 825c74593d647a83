import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  [
    'long coverage, main page (key points, key events, pinned, correction)',
    'articles/fixture-long-coverage/',
  ],
  ['long coverage, older page', 'articles/fixture-long-coverage/older/1/'],
  ['ended coverage', 'articles/fixture-ended-coverage/'],
];

for (const [name, path] of PAGES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${name} has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(process.env.E2E_BASE_URL + path!);
      // Audit the pinned update open too, and the share buttons the script shows.
      await page
        .locator('.pinned-update')
        .evaluateAll((nodes) => nodes.forEach((n) => n.setAttribute('open', '')));
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
      ).toEqual([]);
    });
  }
}
