import { expect, test } from '@playwright/test';
import { LAB_PAGES } from '../src/lib/lab';

test('the lab page links every scenario and is in the main navigation', async ({ page }) => {
  await page.goto('/lab/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benchmark lab');
  const overview = page.getByRole('table', { name: /^Lab scenarios/ });
  for (const id of LAB_PAGES) {
    await expect(overview.locator(`a[href="/lab/${id}/"]`)).toHaveCount(1);
  }
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Lab', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByText(/pinned to separate cores/).first()).toBeVisible();
});

test('a scenario page shows the results, a named chart, and Python beside Node.js code', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/lab/json/');

  const results = page.getByRole('table', { name: /every app in the run of/ });
  await expect(results.getByRole('columnheader', { name: /Throughput/ })).toBeVisible();
  await expect(results.getByRole('columnheader', { name: 'Verified' })).toBeVisible();
  expect(await results.getByRole('row').count()).toBeGreaterThan(2);

  const chart = page.getByRole('img', { name: /throughput/i });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/whisker/);
  await expect(page.getByRole('img', { name: /latency percentiles/i })).toBeVisible();

  const python = page.getByRole('region', { name: 'Python', exact: true });
  const node = page.getByRole('region', { name: 'Node.js', exact: true });
  await expect(python.locator('pre').last()).toContainText('def ');
  await expect(node.locator('pre').last()).toContainText(/=>|function/);
  const [left, right] = [await python.boundingBox(), await node.boundingBox()];
  expect(left?.x ?? 0).toBeLessThan(right?.x ?? 0);
  expect(Math.abs((left?.y ?? 0) - (right?.y ?? 1))).toBeLessThan(2);
});

test('a scenario page fits a 390 px screen: no sideways scrolling of the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/lab/json/');
  await expect(page.getByRole('img', { name: /throughput/i })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
