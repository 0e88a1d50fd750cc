import { expect, test, type Locator, type Page } from '@playwright/test';

const CAPTION =
  'Every comparison row: Python and Node.js side by side, the verdict and its evidence';

const table = (page: Page) => page.getByRole('table', { name: CAPTION });
const panel = (page: Page) => page.getByRole('search', { name: 'Filter the comparison table' });
const status = (page: Page) => panel(page).getByRole('status');
/** Titles of the rows a reader can see, top to bottom. */
const titles = (scope: Locator) =>
  scope
    .getByRole('rowheader')
    .evaluateAll((cells) => cells.map((c) => c.querySelector('a')?.textContent?.trim() ?? ''));
/** A data attribute of every row a reader can see. */
const shownData = (scope: Locator, name: string) =>
  scope
    .getByRole('rowheader')
    .evaluateAll((cells, n) => cells.map((c) => c.parentElement?.getAttribute(n) ?? ''), name);
const total = (page: Page) => page.locator('pvn-table tbody tr').count();

/** Presses Tab until `target` has focus, as a keyboard-only reader would. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}

test.describe('filtering the comparison table', () => {
  test('filters by category and verdict, counts the rows and keeps the view in the URL', async ({
    page,
  }) => {
    await page.goto('/compare/');
    const all = await total(page);
    await expect(status(page)).toHaveText(`${all} of ${all} dimensions`);

    await page.getByRole('checkbox', { name: 'Performance' }).check();
    await expect(page).toHaveURL(/\?category=performance$/);
    const performance = await shownData(table(page), 'data-category');
    expect(performance.length).toBeGreaterThan(0);
    expect(performance.length).toBeLessThan(all);
    expect(new Set(performance)).toEqual(new Set(['performance']));
    await expect(status(page)).toHaveText(`${performance.length} of ${all} dimensions`);

    await page.getByRole('checkbox', { name: 'Operations' }).check();
    await page.getByRole('checkbox', { name: 'Tie' }).check();
    await expect(page).toHaveURL(/\?category=performance,operations&verdict=tie$/);
    const categories = await shownData(table(page), 'data-category');
    const verdicts = await shownData(table(page), 'data-verdict');
    expect(categories.every((c) => c === 'performance' || c === 'operations')).toBe(true);
    expect(new Set(verdicts)).toEqual(new Set(['tie']));
    await expect(status(page)).toHaveText(`${verdicts.length} of ${all} dimensions`);
  });

  test('finds rows by words in their summaries, not only their titles', async ({ page }) => {
    await page.goto('/compare/');
    await page.getByRole('searchbox', { name: 'Search titles and summaries' }).fill('LangChain');
    await expect(page).toHaveURL(/\?q=LangChain$/);
    expect(await titles(table(page))).toContain('AI and machine learning');
    expect(await titles(table(page))).not.toContain('Raw throughput');
  });

  test('a shared filtered URL opens as the same view, and survives a reload', async ({ page }) => {
    await page.goto('/compare/?category=concurrency&verdict=node,tie&sort=-title');
    await expect(page.getByRole('checkbox', { name: 'Concurrency' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Node.js' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Tie' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Python' })).not.toBeChecked();
    await expect(
      page.getByRole('columnheader', { name: 'Dimension', exact: true }),
    ).toHaveAttribute('aria-sort', 'descending');
    const shared = await titles(table(page));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared).toEqual([...shared].sort((a, b) => b.localeCompare(a)));
    expect(new Set(await shownData(table(page), 'data-category'))).toEqual(
      new Set(['concurrency']),
    );

    await page.getByRole('searchbox', { name: 'Search titles and summaries' }).fill('event loop');
    const typed = await titles(table(page));
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByRole('searchbox', { name: 'Search titles and summaries' })).toHaveValue(
      'event loop',
    );
    expect(await titles(table(page))).toEqual(typed);
  });

  test('unknown or malformed parameters are ignored', async ({ page }) => {
    await page.goto('/compare/?category=nonsense,&verdict=&sort=-&utm_source=x');
    const all = await total(page);
    await expect(status(page)).toHaveText(`${all} of ${all} dimensions`);
    await page.getByRole('checkbox', { name: 'Business' }).check();
    // Parameters the table does not own are left in the address.
    await expect(page).toHaveURL(/\?category=business&utm_source=x$/);
  });

  test('back and forward move between views; typing adds one history entry', async ({ page }) => {
    await page.goto('/compare/');
    const all = await total(page);
    await page.getByRole('checkbox', { name: 'Ecosystem' }).check();
    const ecosystem = await titles(table(page));
    await page.getByRole('button', { name: 'Dimension' }).click();
    const sorted = await titles(table(page));
    expect(sorted).not.toEqual(ecosystem);
    await page.getByRole('searchbox', { name: 'Search titles and summaries' }).focus();
    await page.keyboard.type('python', { delay: 20 });
    await expect(page).toHaveURL(/\?category=ecosystem&q=python&sort=title$/);

    await page.goBack();
    await expect(page).toHaveURL(/\?category=ecosystem&sort=title$/);
    await expect(page.getByRole('searchbox', { name: 'Search titles and summaries' })).toHaveValue(
      '',
    );
    expect(await titles(table(page))).toEqual(sorted);

    await page.goBack();
    await expect(page).toHaveURL(/\?category=ecosystem$/);
    await expect(
      page.getByRole('columnheader', { name: 'Dimension', exact: true }),
    ).not.toHaveAttribute('aria-sort', /./);
    expect(await titles(table(page))).toEqual(ecosystem);

    await page.goBack();
    await expect(page).toHaveURL(/\/compare\/$/);
    await expect(page.getByRole('checkbox', { name: 'Ecosystem' })).not.toBeChecked();
    await expect(status(page)).toHaveText(`${all} of ${all} dimensions`);

    await page.goForward();
    await expect(page.getByRole('checkbox', { name: 'Ecosystem' })).toBeChecked();
    expect(await titles(table(page))).toEqual(ecosystem);
  });

  test('an empty result says so and offers to show every row again', async ({ page }) => {
    await page.goto('/compare/?q=zzzzqx');
    const all = await total(page);
    await expect(page.getByText('No dimension matches these filters.')).toBeVisible();
    await expect(status(page)).toHaveText(`0 of ${all} dimensions`);
    expect(await titles(table(page))).toEqual([]);

    await page.getByRole('button', { name: 'Show all dimensions' }).click();
    await expect(page.getByText('No dimension matches these filters.')).toBeHidden();
    await expect(status(page)).toHaveText(`${all} of ${all} dimensions`);
    await expect(page.getByRole('region', { name: CAPTION })).toBeFocused();
    await expect(page).toHaveURL(/\/compare\/$/);
  });

  test('"Clear all" resets filters, text and sort', async ({ page }) => {
    await page.goto('/compare/?category=business&verdict=depends&q=team&sort=verdict');
    const all = await total(page);
    await page.getByRole('button', { name: 'Clear all', exact: true }).click();
    await expect(page).toHaveURL(/\/compare\/$/);
    await expect(status(page)).toHaveText(`${all} of ${all} dimensions`);
    await expect(page.getByRole('checkbox', { name: 'Team and business' })).not.toBeChecked();
    await expect(page.getByRole('searchbox', { name: 'Search titles and summaries' })).toHaveValue(
      '',
    );
    await expect(
      page.getByRole('columnheader', { name: 'Verdict', exact: true }),
    ).not.toHaveAttribute('aria-sort', /./);
  });
});

test.describe('sorting the comparison table', () => {
  test('each sortable column sorts both ways, then returns to the content order', async ({
    page,
  }) => {
    await page.goto('/compare/');
    const original = await titles(table(page));
    for (const column of ['Dimension', 'Verdict', 'Evidence']) {
      const header = page.getByRole('columnheader', { name: column, exact: true });
      const button = header.getByRole('button', { name: column });
      await button.click();
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      const ascending = await titles(table(page));
      await button.click();
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      const descending = await titles(table(page));
      expect(ascending).not.toEqual(original);
      expect(descending).not.toEqual(ascending);
      expect([...ascending].sort()).toEqual([...original].sort());
      await button.click();
      await expect(header).not.toHaveAttribute('aria-sort', /./);
      expect(await titles(table(page))).toEqual(original);
    }
  });

  test('sorts by title alphabetically and by grade strongest first', async ({ page }) => {
    await page.goto('/compare/?sort=title');
    const byTitle = await titles(table(page));
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b)));
    await page.goto('/compare/?sort=grade');
    const grades = await shownData(table(page), 'data-grade');
    const rank = ['strong', 'moderate', 'limited', 'opinion'];
    expect(grades).toEqual([...grades].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)));
  });
});

test('the table can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/compare/');
  const all = await total(page);
  const checkbox = page.getByRole('checkbox', { name: 'Concurrency' });
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  await expect(page).toHaveURL(/\?category=concurrency$/);

  const search = page.getByRole('searchbox', { name: 'Search titles and summaries' });
  await tabTo(page, search);
  await page.keyboard.type('thread');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?category=concurrency&q=thread$/);
  expect(await titles(table(page))).toContain('GIL and multithreading');

  await tabTo(page, page.getByRole('button', { name: 'Clear all', exact: true }));
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(`${all} of ${all} dimensions`);

  const verdict = page.getByRole('button', { name: 'Verdict' });
  await tabTo(page, verdict);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Verdict', exact: true })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await page.keyboard.press('Space');
  await expect(page.getByRole('columnheader', { name: 'Verdict', exact: true })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(verdict).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full table is there and the filter controls are not shown', async ({ page }) => {
    await page.goto('/compare/?category=performance');
    const rows = await page.locator('pvn-table tbody tr').count();
    expect(rows).toBeGreaterThan(20);
    expect(await titles(table(page))).toHaveLength(rows);
    await expect(page.getByRole('checkbox', { name: 'Performance' })).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search titles and summaries' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Clear all', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Dimension' })).toHaveCount(0);
    await expect(page.getByText('No dimension matches these filters.')).toBeHidden();
    // The row link is a plain link to the row's anchor.
    const link = table(page).getByRole('link', { name: 'Link to Raw throughput' });
    await expect(link).toHaveAttribute('href', '/compare/#raw-throughput');
    await link.click();
    await expect(page).toHaveURL(/\/compare\/#raw-throughput$/);
  });
});

/** Whether the page, or any element matched, scrolls sideways. */
const overflows = (page: Page, selector = 'html') =>
  page
    .locator(selector)
    .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);

for (const width of [390, 1280]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });
    const phone = width < 700;

    test('the table, a row page and a guide fit the screen; phones get cards', async ({ page }) => {
      // A link to a row that the filters in the same address would hide.
      await page.goto('/compare/?verdict=python#raw-throughput');
      const row = table(page).getByRole('row', { name: /Raw throughput/ });
      await expect(row).toBeVisible();
      await expect(row).toBeInViewport();
      await expect(page).toHaveURL(/\/compare\/#raw-throughput$/);
      const all = await total(page);
      await expect(status(page)).toHaveText(`${all} of ${all} dimensions`);
      expect(await overflows(page)).toBe(0);
      // Python | Node.js | verdict | evidence, side by side or stacked in one card.
      await expect(row.getByRole('cell').first()).toContainText('Starlette');
      await expect(row.getByRole('cell').nth(1)).toContainText('Node.js');
      expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe(
        phone ? 'block' : 'table-row',
      );
      const filter = page.getByText('Filter', { exact: true });
      const checkbox = page.getByRole('checkbox', { name: 'Performance' });
      if (phone) {
        // One control holds the filters on a phone.
        await expect(checkbox).toBeHidden();
        await filter.click();
        await expect(checkbox).toBeVisible();
      } else {
        await expect(filter).toBeHidden();
        await expect(checkbox).toBeVisible();
      }
      await expect(page.getByRole('checkbox', { name: 'Python' })).not.toBeChecked();

      await page.goto('/compare/raw-throughput/');
      expect(await overflows(page)).toBe(0);
      const facts = page.getByRole('table', { name: /Dated facts/ });
      expect(await overflows(page, '.table-wrap')).toBe(0);
      expect(
        await facts
          .locator('tbody tr')
          .first()
          .evaluate((el) => getComputedStyle(el).display),
      ).toBe(phone ? 'block' : 'table-row');
      await expect(page.getByRole('link', { name: 'Suggest a correction' })).toHaveAttribute(
        'href',
        /\/content\/dimensions\/raw-throughput\.yaml$/,
      );

      await page.goto('/guides/quick-answer/');
      expect(await overflows(page)).toBe(0);
      // Two-column prose tables wrap instead of scrolling sideways.
      expect(await overflows(page, '.prose table')).toBe(0);
      await expect(page.locator('.corrections').getByText(/Last reviewed/)).toBeVisible();
    });
  });
}

test('the row link control copies the row’s address and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `${baseURL}` });
  await page.goto('/compare/?category=performance');
  const control = table(page).getByRole('link', { name: 'Copy link to Raw throughput' });
  await control.click();
  const row = table(page).getByRole('row', { name: /Raw throughput/ });
  await expect(row.getByRole('status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname + new URL(copied).hash).toBe('/compare/#raw-throughput');
  // Copying is not navigating: the filtered view stays as it was.
  await expect(page).toHaveURL(/\/compare\/\?category=performance$/);
});

test('two tables on one page filter independently', async ({ page }) => {
  await page.goto('/compare/');
  // A second copy of the server-rendered widget, without address state (one table owns that).
  await page.evaluate(async () => {
    const html = await (await fetch('/compare/')).text();
    const copy = new DOMParser().parseFromString(html, 'text/html').querySelector('pvn-table');
    if (!copy) throw new Error('no table');
    copy.removeAttribute('data-url-state');
    document.querySelector('main')?.append(document.adoptNode(copy));
  });
  const [first, second] = [page.locator('pvn-table').nth(0), page.locator('pvn-table').nth(1)];
  const all = await first.locator('tbody tr').count();
  await second.getByRole('checkbox', { name: 'Operations' }).check();
  await second.getByRole('button', { name: 'Dimension' }).click();
  await expect(second.getByRole('status')).not.toHaveText(`${all} of ${all} dimensions`);
  await expect(first.getByRole('status')).toHaveText(`${all} of ${all} dimensions`);
  await expect(first.getByRole('checkbox', { name: 'Operations' })).not.toBeChecked();
  await expect(
    first.getByRole('columnheader', { name: 'Dimension', exact: true }),
  ).not.toHaveAttribute('aria-sort', /./);
  await expect(page).toHaveURL(/\/compare\/$/);

  await first.getByRole('checkbox', { name: 'Business' }).check();
  expect(new Set(await shownData(first, 'data-category'))).toEqual(new Set(['business']));
  expect(new Set(await shownData(second, 'data-category'))).toEqual(new Set(['operations']));
});

test('the home page table sorts without filters or address state', async ({ page }) => {
  await page.goto('/');
  const glance = page.getByRole('table', {
    name: 'Key comparison rows: Python and Node.js side by side, with the verdict',
  });
  await expect(page.getByRole('search', { name: 'Filter the comparison table' })).toHaveCount(0);
  const original = await titles(glance);
  await glance.getByRole('button', { name: 'Dimension' }).click();
  const sorted = await titles(glance);
  expect(sorted).toEqual([...original].sort((a, b) => a.localeCompare(b)));
  await expect(page).toHaveURL(/\/$/);
});

test('upgrading the table does not shift the layout', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/compare/', '/']) {
    await page.goto(path);
    await expect(page.locator('pvn-table:defined').first()).toBeAttached();
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    expect(cls, path).toBeLessThan(0.01);
  }
});
