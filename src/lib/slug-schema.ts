/** The slug pattern of src/lib/slug.ts as a schema, for content collections and lab runs. */
import { z } from 'astro/zod';
import { SLUG, SLUG_MESSAGE } from './slug.ts';

/** A lowercase-hyphenated id. */
export const slugSchema = z.string().regex(SLUG, SLUG_MESSAGE);
