import { expect, test, type Page } from '@playwright/test';

const NEW_YORK = 'articles/fixture-zone-new-york/';
const MOSCOW = 'articles/fixture-zone-moscow/';
const DELHI = 'articles/fixture-zone-delhi/';
const url = (path: string) => process.env.E2E_BASE_URL + path;

test('New York times read EST or EDT as the date requires, and the zone is said once in words', async ({
  page,
}) => {
  await page.goto(url(NEW_YORK));
  await expect(page.locator('.dateline')).toHaveText('Published 9 March 2024, 21:00 EST');
  await expect(page.locator('.zone-note')).toHaveText('Times are Eastern time (EST and EDT)');
  await expect(page.locator('.zone-note')).toHaveCount(1);
  const before = page.locator('#update-before .update-time time');
  await expect(before).toHaveAttribute('datetime', '2024-03-09T23:30:00-05:00');
  await expect(before).toContainText('23:30 EST');
  const after = page.locator('#update-after .update-time time');
  await expect(after).toHaveAttribute('datetime', '2024-03-10T09:15:00-04:00');
  await expect(after).toContainText('09:15 EDT');
  await expect(page.locator('body')).not.toContainText(/GMT[+-]/);
});

test('Moscow times read MSK, across midnight, with the date line of the new day', async ({ page }) => {
  await page.goto(url(MOSCOW));
  await expect(page.locator('.dateline')).toHaveText('Published 22 March 2024, 21:00 MSK');
  await expect(page.locator('.zone-note')).toHaveText('Times are Moscow time (MSK)');
  await expect(page.locator('[data-day="2024-03-23"] #update-night .update-time time')).toContainText(
    '00:10 MSK',
  );
  await expect(page.locator('.live-ended')).toContainText('Ended 23 March 2024, 01:30 MSK.');
  await expect(page.locator('body')).not.toContainText(/GMT[+-]/);
});

test('Delhi times read IST', async ({ page }) => {
  await page.goto(url(DELHI));
  await expect(page.locator('.dateline')).toHaveText('Published 24 March 2024, 10:00 IST');
  await expect(page.locator('.zone-note')).toHaveText('Times are India time (IST)');
});

const tooltip = (page: Page, selector: string) =>
  page.locator(selector).evaluate((link) => getComputedStyle(link, '::after').content);

test.describe('a reader in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('sees their own time on hover (title) and on keyboard focus, without moving text', async ({
    page,
  }) => {
    await page.goto(url(NEW_YORK));
    const link = page.locator('#update-after a.update-time');
    await expect(link).toHaveAttribute('title', 'Your time (Asia/Tokyo): 10 March 2024 at 22:15');
    // Where the text around it sits in the page (not the viewport: focus may scroll).
    const place = () =>
      page.locator('#update-after').evaluate((update) =>
        [':scope > *', '.update-ago', 'h2', 'p'].flatMap((selector) =>
          [...update.querySelectorAll(selector)].map((el) => {
            const box = el.getBoundingClientRect();
            return [box.left + window.scrollX, box.top + window.scrollY, box.width, box.height];
          }),
        ),
      );
    const still = await place();
    expect(await tooltip(page, '#update-after a.update-time')).toBe('none');
    // Reach the permalink from the keyboard: focus the element before it, then Tab.
    await page.locator('#update-after').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    expect(await tooltip(page, '#update-after a.update-time')).toContain('Your time (Asia/Tokyo)');
    expect(await place()).toEqual(still);
  });
});

test.describe('a reader in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('is not told their own time: it is the time already shown', async ({ page }) => {
    await page.clock.install({ time: new Date('2024-03-10T09:20:00-04:00') });
    await page.goto(url(NEW_YORK));
    await expect(page.locator('#update-after .update-ago')).toHaveText('5 min ago');
    await expect(page.locator('#update-after a.update-time')).not.toHaveAttribute('title');
  });
});
