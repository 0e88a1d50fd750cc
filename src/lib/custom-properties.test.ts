import { describe, expect, test } from 'vitest';
import { customProperties } from './custom-properties';

describe('customProperties', () => {
  const css = `:root {
  --bg: light-dark(#ffffff, #111418);
  --bg-soft: light-dark(#f4f6f8, #1a1f25);
  --fg: #1b1f24;
}
body { color: var(--fg); }`;

  test('copies the named declarations, in the order asked', () => {
    expect(customProperties(css, ['--fg', '--bg'])).toBe(
      '--fg:#1b1f24;--bg:light-dark(#ffffff, #111418);',
    );
  });

  test('does not take a longer name for a shorter one, nor a use for a declaration', () => {
    expect(customProperties(css, ['--bg-soft'])).toBe('--bg-soft:light-dark(#f4f6f8, #1a1f25);');
    expect(() => customProperties('a { color: var(--fg); }', ['--fg'])).toThrow(/--fg/);
  });

  test('fails on a property the style sheet does not declare', () => {
    expect(() => customProperties(css, ['--link'])).toThrow(/No custom property --link/);
  });
});
