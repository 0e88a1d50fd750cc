/**
 * Closed vocabularies shared by the content schemas and the UI that renders filters and badges.
 * Pure data: no astro:* imports, so unit tests and browser code can use it too.
 */

/** Categories a comparison row belongs to; the table filter is built from this list. */
export const CATEGORIES = [
  'performance',
  'concurrency',
  'operations',
  'ecosystem',
  'developer-experience',
  'business',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Which side a dimension's verdict favours, for the scope it states. */
export const VERDICTS = ['python', 'node', 'tie', 'depends'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How strong the evidence behind a verdict is. */
export const GRADES = ['strong', 'moderate', 'limited', 'opinion'] as const;
export type Grade = (typeof GRADES)[number];

/** What a fact describes: one runtime, or both side by side. */
export const SIDES = ['python', 'node', 'both'] as const;
export type Side = (typeof SIDES)[number];

/**
 * Kinds of bibliography entry; `popular-article` marks the articles our claims check examines,
 * and `measurement` a run of the site's own benchmark lab (derived from the run, never typed).
 */
export const SOURCE_KINDS = [
  'official-docs',
  'benchmark',
  'survey',
  'engineering-blog',
  'vendor-marketing',
  'news',
  'community',
  'popular-article',
  'measurement',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Whether a source's publisher sells one of the two sides (or services built on it). */
export const PARTISANSHIP = ['none', 'python', 'node', 'services'] as const;
export type Partisanship = (typeof PARTISANSHIP)[number];

/** Whether we read the cited passage in a copy of the source ourselves. */
export const SOURCE_STATUS = ['verified', 'unconfirmed'] as const;
export type SourceStatus = (typeof SOURCE_STATUS)[number];

/** Our verdict on a claim found in a popular article. */
export const CLAIM_VERDICTS = [
  'accurate',
  'outdated',
  'misleading',
  'wrong',
  'unverifiable',
  'opinion',
] as const;
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

/** The recommendation a use case or the recommender arrives at. */
export const CHOICES = ['python', 'node', 'either', 'both'] as const;
export type Choice = (typeof CHOICES)[number];

/** A use case is a concrete scenario or a whole industry. */
export const USE_CASE_KINDS = ['scenario', 'industry'] as const;
export type UseCaseKind = (typeof USE_CASE_KINDS)[number];

/** Kinds of page the search index can be filtered by. */
export const SEARCH_TYPES = [
  'guide',
  'comparison',
  'faq',
  'claim',
  'source',
  'use-case',
  'page',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
