/**
 * The reader's theme choice. `light` and `dark` are stored under THEME_KEY (the values stored
 * since the site's first release); following the system stores nothing, so the pre-paint
 * script in the head reads the same key and values as before.
 */
export type ThemeChoice = 'light' | 'dark' | 'system';

/** Key of the stored choice in localStorage. */
export const THEME_KEY = 'pvn-theme';

/** The choice a stored value stands for: anything but `light` or `dark` follows the system. */
export function themeChoice(stored: string | null | undefined): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/**
 * The choice after `current` in the cycle. From the system setting it goes first to the theme
 * the system is not showing, so the first press always changes the page; then to the other
 * theme; then back to the system.
 */
export function nextThemeChoice(current: ThemeChoice, systemDark: boolean): ThemeChoice {
  const opposite = systemDark ? 'light' : 'dark';
  if (current === 'system') return opposite;
  return current === opposite ? (systemDark ? 'dark' : 'light') : 'system';
}
