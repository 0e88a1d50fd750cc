/**
 * The declarations of the named custom properties in a style sheet, as `--name:value;` in the
 * order asked: for a page that cannot load the site's style sheet but shows its colours. Throws
 * when one is missing, so that renaming a property cannot silently drop a colour.
 */
export function customProperties(css: string, names: readonly `--${string}`[]): string {
  return names
    .map((name) => {
      const value = new RegExp(`(?:^|[\\s;{])${name}\\s*:\\s*([^;}]+)`).exec(css)?.[1]?.trim();
      if (!value) throw new Error(`No custom property ${name} in the style sheet`);
      return `${name}:${value};`;
    })
    .join('');
}
