import { describe, expect, test } from 'vitest';
import { spaceRefresh } from './redirect-stubs';

describe('spaceRefresh', () => {
  test("puts a space after the semicolon of Astro's refresh value", () => {
    const stub =
      '<!doctype html><title>Redirecting to: /b/</title><meta http-equiv="refresh" content="0;url=/b/"><body>';
    expect(spaceRefresh(stub)).toBe(
      '<!doctype html><title>Redirecting to: /b/</title><meta http-equiv="refresh" content="0; url=/b/"><body>',
    );
  });

  test('leaves a page without a refresh, or with a valid one, as it is', () => {
    for (const html of ['<p>0;url=/b/</p>', '<meta http-equiv="refresh" content="2; url=/b/">'])
      expect(spaceRefresh(html)).toBe(html);
  });
});
