/**
 * Embeddable cards: where a page's card and its oEmbed file live, the `<iframe>` snippet that
 * shows the card, and the oEmbed response that hands the snippet to blog platforms. Pure.
 */
import { CARD_BOX } from './og.ts';
import { escapeHtml } from './text.ts';
import { assertSlug } from './urls.ts';

/** The sections whose entries have a card: comparison rows, claims and answers. */
export const EMBED_SECTIONS = ['compare', 'claims', 'faq'] as const;
export type EmbedSection = (typeof EMBED_SECTIONS)[number];

/** The collection whose entries each section's cards stand for. */
export const EMBED_COLLECTION: Readonly<Record<EmbedSection, string>> = {
  compare: 'dimensions',
  claims: 'claims',
  faq: 'faqs',
};

/**
 * `<Embed of="compare/memory" />`: a guide or answer showing another entry's card in its text.
 * Global: use with `matchAll`.
 */
export const EMBED_TAG = /<Embed\s+of=["']([^"']+)["']\s*\/>/g;

/** The targets ("compare/memory") a body names through `<Embed of="…" />`, in order. */
export function embedTargets(text: string): string[] {
  return [...text.matchAll(EMBED_TAG)].map((m) => m[1] ?? '');
}

/** How many embed tags a body opens, well-formed or not. */
export function embedTagCount(text: string): number {
  return text.match(/<Embed\b/g)?.length ?? 0;
}

/** A target split into its section and slug; undefined when the section has no cards. */
export function parseTarget(target: string): { section: EmbedSection; slug: string } | undefined {
  const [section = '', slug = '', ...rest] = target.split('/');
  if (rest.length || !(EMBED_SECTIONS as readonly string[]).includes(section)) return undefined;
  return { section: section as EmbedSection, slug };
}

/** Every card is drawn at this size; the snippet and the oEmbed file give it to the host. */
export const EMBED_SIZE = { width: 480, height: 300 } as const;

/** The card of an entry's page: `/embed/compare/memory/` for `/compare/memory/`. */
export function embedPath(section: EmbedSection, slug: string): string {
  return `/embed/${section}/${assertSlug(slug)}/`;
}

/** The static oEmbed file of an entry's page: `/oembed/compare-memory.json`. */
export function oembedPath(section: EmbedSection, slug: string): string {
  return `/oembed/${section}-${assertSlug(slug)}.json`;
}

/** True for a card's path; the sitemap and search leave these out. */
export function isEmbedPath(path: string): boolean {
  return /^\/embed\//.test(new URL(path, 'http://x').pathname);
}

/** The `<iframe>` a writer pastes: sized, titled, lazy-loaded, borderless. */
export function iframeSnippet(src: string, title: string): string {
  const { width, height } = EMBED_SIZE;
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" ` +
    `height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`
  );
}

/** An oEmbed 1.0 `rich` response (https://oembed.com/ §2.3.4). */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The oEmbed response for a page whose card is at `cardUrl` (all URLs absolute). */
export function oembed(input: {
  title: string;
  cardUrl: string;
  siteName: string;
  siteUrl: string;
  image: string;
}): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.siteName,
    provider_url: input.siteUrl,
    author_name: input.siteName,
    author_url: input.siteUrl,
    html: iframeSnippet(input.cardUrl, input.title),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    thumbnail_url: input.image,
    thumbnail_width: CARD_BOX.width,
    thumbnail_height: CARD_BOX.height,
  };
}
