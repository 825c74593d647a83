import { expect, test } from '@playwright/test';

// How the pages look, as reference images in the repo (tests/e2e/screenshots.spec.ts-snapshots/):
// a change in look shows up in review. After a deliberate change, regenerate them with
//   npx playwright test tests/e2e/screenshots.spec.ts --update-snapshots
// and look at the new images before committing (docs/reading.md).

/** One line per page: its name in the image file, its path, and how much of it to take. */
const PAGES: { name: string; path: string; fullPage: boolean }[] = [
  { name: 'seed', path: 'articles/moscow-concert-hall-attack/', fullPage: true },
  // Only the first screen of 45 updates: the layout, not the length.
  { name: 'long-live', path: 'articles/fixture-long-coverage/', fullPage: false },
  { name: 'front', path: '', fullPage: true },
  // Right to left (Arabic): the mirrored layout, side column and times on the right.
  { name: 'rtl', path: 'articles/fixture-arabic-sandstorm/', fullPage: true },
];

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

// The reader's clock and zone are fixed (relative times, "your time" titles); the build's content
// is fixed by the fixtures. Fonts are the system's: the references hold for this machine's image.
test.use({ timezoneId: 'Europe/Brussels', locale: 'en-GB' });

for (const { name, path, fullPage } of PAGES) {
  for (const viewport of WIDTHS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} page, ${viewport.name}, ${colorScheme}`, async ({ page }) => {
        await page.clock.setFixedTime(new Date('2024-05-02T04:00:00+02:00'));
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.setViewportSize(viewport);
        await page.goto(process.env.E2E_BASE_URL + path, { waitUntil: 'networkidle' });
        await expect(page).toHaveScreenshot(`${name}-${viewport.name}-${colorScheme}.png`, {
          fullPage,
          animations: 'disabled',
          caret: 'hide',
          scale: 'css',
          // Two identical screenshots in a row make a stable one: slow on a busy machine.
          timeout: 30_000,
        });
      });
    }
  }
}
