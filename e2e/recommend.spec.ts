import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TEAM = 'Which language does your team already write well?';
const HOSTING = 'Will it run as serverless functions or as long-running servers?';
const ANSWERS =
  '?team=python&workload=io-api&realtime=none&hosting=long-running&frontend=contract&load=modest&stack=none&hiring=none';

/** Presses Tab until a radio button has focus, as a keyboard user would. */
async function tabToFirstRadio(page: Page) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const role = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
    if (role === 'radio') return;
  }
  throw new Error('no radio button reachable by Tab');
}

test('a reader answers by keyboard, and the copied URL reopens the same result', async ({
  page,
  browser,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/recommend/');
  const status = page.getByRole('status').filter({ hasText: /recommendation/i });
  await expect(status).toHaveText('Answer a question to see a recommendation.');

  await tabToFirstRadio(page);
  await expect(page.getByRole('group', { name: TEAM }).getByRole('radio').first()).toBeFocused();
  // One key per question: Space picks the focused first option, ArrowDown the next one.
  const keys = ['Space', 'Space', 'Space', 'ArrowDown', 'ArrowDown', 'Space', 'Space', 'Space'];
  for (const [i, key] of keys.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.press(key);
  }
  await expect(
    page.getByRole('group', { name: HOSTING }).getByRole('radio', { name: /long-running/i }),
  ).toBeChecked();

  await expect(page.getByRole('status')).toHaveText('Recommendation: Python, medium confidence.');
  await expect(
    page.getByRole('link', { name: 'Learning curve and productivity' }).first(),
  ).toHaveAttribute('href', '/compare/learning-curve/');
  await expect(page.getByRole('heading', { name: 'What would change the answer' })).toBeVisible();
  await expect(
    page.getByText(
      /If “Team language” were “JavaScript or TypeScript”, the answer becomes Node\.js\./,
    ),
  ).toBeVisible();
  expect(new URL(page.url()).search).toBe(ANSWERS);

  const copied = page.url();
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(copied);
  await expect(fresh.getByRole('status')).toHaveText('Recommendation: Python, medium confidence.');
  await expect(
    fresh.getByRole('group', { name: TEAM }).getByRole('radio', { name: 'Python', exact: true }),
  ).toBeChecked();
  expect(await fresh.locator('.rec-detail').innerText()).toBe(
    await page.locator('.rec-detail').innerText(),
  );
  expect(errors).toEqual([]);
});

test('clearing the answers empties the result and the URL', async ({ page }) => {
  await page.goto(`/recommend/${ANSWERS}`);
  await expect(page.getByRole('status')).toContainText('Python');
  await page.getByRole('button', { name: 'Clear answers' }).press('Enter');
  await expect(page.getByRole('status')).toHaveText('Answer a question to see a recommendation.');
  expect(new URL(page.url()).search).toBe('');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('a malformed URL is ignored instead of breaking the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/recommend/?team=cobol&%=x&workload=ml&workload=node');
  await expect(page.getByRole('status')).toHaveText('Recommendation: Python, low confidence.');
  expect(errors).toEqual([]);
});

for (const width of [1280, 400]) {
  test(`restoring answers from the URL does not shift the page, ${width} pixels wide`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/recommend/${ANSWERS}`);
    await expect(page.getByRole('status')).toContainText('Python');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) {
              total += e.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });
}

test('the recommender with a result has no accessibility violations, in both themes', async ({
  page,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/recommend/${ANSWERS}`);
    await expect(page.getByRole('status')).toContainText('Python');
    const { violations } = await new AxeBuilder({ page }).include('pvn-recommender').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the decision guide is shown and there is no dead form', async ({ page }) => {
    await page.goto(`/recommend/${ANSWERS}`);
    await expect(
      page.getByRole('table', { name: 'Scenarios and the runtime a fair expert would pick' }),
    ).toBeVisible();
    await expect(page.getByText('The interactive recommender needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Clear answers' })).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveCount(0);
  });
});
