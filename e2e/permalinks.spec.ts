import { expect, test, type Page } from '@playwright/test';
import {
  brokenContractLines,
  contract,
  firstUnder,
  redirects,
  sitemapPaths,
} from '../src/tools/dist';

test.describe('linking to an item', () => {
  test('arriving on a question anchor scrolls to it and highlights it', async ({ page }) => {
    await page.goto('/faq/');
    const id = await page.locator('.faq-entry h4').nth(5).getAttribute('id');
    await page.goto(`/faq/#${id}`);
    const entry = page.locator('.faq-entry', { has: page.locator(`h4[id="${id}"]`) });
    await expect(entry).toBeInViewport();
    await expect(entry).toHaveCSS('outline-style', 'solid');
    await expect(page.locator('.faq-entry').first()).toHaveCSS('outline-style', 'none');
    // The index entry is one line: it links on to the full answer.
    await entry.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/faq/${id}/$`));
  });

  test('a fact’s permalink scrolls to its row, highlights it, and the data file links it', async ({
    page,
    request,
  }) => {
    const path = firstUnder('/compare/');
    await page.goto(path);
    const rows = page.locator('tr[id^="fact-"]');
    const row = rows.nth((await rows.count()) - 1);
    const id = (await row.getAttribute('id')) ?? '';
    const label = (
      await row.locator('th').evaluate((th) => th.firstChild?.textContent ?? '')
    ).trim();
    // One compact control: a plain link to the row that, with JavaScript, copies it instead.
    const permalink = row.getByRole('link', { name: `Copy link to ${label}` });
    await expect(permalink).toHaveAttribute('href', `${path}#${id}`);
    await expect(permalink).toBeVisible();
    await page.goto(`${path}#${id}`);
    await expect(row).toBeInViewport();
    await expect(row).toHaveCSS('outline-style', 'solid');
    await expect(rows.first()).toHaveCSS('outline-style', 'none');

    const data = (await (await request.get('/data/dimensions.json')).json()) as {
      items: { facts: { id: string; url: string }[] }[];
    };
    const fact = data.items.flatMap((d) => d.facts).find((f) => `fact-${f.id}` === id);
    expect(fact?.url).toBe(`${path}#${id}`);
  });

  test('arriving on a claim anchor highlights that claim', async ({ page }) => {
    await page.goto('/claims/');
    const id = await page.locator('.claim-list h4[id]').nth(10).getAttribute('id');
    await page.goto(`/claims/#${id}`);
    const card = page.locator('.claim', { has: page.locator(`[id="${id}"]`) });
    await expect(card).toBeInViewport();
    await expect(card).toHaveCSS('outline-style', 'solid');
  });

  test('copy link puts the item’s absolute permalink on the clipboard', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `${baseURL}` });
    const path = firstUnder('/faq/');
    await page.goto(path);
    const question = (await page.locator('h1').textContent())?.trim() ?? '';
    await page.getByRole('button', { name: `Copy link: ${question}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(path);
  });

  test('copy link works from the keyboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `${baseURL}` });
    const path = firstUnder('/compare/');
    await page.goto(path);
    const button = page.getByRole('button', { name: /^Copy link:/ }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(path);
  });

  test('cite this offers a Markdown link and the plain URL', async ({ page }) => {
    await page.goto(firstUnder('/claims/'));
    await page.getByText('Cite this').click();
    const snippet = await page.locator('.share-cite code[data-format="markdown"]').textContent();
    expect(snippet).toMatch(/^\[.+\]\(https?:\/\/[^)]+\/claims\/[a-z0-9-]+\/\)$/);
  });
});

test.describe('the URL contract', () => {
  test('every committed URL and anchor still resolves, or its page redirects', () => {
    expect(brokenContractLines()).toEqual([]);
  });

  test('every redirect lands on a page that exists', async ({ page }) => {
    for (const [from, to] of Object.entries(redirects())) {
      await page.goto(from);
      await expect(page).toHaveURL(new RegExp(`${to}$`));
      await expect(page.locator('h1')).toHaveCount(1);
    }
  });
});

test.describe('structured data and social cards', () => {
  const ldTypes = async (page: Page) => {
    const text = (await page.locator('script[type="application/ld+json"]').textContent()) ?? '';
    const data = JSON.parse(text) as { '@type'?: string; '@graph'?: { '@type': string }[] };
    return data['@graph'] ? data['@graph'].map((i) => i['@type']) : [data['@type']];
  };

  const expected: [string, string[]][] = [
    ['/', ['WebSite']],
    ['/compare/', ['BreadcrumbList', 'Dataset']],
    ['/faq/', ['BreadcrumbList', 'FAQPage']],
    ['/data/', ['BreadcrumbList', 'Dataset']],
  ];
  for (const [path, types] of expected) {
    test(`${path} carries ${types.join(' and ')} JSON-LD`, async ({ page }) => {
      await page.goto(path);
      expect(new Set(await ldTypes(page))).toEqual(new Set(types));
    });
  }

  test('a guide is an Article, a question a FAQPage, a claim a ClaimReview', async ({ page }) => {
    await page.goto(firstUnder('/guides/'));
    expect(await ldTypes(page)).toEqual(['BreadcrumbList', 'Article']);
    await page.goto(firstUnder('/faq/'));
    expect(await ldTypes(page)).toEqual(['BreadcrumbList', 'FAQPage']);
    await page.goto(firstUnder('/claims/'));
    expect(await ldTypes(page)).toEqual(['BreadcrumbList', 'ClaimReview']);
  });

  test('each claim on the claims page links to its own page, which names it', async ({ page }) => {
    await page.goto('/claims/');
    const card = page.locator('.claim-list .claim').nth(3);
    const claim = (await card.locator('.claim-text').textContent())?.trim() ?? '';
    const id = await card.locator('.claim-text').getAttribute('id');
    await card.locator('.claim-text a').click();
    await expect(page).toHaveURL(new RegExp(`/claims/${id}/$`));
    await expect(page.locator('h1')).toHaveText(`“${claim}”`);
    await page.getByRole('link', { name: 'This claim among all the others' }).click();
    await expect(page).toHaveURL(new RegExp(`/claims/#${id}$`));
  });

  test('every page’s Open Graph image exists and is 1200×630', async ({ request }) => {
    for (const path of [...sitemapPaths(), '/no-such-page/']) {
      const html = await (await request.get(path)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      const response = await request.get(new URL(image ?? '').pathname);
      expect(response.status(), `${path} → ${image}`).toBe(200);
      const png = await response.body();
      // Width and height sit at bytes 16–23 of a PNG's IHDR chunk.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
  });
});

test.describe('machine-readable data', () => {
  for (const name of ['dimensions', 'faqs', 'claims', 'sources']) {
    test(`/data/${name}.json is licensed JSON with items that link back`, async ({ request }) => {
      const body = (await (await request.get(`/data/${name}.json`)).json()) as {
        licence: string;
        items: { url: string }[];
      };
      expect(body.licence).toBe('CC BY 4.0');
      expect(body.items.length).toBeGreaterThan(10);
      expect(body.items[0]?.url).toMatch(/^\//);
    });
  }

  test('the changelog feed is RSS with at least one item', async ({ request }) => {
    const xml = await (await request.get('/changelog/rss.xml')).text();
    expect(xml).toContain('<rss version="2.0">');
    expect(xml).toMatch(/<item>[\s\S]*<pubDate>/);
  });
});

test.describe('without JavaScript and on narrow screens', () => {
  test.use({ javaScriptEnabled: false });

  test('the comparison table and facts are real tables with captions and header scopes', async ({
    page,
  }) => {
    for (const path of ['/compare/', firstUnder('/compare/')]) {
      await page.goto(path);
      const table = page.locator('main table').first();
      await expect(table.locator('caption')).not.toBeEmpty();
      expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(2);
      expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThan(1);
    }
  });

  test('no page scrolls sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const paths = [
      '/',
      '/compare/',
      firstUnder('/compare/'),
      firstUnder('/guides/'),
      '/faq/',
      '/claims/',
    ];
    for (const path of [...paths, '/sources/', '/use-cases/', '/about/']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test('the redirects file and the contract are committed alongside the site', () => {
  const entries = Object.entries(redirects());
  expect(entries.length).toBeGreaterThan(0);
  for (const [from, to] of entries) {
    expect(from, 'old path').toMatch(/^\/[a-z0-9/-]*\/$/);
    expect(to, `new path for ${from}`).toMatch(/^\/[a-z0-9/-]*\/$/);
  }
  expect(contract().length).toBeGreaterThan(100);
});
