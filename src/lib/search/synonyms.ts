/**
 * Query expansion with synonyms. Pagefind has no synonym support and requires every word of a
 * query to match, so each synonym is searched as its own query variant and the results merged.
 */

/** Groups of terms that mean the same thing to a reader of this site. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['gil', 'global interpreter lock'],
  ['node', 'node.js', 'nodejs', 'javascript runtime'],
  ['cold start', 'init duration'],
  ['cold starts', 'init duration'],
  ['throughput', 'requests per second', 'rps'],
  ['fastapi', 'starlette'],
];

/** Every single word that appears in a synonym term, so that typo correction leaves it alone. */
export function synonymWords(groups: readonly (readonly string[])[] = SYNONYMS): Set<string> {
  return new Set(groups.flatMap((g) => g.flatMap((term) => term.split(/[^a-z0-9]+/))));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches `term` as whole words, not inside another word ("node" not in "nodes"). */
function termPattern(term: string): RegExp {
  return new RegExp(
    `(^|[^\\p{L}\\p{N}.])${escape(term)}(?=$|[^\\p{L}\\p{N}]|\\.(?![\\p{L}]))`,
    'iu',
  );
}

/**
 * The query variants to search: the query itself first, then for each synonym group whose
 * term appears in the query, the query with that term replaced by each other term of the
 * group. Longer terms are matched first ("node.js" before "node"). At most `limit` variants.
 */
export function expandQuery(
  query: string,
  groups: readonly (readonly string[])[] = SYNONYMS,
  limit = 5,
): string[] {
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
