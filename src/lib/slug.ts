/**
 * The one id pattern of the site: lowercase-hyphenated, as file names, fact ids, app ids and
 * recommender answers are written, and as every URL path and fragment is built. Browser-safe (no
 * schema library); src/lib/slug-schema.ts wraps it for the content and lab schemas.
 */

/** Lowercase letters and digits in words joined by single hyphens (`cold-start`, `node22`). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a schema says about a value that is not a slug. */
export const SLUG_MESSAGE = 'must be a lowercase-hyphenated id';
