import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cardPaths, firstUnder, outDir, sitemapPaths } from '../src/tools/dist';

test.describe('citing a page', () => {
  test('"Cite this" gives a reference, BibTeX and CSL-JSON dated today, each copyable', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `${baseURL}` });
    const path = firstUnder('/guides/');
    await page.goto(path);
    const share = page.locator('pvn-share').first();
    await share.getByText('Cite this').click();
    const today = await page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });

    await share.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(share.getByRole('status')).toHaveText('Copied');
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toMatch(/^@online\{pvn-guides-[a-z0-9-]+,\n/);
    expect(bibtex).toContain(`urldate = {${today}}`);
    expect(bibtex).toMatch(new RegExp(`url = \\{https?://[^}]+${path}\\}`));

    await share.getByRole('button', { name: 'Copy CSL-JSON' }).click();
    const [item] = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
      type: string;
      URL: string;
      accessed: { 'date-parts': number[][] };
    }[];
    expect(item?.type).toBe('webpage');
    expect(new URL(item?.URL ?? '').pathname).toBe(path);
    expect(item?.accessed['date-parts'][0]?.join('-')).toBe(today.replace(/-0(\d)/g, '-$1'));

    const reference = await share.locator('code[data-format="reference"]').textContent();
    expect(reference).toMatch(/^Python vs Node\.js\. “.+\.” Last reviewed \d+ \w+ \d{4}\. https?:/);

    // The page's JSON-LD says the same: title, URL, publisher and the date reviewed.
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as { '@graph': { '@type': string; url?: string; publisher?: { name: string } }[] };
    const article = ld['@graph'].find((i) => i['@type'] === 'Article');
    expect(new URL(article?.url ?? '').pathname).toBe(path);
    expect(article?.publisher?.name).toBe('Python vs Node.js');
  });
});

test.describe('embedding a card', () => {
  test('the embed snippet and the oEmbed file load a card that links back to its page', async ({
    page,
    request,
    baseURL,
  }) => {
    const path = firstUnder('/claims/');
    await page.goto(path);

    // oEmbed discovery: the page links a static oEmbed file whose iframe is an existing card.
    const href = await page
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute('href');
    const oembed = (await (await request.get(new URL(href ?? '').pathname)).json()) as Record<
      string,
      unknown
    >;
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Python vs Node.js',
    });
    for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
      expect(Number.isInteger(oembed[field]), field).toBe(true);
    expect(typeof oembed['title']).toBe('string');
    expect(new URL(String(oembed['thumbnail_url'])).pathname).toMatch(/^\/og\/claims-.+\.png$/);
    const oembedSrc = new URL(/src="([^"]+)"/.exec(String(oembed['html']))?.[1] ?? '').pathname;
    expect(cardPaths()).toContain(oembedSrc);
    expect((await request.get(oembedSrc)).status()).toBe(200);

    // The "Embed" control shows the same snippet, sized, titled and lazy.
    await page.getByText('Embed', { exact: true }).click();
    const snippet = (await page.locator('code[data-format="embed"]').textContent()) ?? '';
    expect(snippet).toBe(oembed['html']);
    expect(snippet).toMatch(
      /^<iframe src="[^"]+" title="[^"]+" width="\d+" height="\d+" loading="lazy"/,
    );

    // Pasted into another page (a host page served without this site's CSP, which allows no
    // frames), the snippet shows the card, and the card leads back.
    const origin = `${baseURL}`.replace(/\/$/, '');
    const html = snippet.replace(/src="https?:\/\/[^/]+/, `src="${origin}`);
    await page.route('**/host-page/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title>${html}`,
      }),
    );
    await page.goto('/host-page/');
    const card = page.frameLocator('iframe');
    await expect(card.getByText('Our verdict:')).toBeVisible();
    const back = card.getByRole('link', { name: 'Read the full page' });
    await expect(back).toHaveAttribute('href', path);
    const [opened] = await Promise.all([page.waitForEvent('popup'), back.click()]);
    await expect(opened).toHaveURL(new RegExp(`${path}$`));

    // The card itself: no script, not indexed, and the full page is its canonical.
    await page.goto(oembedSrc);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(path);
    await expect(page.locator('script')).toHaveCount(0);
  });

  test('cards are left out of the sitemap and the search index', () => {
    const cards = cardPaths();
    expect(cards.length).toBeGreaterThan(100);
    expect(sitemapPaths().filter((p) => p.startsWith('/embed/'))).toEqual([]);
    const folder = join(outDir(), 'pagefind', 'fragment');
    const indexed = readdirSync(folder).map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
    });
    expect(indexed.some((url) => url.startsWith('/compare/'))).toBe(true);
    expect(indexed.filter((url) => url.startsWith('/embed/'))).toEqual([]);
  });
});
