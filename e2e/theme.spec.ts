import { expect, test, type Page } from '@playwright/test';

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** The theme control, whatever it says. */
const control = (page: Page) => page.getByRole('button', { name: /^Theme:/ });

test('follows the system colour scheme when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(control(page)).toHaveAccessibleName('Theme: System');
  const dark = await background(page);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(control(page)).toHaveAccessibleName('Theme: System');
  expect(await background(page)).not.toBe(dark);
});

test('the control cycles dark, light and system, names the choice, and keeps it across pages', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await background(page);

  // On a light system the first press shows the other theme.
  await control(page).click();
  await expect(control(page)).toHaveAccessibleName('Theme: Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background(page);
  expect(dark).not.toBe(light);

  await page.goto('/faq/');
  await expect(control(page)).toHaveAccessibleName('Theme: Dark');
  expect(await background(page)).toBe(dark);
  await page.reload();
  expect(await background(page)).toBe(dark);

  await control(page).click();
  await expect(control(page)).toHaveAccessibleName('Theme: Light');
  expect(await background(page)).toBe(light);

  // Back to the system: nothing stored, so the system setting rules again, live.
  await control(page).click();
  await expect(control(page)).toHaveAccessibleName('Theme: System');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await page.evaluate(() => localStorage.getItem('pvn-theme'))).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(dark);
});

test('a stored theme (as earlier versions stored it) is applied before first paint', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('pvn-theme', 'dark'));
  // Record the theme at the first moment the body exists, before any module script runs.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { firstTheme: string }).firstTheme =
          document.documentElement.dataset['theme'] ?? 'none';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe(
    'dark',
  );
  await expect(control(page)).toHaveAccessibleName('Theme: Dark');
});
