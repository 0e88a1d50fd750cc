/**
 * The search's own vocabulary, kept as content in `content/search/terms.yaml`: compound
 * spellings ("nodejs", "node.js", "node js") read as one term, and synonym groups built from the
 * words readers type ("serverless", "functions", "lambda"). The build checks the file here and
 * ships it to the browser inside the vocabulary JSON.
 */

/** Stop words, question words, compound spellings and synonym groups, all lowercase. */
export interface SearchTerms {
  /** Words that carry no topic of their own ("is", "vs", "still", "the"). */
  stopWords: readonly string[];
  /** Words that open a question ("how", "does", "which"). */
  questionWords: readonly string[];
  /** Spellings of one term; any spelling in a query is read as the first. */
  compounds: readonly (readonly string[])[];
  /** Terms that answer the same question; each is searched in place of the others. */
  synonyms: readonly (readonly string[])[];
}

/**
 * Reads and checks the parsed YAML (at build time): `stopWords` and `questionWords` are lists of lowercase words;
 * `compounds` and `synonyms` are lists of groups, each two or more distinct non-empty
 * lowercase terms. Throws naming the file, the field and the group.
 */
export function parseSearchTerms(data: unknown, file: string): SearchTerms {
  const fail = (where: string, why: string): never => {
    throw new Error(`${file}: ${where} ${why}`);
  };
  if (!data || typeof data !== 'object') fail('the file', 'must be a mapping');
  const record = data as Record<string, unknown>;
  const groups = (field: 'compounds' | 'synonyms') => {
    const value = record[field];
    if (!Array.isArray(value)) return fail(field, 'must be a list of term lists');
    return value.map((group: unknown, i) => {
      const where = `${field}[${i}]`;
      if (!Array.isArray(group) || group.length < 2)
        return fail(where, 'must list at least two terms');
      const terms = group.map((term: unknown) =>
        typeof term === 'string' && term.trim() ? term.trim() : fail(where, 'has an empty term'),
      );
      for (const term of terms)
        if (term !== term.toLowerCase()) fail(where, `has "${term}": write terms in lowercase`);
      if (new Set(terms).size !== terms.length) fail(where, 'repeats a term');
      return terms;
    });
  };
  const wordList = (field: 'stopWords' | 'questionWords') => {
    const value = record[field];
    if (!Array.isArray(value)) return fail(field, 'must be a list of words');
    return value.map((w: unknown, i) =>
      typeof w === 'string' && /^[\p{Ll}\p{N}]+$/u.test(w)
        ? w
        : fail(`${field}[${i}]`, 'must be one lowercase word'),
    );
  };
  return {
    stopWords: wordList('stopWords'),
    questionWords: wordList('questionWords'),
    compounds: groups('compounds'),
    synonyms: groups('synonyms'),
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches `term` as whole words, not inside another word ("node" not in "nodes"). */
export function termPattern(term: string, flags = 'iu'): RegExp {
  return new RegExp(
    `(^|[^\\p{L}\\p{N}.])${escape(term)}(?=$|[^\\p{L}\\p{N}]|\\.(?![\\p{L}]))`,
    flags,
  );
}

/**
 * Rewrites every compound spelling in `query` to the group's first term, longest spelling
 * first, in lowercase: "Node.js vs FastAPI" → "node vs fastapi".
 */
export function joinCompounds(query: string, compounds: SearchTerms['compounds']): string {
  const spellings = compounds
    .flatMap(([first = '', ...rest]) => rest.map((spelling) => ({ spelling, first })))
    .sort((a, b) => b.spelling.length - a.spelling.length);
  let text = query.toLowerCase();
  for (const { spelling, first } of spellings)
    text = text.replace(termPattern(spelling, 'giu'), (_, before: string) => `${before}${first}`);
  return text;
}
