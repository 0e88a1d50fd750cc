import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/pages';

test('the home page offers navigation to every section', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Guides', 'Compare', 'FAQ', 'Recommend']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('banner').getByRole('button', { name: /^Search/ })).toBeVisible();
  await nav.getByRole('link', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(/\/compare\/$/);
  await expect(page.getByRole('link', { name: 'Compare', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address gets the 404 page with a search form', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
});

test('robots.txt points at the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
});

test.describe('every page in the sitemap', () => {
  const paths = sitemapPaths();

  test('the sitemap lists every section', () => {
    for (const section of ['/', '/compare/', '/guides/', '/faq/', '/claims/', '/sources/']) {
      expect(paths).toContain(section);
    }
  });

  for (const path of paths) {
    test(`${path} has one h1, a canonical link, a description and a unique title`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '').pathname).toBe(path);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.trim().length).toBeGreaterThan(20);
      const ld = await page.locator('script[type="application/ld+json"]').textContent();
      const types = JSON.stringify(JSON.parse(ld ?? ''));
      expect(types).toContain(path === '/' ? '"WebSite"' : '"BreadcrumbList"');
    });
  }
});
