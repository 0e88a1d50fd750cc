import { expect, test, type Page } from '@playwright/test';

// A guide with diagrams and several sections.
const GUIDE = '/guides/concurrency-models/';

/** The window's height, and each diagram's height and scale (CSS pixels per drawing unit). */
const diagrams = (page: Page) =>
  page.evaluate(() => ({
    window: window.innerHeight,
    drawn: [...document.querySelectorAll<SVGSVGElement>('main figure svg')].map((svg) => ({
      height: svg.getBoundingClientRect().height,
      scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
    })),
  }));

test('on a wide screen "On this page" stays beside the text and marks the section being read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(GUIDE);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  await expect(links.first()).toBeVisible();
  await expect(toc.locator('[aria-current]')).toHaveCount(0);
  const text = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect((await toc.boundingBox())!.x).toBeGreaterThan(text!.x + 600);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { window, drawn } = await diagrams(page);
    expect(drawn.length).toBeGreaterThan(0);
    for (const { height, scale } of drawn) {
      expect(height).toBeLessThanOrEqual(window);
      // Their text is drawn at 12–15 units: near body size, never twice it.
      expect(scale).toBeLessThan(1.3);
    }
  }

  // Read on to the third section: its entry is marked and the list is still in view.
  const third = links.nth(2);
  const name = (await third.textContent())!.trim();
  await page.getByRole('heading', { level: 2, name }).evaluate((h) => {
    window.scrollTo(0, window.scrollY + h.getBoundingClientRect().top - 100);
  });
  await expect(third).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
  const box = await toc.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(100);
});

test('every guide ends with links to the previous and next guide, in the listed order', async ({
  page,
}) => {
  await page.goto('/guides/');
  const listed = await page
    .getByRole('main')
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed.length).toBeGreaterThan(2);

  await page.goto(listed[1]!);
  const pager = page.getByRole('navigation', { name: 'Previous and next guide' });
  await expect(pager.getByRole('link', { name: /^Previous guide/ })).toHaveAttribute(
    'href',
    listed[0]!,
  );
  await expect(pager.getByRole('link', { name: /^Next guide/ })).toHaveAttribute(
    'href',
    listed[2]!,
  );
  await page.goto(listed[0]!);
  await expect(pager.getByRole('link', { name: /^Previous guide/ })).toHaveCount(0);
  await expect(pager.getByRole('link', { name: /^Next guide/ })).toHaveAttribute(
    'href',
    listed[1]!,
  );
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('"On this page" is a list at the top and diagrams fill the width', async ({ page }) => {
    await page.goto(GUIDE);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const first = page.getByRole('main').getByRole('heading', { level: 2 }).nth(1);
    expect((await toc.boundingBox())!.y).toBeLessThan((await first.boundingBox())!.y);
    expect(await toc.evaluate((el) => getComputedStyle(el.parentElement!).position)).toBe('static');
    const { window, drawn } = await diagrams(page);
    expect(drawn.length).toBeGreaterThan(0);
    for (const { height, scale } of drawn) {
      expect(height).toBeLessThanOrEqual(window);
      expect(scale).toBeGreaterThan(1);
    }
  });
});
