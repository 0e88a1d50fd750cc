/**
 * Query expansion with synonyms. Pagefind has no synonym support and requires every word of a
 * query to match, so each synonym is searched as its own query variant and the results merged.
 * The groups are content (`content/search/terms.yaml`, read by `parseSearchTerms`).
 */
import { words } from '../text';
import { termPattern } from './terms';

type Groups = readonly (readonly string[])[];

/** Every single word that appears in a synonym term, so that typo correction leaves it alone. */
export function synonymWords(groups: Groups): Set<string> {
  return new Set(groups.flatMap((g) => g.flatMap(words)));
}

/**
 * The query variants to search: the query itself first, then for each synonym group whose
 * term appears in the query, the query with that term replaced by each other term of the
 * group. Longer terms are matched first ("node.js" before "node"). At most `limit` variants.
 */
export function expandQuery(query: string, groups: Groups, limit = 5): string[] {
  const base = query.trim().replace(/\s+/g, ' ');
  const variants = [base];
  for (const group of groups) {
    const byLength = [...group].sort((a, b) => b.length - a.length);
    for (const term of byLength) {
      const pattern = termPattern(term);
      if (!pattern.test(base)) continue;
      for (const other of group) {
        if (other === term) continue;
        const variant = base.replace(pattern, (_, before: string) => `${before}${other}`);
        if (!variants.includes(variant)) variants.push(variant);
      }
      break;
    }
  }
  return variants.slice(0, limit);
}

/**
 * A word with the one-word terms of every synonym group it belongs to: "ram" gives "ram" and
 * "memory". Used to see whether a title answers a word in other words. With `phrases`, the
 * words of longer terms count too ("gil" gives "global", "interpreter", "lock"): used to see
 * whether a page holds the word in any of its forms.
 */
export function alternatives(word: string, groups: Groups, phrases = false): string[] {
  const found = new Set([word]);
  for (const group of groups)
    if (group.some((term) => words(term).includes(word)))
      for (const term of group)
        if (phrases) words(term).forEach((w) => found.add(w));
        else if (!/[^\p{L}\p{N}]/u.test(term)) found.add(term);
  return [...found];
}
