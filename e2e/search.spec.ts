import { expect, test, type Page } from '@playwright/test';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the site' });
const box = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the site' });

test('no search code is downloaded until the reader first searches', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/compare/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);

  await page.getByRole('button', { name: 'Search' }).click();
  await box(page).fill('gil');
  await expect(dialog(page).getByRole('option').first()).toBeVisible();
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('the button opens the dialog, results appear as you type and Escape returns focus', async ({
  page,
}) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  await expect(dialog(page)).toBeVisible();
  await expect(box(page)).toBeFocused();
  await box(page).pressSequentially('cold start');
  await expect(dialog(page).getByRole('option').first()).toBeVisible();
  await expect(dialog(page).getByRole('status')).toHaveText(/\d+ results?/);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('Ctrl+K and "/" open the dialog, but "/" not while typing in a field', async ({ page }) => {
  await page.goto('/search/');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  await page.getByRole('searchbox', { name: 'Search the site' }).fill('a/b');
  await expect(dialog(page)).toBeHidden();
  await page.locator('main').focus();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
});

test('arrow keys move through the results and Enter opens one', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await box(page).fill('global interpreter lock');
  const options = dialog(page).getByRole('option');
  await expect(options.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  const id = await options.nth(1).getAttribute('id');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', id ?? '');
  const href = await options.nth(1).getAttribute('data-href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[#/]/g, '\\$&')}$`));
});

test('a misspelt query says what it shows results for', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await box(page).fill('lamda cold strat');
  await expect(dialog(page).getByRole('status')).toContainText(
    'Showing results for “lambda cold start”',
  );
});

test('the search page restores its query and filters from the URL', async ({ page }) => {
  await page.goto('/search/?q=cold+start&type=faq');
  await expect(page.getByRole('searchbox', { name: 'Search the site' }).first()).toHaveValue(
    'cold start',
  );
  await expect(page.getByRole('checkbox', { name: /^Questions/ })).toBeChecked();
  const results = page.locator('.search-page-results').getByRole('link');
  await expect(results.first()).toBeVisible();
  for (const href of await results.evaluateAll((a) => a.map((x) => x.getAttribute('href'))))
    expect(href).toMatch(/^\/faq\//);

  await page.getByRole('checkbox', { name: /^Guides/ }).check();
  await expect(page).toHaveURL(/type=guide&type=faq/);
  await expect(page.getByRole('checkbox', { name: /^Guides \(\d+\)/ })).toBeVisible();
});

test('the FAQ search lands on the answer and marks the matched words', async ({ page }) => {
  await page.goto('/faq/');
  const faqBox = page.getByRole('combobox', { name: 'Search the questions' });
  await faqBox.fill('pypy');
  const option = page.locator('#faq-search-results').getByRole('option').first();
  await expect(option).toBeVisible();
  await faqBox.press('Enter');
  await expect(page).toHaveURL(/\/faq\/#does-pypy-remove-the-gil$/);
  const heading = page.locator('#does-pypy-remove-the-gil');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  const entry = page.locator('.faq-entry.search-hit');
  await expect(entry).toHaveCount(1);
  await expect(entry.locator('mark').first()).toHaveText(/pypy/i);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to the FAQ and table', async ({
    page,
  }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'FAQ' }).last()).toHaveAttribute('href', '/faq/');
    await expect(page.getByRole('link', { name: 'Full comparison' })).toBeVisible();
  });

  test('the header search is a link to the search page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /^Search/ })).toHaveAttribute('href', '/search/');
  });
});
