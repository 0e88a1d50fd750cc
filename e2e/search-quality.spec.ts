import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findsPage } from '../src/lib/search/results';

interface Case {
  query: string;
  expect: string;
}
const cases = JSON.parse(
  readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8'),
) as Case[];

const RECALL_FLOOR = 0.9;

test('at least 30 realistic queries, each naming the page it must find', () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
  expect(cases.filter((c) => c.expect.includes('#')).length).toBeGreaterThan(0);
});

test(`recall@5 over the committed queries is at least ${RECALL_FLOOR * 100} %`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('combobox', { name: 'Search the site' });
  const status = page.getByRole('dialog').getByRole('status');
  const misses: string[] = [];
  for (const c of cases) {
    await input.fill('');
    await expect(status).toHaveText('');
    // Typed into the dialog, so the queries go through exactly the reader's pipeline.
    await input.fill(c.query);
    await expect(status).not.toHaveText(/^$|Loading/);
    const top = await page
      .getByRole('option')
      .evaluateAll((options) =>
        options.slice(0, 5).map((o) => (o as HTMLElement).dataset['href'] ?? ''),
      );
    if (!top.some((url) => findsPage(url, c.expect)))
      misses.push(`"${c.query}" → ${c.expect}; got ${top.join(', ') || 'nothing'}`);
  }
  const recall = (cases.length - misses.length) / cases.length;
  console.log(
    `search recall@5: ${(recall * 100).toFixed(1)} % (${cases.length - misses.length}/${cases.length})`,
  );
  for (const miss of misses) console.log(`  missed ${miss}`);
  expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
});

test('median time from keystroke to first results in the dialog', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('combobox', { name: 'Search the site' });
  // Wait until Pagefind and the vocabulary are loaded, as after the reader's first search.
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  const times: number[] = [];
  for (const query of ['gil', 'cold start', 'pyhton', 'memory', 'fastapi']) {
    await input.fill('');
    await expect(page.getByRole('option')).toHaveCount(0);
    // Time from the last keystroke to the first option in the listbox, measured in the page.
    await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; firstResult: Promise<number> };
      const box = document.querySelector('#site-search-results');
      w.firstResult = new Promise((resolve) => {
        new MutationObserver((_, o) => {
          if (box?.querySelector('[role="option"]')) {
            o.disconnect();
            resolve(performance.now());
          }
        }).observe(box as Node, { childList: true });
      });
      document.addEventListener('keydown', () => (w.lastKey = performance.now()));
    });
    await input.pressSequentially(query);
    await expect(page.getByRole('option').first()).toBeVisible();
    times.push(
      await page.evaluate(async () => {
        const w = window as unknown as { lastKey: number; firstResult: Promise<number> };
        return (await w.firstResult) - w.lastKey;
      }),
    );
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  console.log(
    `search latency, keystroke to first results: median ${median.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  expect(median).toBeLessThan(1000);
});
