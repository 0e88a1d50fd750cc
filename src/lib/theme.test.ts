import { describe, expect, test } from 'vitest';
import { nextThemeChoice, themeChoice, type ThemeChoice } from './theme';

describe('themeChoice', () => {
  test('keeps the light and dark values stored by earlier versions', () => {
    expect(themeChoice('light')).toBe('light');
    expect(themeChoice('dark')).toBe('dark');
  });

  test('follows the system when nothing or anything else is stored', () => {
    for (const stored of [null, undefined, '', 'system', 'Dark', 'auto']) {
      expect(themeChoice(stored)).toBe('system');
    }
  });
});

describe('nextThemeChoice', () => {
  /** The choices met by pressing three times from the system setting. */
  const cycle = (systemDark: boolean) => {
    const seen: ThemeChoice[] = [];
    let choice: ThemeChoice = 'system';
    for (let i = 0; i < 3; i += 1) seen.push((choice = nextThemeChoice(choice, systemDark)));
    return seen;
  };

  test('on a light system goes to dark first, then light, then back to the system', () => {
    expect(cycle(false)).toEqual(['dark', 'light', 'system']);
  });

  test('on a dark system goes to light first, then dark, then back to the system', () => {
    expect(cycle(true)).toEqual(['light', 'dark', 'system']);
  });
});
