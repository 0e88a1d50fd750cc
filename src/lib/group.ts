/** Reverse indexes over lists: which items name a key, computed once instead of per lookup. */

/**
 * Every key with the items that name it, in the items' own order. An item naming one key twice
 * is listed once under it.
 */
export function groupBy<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** The items under `key`; none when no item names it. */
export function itemsOf<T>(index: ReadonlyMap<string, readonly T[]>, key: string): readonly T[] {
  return index.get(key) ?? [];
}
