import { expect, test } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';

const PAGES = [
  [
    'long coverage, main page (key points, key events, pinned, correction)',
    'articles/fixture-long-coverage/',
  ],
  ['long coverage, older page', 'articles/fixture-long-coverage/older/1/'],
  ['ended coverage', 'articles/fixture-ended-coverage/'],
  ['New York coverage with the zone line', 'articles/fixture-zone-new-york/'],
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
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
