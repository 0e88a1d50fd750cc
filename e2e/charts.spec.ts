import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** How far the page scrolls sideways; 0 when it fits the viewport. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The fill of a chart's text and the page's text colour, as computed in the current theme. */
const colours = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const text = document.querySelector(sel);
    return {
      fill: text ? getComputedStyle(text).fill : '',
      body: getComputedStyle(document.body).color,
    };
  }, selector);

test.describe('charts from facts on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the home page’s verdict overview fits, follows the theme and links each row', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const overview = page.getByRole('figure', { name: 'Every verdict at a glance, by category' });
    await expect(overview).toBeVisible();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const box = await overview.locator('svg').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    // Chip text is drawn in the theme's text colour, so it reads in the dark theme too.
    const dark = await colours(page, '.verdict-overview .chip-text');
    expect(dark.fill).toBe(dark.body);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours(page, '.verdict-overview .chip-text');
    expect(light.fill).toBe(light.body);
    expect(light.fill).not.toBe(dark.fill);

    await overview.getByText('The numbers in this chart').click();
    await expect(overview.getByRole('table')).toBeVisible();
    expect(
      (await new AxeBuilder({ page }).include('.verdict-overview').analyze()).violations,
    ).toEqual([]);
    await overview.getByRole('link', { name: 'Serverless cold starts: Python' }).click();
    await expect(page).toHaveURL(/\/compare\/serverless-cold-starts\/$/);
  });

  test('a row page shows the chart of its facts with the numbers beside it', async ({ page }) => {
    await page.goto('/compare/serverless-cold-starts/');
    const chart = page.getByRole('img', { name: /^Cold start of a hello-world function/ });
    await expect(chart).toBeVisible();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect((await chart.boundingBox())?.width).toBeLessThanOrEqual(390);
    const figure = page.getByRole('figure', { name: /^Cold start of a hello-world function/ });
    await figure.getByText('The numbers in this chart').click();
    const table = figure.getByRole('table');
    await expect(table.getByRole('row', { name: /Python 3\.12 71–96\sms/ })).toBeVisible();
    expect((await new AxeBuilder({ page }).include('.fact-charts').analyze()).violations).toEqual(
      [],
    );
  });
});
