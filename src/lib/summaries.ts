/**
 * The one-line summary of each side of a comparison row, shown side by side in the comparison
 * tables and on the row page. A short, required field: the table stays scannable only while
 * every cell is one or two lines, and a row without both summaries would leave a gap.
 */
import { z } from 'astro/zod';
import { isInlineMarkdown } from './markdown-fields';

/** Longest summary, in characters of its Markdown source. */
export const SUMMARY_MAX = 140;

/**
 * Schema of one side's summary: one paragraph of Markdown (backticks and emphasis; fact tags
 * are allowed but rarely fit) of at most `SUMMARY_MAX` characters.
 */
export const sideSummary = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? `needs a one-line summary of this side (at most ${SUMMARY_MAX} characters)`
        : 'must be text',
  })
  .trim()
  .min(1, 'must not be empty')
  .max(SUMMARY_MAX, `must be at most ${SUMMARY_MAX} characters; keep the detail in python/node`)
  .refine(isInlineMarkdown, {
    message: 'must be one paragraph of Markdown (no lists or blank lines)',
  });
