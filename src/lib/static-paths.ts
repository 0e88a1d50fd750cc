/**
 * The static paths of a route with one page per collection entry (`[slug].astro` and the like):
 * the entry's id names the page, and the page receives the entry as its `entry` prop.
 */
export function entryPaths<T extends { id: string }, K extends string = 'slug'>(
  entries: readonly T[],
  param: K = 'slug' as K,
): { params: Record<K, string>; props: { entry: T } }[] {
  return entries.map((entry) => ({
    params: { [param]: entry.id } as Record<K, string>,
    props: { entry },
  }));
}
