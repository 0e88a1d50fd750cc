import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  cardPaths,
  handWrittenSlugs,
  onePerTemplate,
  pageTemplate,
  samplePages,
  sitemapPaths,
} from '../src/tools/dist';

// WCAG 2.2 AA plus axe's best practices; contrast is checked in each colour scheme.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;
// Only these rules read colours; the rest give the same answer in both themes, so the second
// theme runs just these (a full axe run is most of this suite's time).
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations as one readable line each, so a failure names the rule and the elements. */
async function violations(page: Page, rules: 'all' | 'colour'): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (rules === 'all') builder.withTags(TAGS);
  else builder.withRules(COLOUR_RULES);
  // Only violations are read, so axe need not list every node that passed (a third of its time).
  const { violations } = await builder.options({ resultTypes: ['violations'] }).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

// axe costs seconds a page, so it runs on a sample that does not grow with generated data: every
// hand-written MDX page (guides, answers), and of each template (route), PER_TEMPLATE pages
// spread evenly over its pages by sorted path, the first included (see samplePages in
// src/tools/dist.ts). The HTML validator, link checker and page budgets (npm run test:built)
// still read every page.
const PER_TEMPLATE = 5;
const sitemap = sitemapPaths();
const handWritten = handWrittenSlugs();
// The 404 page is not in the sitemap; any unknown address serves it.
const sample = [...samplePages(sitemap, handWritten, PER_TEMPLATE), '/no-such-page/'];

test('the axe sample holds every template, every guide and every answer', () => {
  const templates = new Set(sample.map(pageTemplate));
  expect([...new Set(sitemap.map(pageTemplate))].filter((t) => !templates.has(t))).toEqual([]);
  // Every .mdx file in content/ is a guide or an answer, and its page is in the sample.
  expect(handWritten.size).toBeGreaterThan(10);
  const sampled = (slug: string) =>
    sample.includes(`/guides/${slug}/`) || sample.includes(`/faq/${slug}/`);
  expect([...handWritten].filter((slug) => !sampled(slug))).toEqual([]);
});

test.describe('sampled pages have no axe violations in either theme', () => {
  // The claims page holds every claim (~4,000 elements): its axe runs take ~30 s there on a quiet
  // 2-core machine, and over a minute while other suites share it.
  test.describe.configure({ timeout: 180_000 });

  for (const path of sample) {
    test(path, async ({ page }) => {
      await page.goto(path);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        // Upgraded (it is hidden until then) and following the system's scheme.
        await expect(page.getByRole('button', { name: 'Theme: System' })).toBeVisible();
        const rules = colorScheme === SCHEMES[0] ? 'all' : 'colour';
        expect(await violations(page, rules), `${path} in the ${colorScheme} theme`).toEqual([]);
      }
    });
  }
});

// Cards take their colours from the host reader's scheme and have no theme toggle; one card of
// each kind (row, claim, answer), in both schemes.
test('embeddable cards have no axe violations in either colour scheme', async ({ page }) => {
  for (const path of onePerTemplate(cardPaths())) {
    await page.goto(path);
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      const rules = colorScheme === SCHEMES[0] ? 'all' : 'colour';
      expect(await violations(page, rules), `${path} in the ${colorScheme} scheme`).toEqual([]);
    }
  }
});

test('the main navigation works with the keyboard alone, with a visible focus ring', async ({
  page,
}) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const order = [
    page.getByRole('link', { name: 'Skip to content' }),
    page.getByRole('banner').getByRole('link', { name: 'Python vs Node.js' }),
    page.getByRole('banner').getByRole('button', { name: /^Search/ }),
    ...['Guides', 'Compare', 'FAQ', 'Claims check', 'Lab', 'Recommend'].map((name) =>
      nav.getByRole('link', { name, exact: true }),
    ),
    page.getByRole('button', { name: /^Theme:/ }),
  ];
  for (const target of order) {
    await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    const ring = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).not.toBe('none');
    const box = await target.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
  }

  // Back to Compare with Shift+Tab, then follow it with Enter.
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Shift+Tab');
  await expect(nav.getByRole('link', { name: 'Compare', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/compare\/$/);
  await expect(nav.getByRole('link', { name: 'Compare', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // On the new page the skip link is again the first stop and lands on the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
