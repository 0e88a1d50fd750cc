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

test('search page: facet counts equal the listed results and filters only narrow', async ({
  page,
}) => {
  const listed = page.locator('.search-page-results > li');
  const status = page.locator('pvn-search-page').getByRole('status');
  /** The count shown beside each checkbox of a facet, by value. */
  const counts = (name: string) =>
    page
      .locator(`[data-facet^="${name}:"]`)
      .evaluateAll((spans) =>
        Object.fromEntries(
          spans.map((s) => [
            (s as HTMLElement).dataset['facet']?.split(':')[1] ?? '',
            Number(/\d+/.exec(s.textContent ?? '')?.[0] ?? 'NaN'),
          ]),
        ),
      );
  const label: Record<string, string> = {
    comparison: 'Comparison rows',
    faq: 'Questions',
    guide: 'Guides',
  };
  const sum = (c: Record<string, number>, keys?: string[]) =>
    Object.entries(c).reduce((n, [k, v]) => n + (!keys || keys.includes(k) ? v : 0), 0);

  const shown = async () => {
    await expect(status).toHaveText(/\d+ results?|No results/);
    const n = await listed.count();
    await expect(status).toHaveText(n ? new RegExp(`(^|\\. )${n} results?$`) : /^No results/);
    return n;
  };
  for (const [q, types, categories] of [
    ['memory', ['comparison'], []],
    ['is node still single threaded', ['faq', 'guide'], []],
    ['cold start', ['faq'], []],
    ['python', ['comparison'], ['performance', 'operations']],
  ] as const) {
    await page.goto(`/search/?${new URLSearchParams({ q })}`);
    const all = await shown();
    expect(sum(await counts('type'))).toBe(all);

    // Ticking filters only narrows the list, and the ticked values' counts add up to it.
    for (const t of types)
      await page.getByRole('checkbox', { name: new RegExp(`^${label[t]}`) }).check();
    for (const c of categories) await page.locator(`input[name="category"][value="${c}"]`).check();
    const narrowed = await shown();
    expect(narrowed, `${q} ${types.join()}`).toBeLessThanOrEqual(all);
    expect(sum(await counts('type'), [...types])).toBe(narrowed);
    if (categories.length) expect(sum(await counts('category'), [...categories])).toBe(narrowed);
  }
});

test('a nonsense query says there are no results and suggests where to look', async ({ page }) => {
  await page.goto('/search/?q=xyzzyqqq');
  const search = page.locator('pvn-search-page');
  await expect(search.getByRole('status')).toHaveText('No results for “xyzzyqqq”');
  await expect(page.locator('.search-page-results > li')).toHaveCount(0);
  await expect(search.getByRole('link', { name: 'Full comparison' })).toBeVisible();

  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await box(page).fill('qqqzzx vvvwq');
  await expect(dialog(page).getByRole('status')).toHaveText('No results for “qqqzzx vvvwq”');
  await expect(dialog(page).getByRole('link', { name: 'FAQ' })).toBeVisible();
});

test('a long question whose words never meet loosens and says so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await box(page).fill('does the asyncio event loop equal libuv for websockets kubernetes');
  await expect(dialog(page).getByRole('status')).toContainText('No page has all of your words');
  await expect(dialog(page).getByRole('option').first()).toBeVisible();
});

test('dialog: six results fit on a desktop, labelled once, stop words never marked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(dialog(page).getByText('Arrow keys move')).toBeVisible();
  await box(page).fill('is the gil still a problem for a web server');
  const options = dialog(page).getByRole('option');
  await expect(options.nth(6)).toBeAttached();
  expect(await fullyVisible(page)).toBeGreaterThanOrEqual(6);
  const marked = await dialog(page).locator('mark').allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  for (const word of marked)
    expect(['is', 'the', 'still', 'a', 'for']).not.toContain(word.toLowerCase());
  for (const meta of await dialog(page).locator('.search-option-meta').allTextContents())
    expect(meta).toMatch(/^(Guide|Comparison row|Question|Claim|Source|Use case|Page)( · |$)/);
});

/** How many options are wholly inside the visible part of the dialog's listbox. */
function fullyVisible(page: Page) {
  return dialog(page)
    .getByRole('listbox')
    .evaluate((list) => {
      const box = list.getBoundingClientRect();
      const bottom = Math.min(box.bottom, window.innerHeight);
      return [...list.querySelectorAll('[role="option"]')].filter((o) => {
        const r = o.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= bottom + 1;
      }).length;
    });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('four results fit and no keyboard hints are shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.search-kbd')).toBeHidden();
    await page.getByRole('button', { name: 'Search' }).tap();
    await expect(dialog(page).getByText('Arrow keys move')).toBeHidden();
    await box(page).fill('memory');
    await expect(dialog(page).getByRole('option').nth(4)).toBeAttached();
    expect(await fullyVisible(page)).toBeGreaterThanOrEqual(4);
  });
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
