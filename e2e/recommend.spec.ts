import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TEAM = 'Which language does your team already write well?';
const HOSTING = 'Will it run as serverless functions or as long-running servers?';
const RESULT = 'Python, low confidence.';
// An address shared before the libraries and team-structure questions existed.
const ANSWERS =
  '?team=python&workload=io-api&realtime=none&hosting=long-running&frontend=contract&load=modest&stack=none&hiring=none';
const ALL_ANSWERS =
  '?team=python&structure=one&workload=io-api&libraries=none&realtime=none&hosting=long-running&frontend=contract&load=modest&stack=none&hiring=none';

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
  const keys = ['Space', 'Space', 'Space', 'Space', 'Space', 'ArrowDown', 'ArrowDown', 'Space'];
  for (const [i, key] of [...keys, 'Space', 'Space'].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.press(key);
  }
  await expect(
    page.getByRole('group', { name: HOSTING }).getByRole('radio', { name: /long-running/i }),
  ).toBeChecked();

  // The answer in words, one heading, the points tucked away, the rows behind the reasons linked.
  await expect(page.getByRole('status')).toHaveText(RESULT);
  await expect(page.getByRole('heading', { name: 'Recommendation' })).toHaveCount(1);
  const words = page.locator('.rec-detail > p').first();
  await expect(words).toContainText('Python: build Django with its admin');
  await expect(words).toContainText(
    'If “Team language” were “JavaScript or TypeScript”, the answer becomes Node.js.',
  );
  await expect(
    page.getByRole('link', { name: 'Learning curve and productivity' }).first(),
  ).toHaveAttribute('href', '/compare/learning-curve/');
  await expect(page.getByText(/^Points: Python/)).toBeHidden();
  await page.getByText('How the points add up').click();
  await expect(page.getByText(/^Points: Python 4, Node\.js 0/)).toBeVisible();
  expect(new URL(page.url()).search).toBe(ALL_ANSWERS);

  const copied = page.url();
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(copied);
  await expect(fresh.getByRole('status')).toHaveText(RESULT);
  await expect(
    fresh.getByRole('group', { name: TEAM }).getByRole('radio', { name: 'Python', exact: true }),
  ).toBeChecked();
  expect(await fresh.locator('.rec-detail > p').first().innerText()).toBe(await words.innerText());
  expect(errors).toEqual([]);
});

test('heavy load says to load-test with a link to the lab; clearing empties the result and URL', async ({
  page,
}) => {
  await page.goto('/recommend/?team=both&load=high');
  await expect(page.getByRole('status')).toHaveText('Either, low confidence.');
  const words = page.locator('.rec-detail > p').first();
  await expect(words).toContainText('leans slightly towards Node.js');
  await expect(words).toContainText('Load-test your real application');
  await expect(
    words.getByRole('link', { name: 'closed once each request made many database round trips' }),
  ).toHaveAttribute('href', '/lab/queries/');
  await page.getByRole('button', { name: 'Clear answers' }).press('Enter');
  await expect(page.getByRole('status')).toHaveText('Answer a question to see a recommendation.');
  expect(new URL(page.url()).search).toBe('');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('a malformed URL is ignored instead of breaking the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/recommend/?team=cobol&%=x&workload=ml&workload=node');
  await expect(page.getByRole('status')).toHaveText('Python, low confidence.');
  expect(errors).toEqual([]);
});

test('a use case opens the recommender on its answers, and the result matches its best choice', async ({
  page,
}) => {
  await page.goto('/use-cases/');
  await page
    .getByRole('link', {
      name: 'Try it in the recommender with the answers for “Internal admin or back-office app”',
    })
    .click();
  await expect(page).toHaveURL(/\/recommend\/\?team=both&structure=one&workload=admin&/);
  await expect(page.getByRole('status')).toHaveText(/^Python, /);
  await expect(page.locator('.rec-detail > p').first()).toContainText(
    'Python: build a Django service with its admin.',
  );
});

test('on a phone the current result stays in view while answering, without trapping focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/recommend/');
  const peek = page.locator('.rec-peek');
  await expect(peek).toBeHidden();
  const team = page.getByRole('group', { name: TEAM });
  await team.getByRole('radio', { name: 'Python', exact: true }).check();
  // Scrolled halfway down the form, the summary sits at the foot of the screen.
  const load = page.getByRole('group', { name: 'What load and latency budget do you expect?' });
  await load.scrollIntoViewIfNeeded();
  await expect(peek).toBeInViewport();
  await expect(peek).toContainText('Python, low confidence.');
  const box = await peek.boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(800, -1);
  expect(box?.height ?? 999).toBeLessThan(80);
  const { violations } = await new AxeBuilder({ page }).include('pvn-recommender').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  // Focus moves on past it, and a focused radio is never hidden beneath it.
  await load.getByRole('radio').first().focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.getBoundingClientRect().bottom);
  expect(focused ?? 999).toBeLessThanOrEqual(box?.y ?? 0);
  await peek.getByRole('link', { name: 'See why' }).click();
  await expect(page.getByRole('heading', { name: 'Recommendation' })).toBeInViewport();
  // On a wide screen the full result sits beside the form instead.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(peek).toBeHidden();
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
    // Every scenario the recommender is tested against opens it on its own answers.
    const tries = page.getByRole('link', { name: /^Try it with the answers for/ });
    expect(await tries.count()).toBeGreaterThanOrEqual(40);
    await expect(
      page.getByRole('link', {
        name: 'Try it with the answers for “Internal admin or back-office app”',
      }),
    ).toHaveAttribute('href', /^\/recommend\/\?team=both&structure=one&workload=admin&/);
    await expect(page.getByRole('button', { name: 'Clear answers' })).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveCount(0);
  });
});
