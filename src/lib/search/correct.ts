/**
 * Typo tolerance for search queries. Pagefind matches words exactly (or by prefix), so a
 * misspelt word finds nothing; this finds, for an unknown word, the closest word of the
 * site's vocabulary (built from the indexed pages at build time) by edit distance.
 */

/** Word frequencies of the indexed text, lowercase word → number of occurrences. */
export type Vocabulary = ReadonlyMap<string, number>;

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * adjacent letters each cost 1 ("pyhton" → "python" is 1). Stops early and returns
 * `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** How many edits a word of this length may need and still count as a typo of another. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * The vocabulary word closest to `word` within the allowed number of edits, preferring the
 * fewest edits, then the most frequent word. Undefined when none is close enough. Every word
 * of a near length is compared, so an error in the first two letters ("ypthon", "ndoe") is
 * corrected like any other.
 */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [candidate, count] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > max) continue;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count))
      best = { word: candidate, distance, count };
  }
  return best?.word;
}

/** Total frequency of the vocabulary words that start with `prefix` (and are longer). */
export function completions(prefix: string, vocabulary: Vocabulary): number {
  let total = 0;
  for (const [word, count] of vocabulary)
    if (word.length > prefix.length && word.startsWith(prefix)) total += count;
  return total;
}
