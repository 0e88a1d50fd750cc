import { expect, test } from '@playwright/test';
import { cardPaths, onePerTemplate, sitemapPaths } from '../src/tools/dist';

// One page of each route type (new routes join by themselves), one embeddable card of each
// kind, plus the query strings the widgets read and the 404 page.
const PAGES = [
  ...onePerTemplate(sitemapPaths()),
  ...onePerTemplate(cardPaths()),
  '/search/?q=python',
  '/no-such-page/',
];

for (const path of PAGES) {
  test(`${path} runs under its CSP with no violation, console error or off-site request`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
        problems.push(`off-site request: ${r.url()}`);
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
      );
    });

    const response = await page.goto(path);
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    await page.waitForLoadState('networkidle');

    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");

    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    // A 404 response is logged as a console error by Chromium; that one is expected.
    const unexpected = problems.filter(
      (p) => !(path === '/no-such-page/' && /status of 404/.test(p)),
    );
    expect([...violations, ...unexpected]).toEqual([]);
  });
}
