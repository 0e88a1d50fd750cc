import { expect, test, type Locator, type Page } from '@playwright/test';
import { firstUnder, readBuilt, sitemapPaths } from '../src/tools/dist';

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

/** The pages the compact header is measured on: home, a guide (the first listed) and the FAQ. */
const HEADER_PAGES = ['/', firstUnder('/guides/'), '/faq/'];
/** The menu's button. Browsers expose a <summary> as an expandable button; Playwright gives it no role. */
const menuButton = (page: Page) => page.getByRole('banner').locator('summary', { hasText: 'Menu' });

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is one short row; its menu works by keyboard and closes on navigation', async ({
    page,
  }) => {
    const banner = page.getByRole('banner');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = menuButton(page);
    for (const path of HEADER_PAGES) {
      await page.goto(path);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect((await banner.boundingBox())?.height, `${path} ${colorScheme}`).toBeLessThan(65);
        await expect(banner.getByRole('button', { name: 'Search' })).toBeVisible();
        await expect(menu).toBeVisible();
        await expect(nav).toBeHidden();
      }
    }

    // Skip link, brand, search, then the menu button.
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Guides', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // The theme control sits in the menu.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /^Theme:/ })).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Compare', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\/$/);
    await expect(nav).toBeHidden();
    // Back from history, the menu is closed too.
    await page.goBack();
    await expect(page).toHaveURL(/\/faq\/$/);
    await expect(nav).toBeHidden();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the menu still opens and leads on; no control is shown or kept room for that cannot work', async ({
      page,
    }) => {
      await page.goto('/faq/');
      const banner = page.getByRole('banner');
      expect((await banner.boundingBox())?.height).toBeLessThan(65);
      const search = banner.getByRole('link', { name: 'Search' });
      await expect(search).toHaveAttribute('href', '/search/');
      await expect(search).not.toHaveAttribute('aria-keyshortcuts');
      await expect(banner.getByText('Ctrl K')).toBeHidden();
      // The FAQ's own search needs JavaScript: no box, and no gap where it would be.
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      const firstSection = page.getByRole('main').getByRole('heading').nth(1);
      expect(await gapBelowIntro(page, firstSection)).toBeLessThan(60);

      for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
      await expect(menuButton(page)).toBeFocused();
      await page.keyboard.press('Enter');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav).toBeVisible();
      await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveCount(0);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/guides\/$/);
      await expect(nav).toBeHidden();

      await page.goto('/search/');
      await expect(page.getByRole('main').getByRole('searchbox')).toHaveCount(0);
      const message = page.getByText('Search needs JavaScript');
      expect(await gapBelowIntro(page, message)).toBeLessThan(60);
      await page.goto(firstUnder('/compare/'));
      await expect(page.getByRole('link', { name: 'Permalink' }).first()).toBeVisible();
      expect(await page.getByText('Copy link').first().boundingBox()).toBeNull();
    });
  });
});

/** Pixels between the page's introduction (its lede) and `next`: an empty box shows up here. */
async function gapBelowIntro(page: Page, next: Locator): Promise<number> {
  const lede = await page.getByRole('main').locator('.lede').boundingBox();
  const below = await next.boundingBox();
  return below!.y - (lede!.y + lede!.height);
}

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
