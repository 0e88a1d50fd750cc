/**
 * Fingerprints of word runs, for proving that no sentence was copied from the articles the
 * claims check examines. Only hashes are kept in the repository, never the articles' text.
 */
import { createHash } from 'node:crypto';
import { words } from '../lib/text.ts';

/** Length of the word runs that count as copying. */
export const RUN_WORDS = 12;

/** Lowercase words with punctuation, markup and apostrophes ("don’t" is one word) removed. */
export function runWords(text: string): string[] {
  return words(text.replace(/[’']/g, ''));
}

/** Short hash of one run of words. */
export function fingerprint(run: readonly string[]): string {
  return createHash('sha1').update(run.join(' ')).digest('hex').slice(0, 12);
}

/** Every run of `size` consecutive words in `text`, as fingerprints with the run itself. */
export function* runs(text: string, size = RUN_WORDS): Generator<{ hash: string; run: string }> {
  const list = runWords(text);
  for (let i = 0; i + size <= list.length; i++) {
    const run = list.slice(i, i + size);
    yield { hash: fingerprint(run), run: run.join(' ') };
  }
}
