/**
 * Reading widget state from a page address. The comparison table and the search page both
 * accept the same forms, so a link written by hand works the same on either.
 */

/** Longest free text kept from an address, so a pasted essay cannot stall a widget. */
export const MAX_QUERY = 200;

/**
 * The valid values of a facet from every repeat and comma list (`?type=faq,guide&type=claim`),
 * case-insensitive, deduplicated and in vocabulary order.
 */
export function facet<T extends string>(
  params: URLSearchParams,
  name: string,
  vocab: readonly T[],
): T[] {
  const given = new Set(
    params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim().toLowerCase()),
  );
  return vocab.filter((value) => given.has(value));
}

/**
 * The free text of parameter `name`, trimmed and cut to MAX_QUERY characters. It is cut by code
 * points, not UTF-16 units, so an emoji is never split into a lone surrogate.
 */
export function queryText(params: URLSearchParams, name = 'q'): string {
  return [...(params.get(name) ?? '').trim()].slice(0, MAX_QUERY).join('').trim();
}
