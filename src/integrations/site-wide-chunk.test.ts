import { describe, expect, test } from 'vitest';
import { isSiteWideScript } from './site-wide-chunk.ts';

describe('isSiteWideScript', () => {
  test("matches the header's script module, on POSIX and Windows paths", () => {
    expect(
      isSiteWideScript('/site/src/components/Header.astro?astro&type=script&index=0&lang.ts'),
    ).toBe(true);
    expect(
      isSiteWideScript('C:\\site\\src\\components\\Header.astro?astro&type=script&index=0&lang.ts'),
    ).toBe(true);
  });

  test('leaves other scripts and the header component itself alone', () => {
    expect(
      isSiteWideScript('/site/src/components/Share.astro?astro&type=script&index=0&lang.ts'),
    ).toBe(false);
    expect(isSiteWideScript('/site/src/components/Header.astro')).toBe(false);
    expect(isSiteWideScript('/site/src/scripts/element.ts')).toBe(false);
  });
});
