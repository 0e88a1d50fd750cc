import { expect, test } from '@playwright/test';
import { readBuilt, sitemapPaths } from '../src/tools/dist';

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

/** The opening tags named `name` in `html`, as written. */
const tags = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
/** An attribute's value in an opening tag, as written. */
const attr = (tag: string | undefined, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag ?? '')?.[1];

test.describe('every page in the sitemap', () => {
  const paths = sitemapPaths();

  test('the sitemap lists every section', () => {
    for (const section of ['/', '/compare/', '/guides/', '/faq/', '/claims/', '/sources/']) {
      expect(paths).toContain(section);
    }
  });

  test('no two pages share a title', () => {
    const titles = paths.map(
      (p) => /<title>([^<]*)<\/title>/.exec(readBuilt(`${p}index.html`))?.[1],
    );
    expect(titles.filter((t, i) => !t || titles.indexOf(t) !== i)).toEqual([]);
  });

  // These are properties of the served markup, so they are read from the response: a browser
  // per page made this the slowest part of the suite.
  for (const path of paths) {
    test(`${path} has one h1, a canonical link, a description and JSON-LD`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(tags(html, 'h1')).toHaveLength(1);
      expect(attr(tags(html, 'html')[0], 'lang')).toBe('en');
      const canonical = tags(html, 'link').find((t) => attr(t, 'rel') === 'canonical');
      expect(new URL(attr(canonical, 'href') ?? '').pathname).toBe(path);
      const description = tags(html, 'meta').find((t) => attr(t, 'name') === 'description');
      expect(attr(description, 'content')?.trim().length).toBeGreaterThan(20);
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      const types = JSON.stringify(JSON.parse(ld ?? ''));
      expect(types).toContain(path === '/' ? '"WebSite"' : '"BreadcrumbList"');
    });
  }
});
