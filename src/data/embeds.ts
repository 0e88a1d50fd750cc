/**
 * What each embeddable card shows, one per comparison row, claim and answer, and the citation
 * facts of every page that has share and cite controls. Cards, oEmbed files and the pages' own
 * controls all read from here, so a card exists exactly when its page does.
 */
import { t } from '../i18n/en';
import { citationLd, citeKey, type Citable } from '../lib/cite';
import { embedPath, oembedPath, parseTarget, type EmbedSection } from '../lib/embed';
import { isoDate } from '../lib/facts';
import { truncate } from '../lib/text';
import { absoluteUrl, paths } from '../lib/urls';
import { mainRow, must, plainText, rowTitle, site } from './content';
import { DATA_LICENCE } from './export';

/** One card: the entry it stands for and what it shows. */
export interface EmbedCard {
  section: EmbedSection;
  slug: string;
  /** The full page the card links back to and names as canonical. */
  page: string;
  /** Where the card itself lives, and its oEmbed file. */
  path: string;
  oembed: string;
  /** The title as the full page gives it. */
  title: string;
  /** What kind of entry this is ("Comparison", "Claims check", "FAQ"). */
  kicker: string;
  /** The verdict as a badge: its vocabulary and value; answers have none. */
  verdict?: { kind: 'verdict' | 'claim'; value: string } | undefined;
  /** Scope of a row's verdict, the reasoning on a claim, or the start of an answer. */
  summary: string;
  /** Date the content was last reviewed. */
  asOf: Date;
}

const SUMMARY_MAX = 220;

let cards: Promise<EmbedCard[]> | undefined;

/** Every card, rows first, then claims, then answers. Built once per build. */
export function embedCards(): Promise<EmbedCard[]> {
  cards ??= buildCards();
  return cards;
}

async function buildCards(): Promise<EmbedCard[]> {
  const { dimensions, claims, faqs, dimensionById } = await site();
  const card = (section: EmbedSection, slug: string, page: string) => ({
    section,
    slug,
    page,
    path: embedPath(section, slug),
    oembed: oembedPath(section, slug),
  });
  const rows = await Promise.all(
    dimensions.map(async (d): Promise<EmbedCard> => ({
      ...card('compare', d.id, paths.dimension(d.id)),
      title: rowTitle(d),
      kicker: t('embed.kicker.compare'),
      verdict: {
        kind: 'verdict',
        value: d.data.verdict,
      },
      summary: truncate(await plainText(d.data.scope), SUMMARY_MAX),
      asOf: d.data.reviewed,
    })),
  );
  const claimCards = await Promise.all(
    claims.map(async (c): Promise<EmbedCard> => {
      const row = must(dimensionById, c.data.dimension.id, 'dimension');
      return {
        ...card('claims', c.id, paths.claimPage(c.id)),
        title: `“${truncate(await plainText(c.data.claim), 140)}”`,
        kicker: t('embed.kicker.claims'),
        verdict: {
          kind: 'claim',
          value: c.data.verdict,
        },
        summary: truncate(await plainText(c.data.why), 160),
        asOf: row.data.reviewed,
      };
    }),
  );
  const answers = await Promise.all(
    faqs.map(async (f): Promise<EmbedCard> => {
      const main = mainRow(f.data.dimensions, dimensionById);
      return {
        ...card('faq', f.id, paths.faq(f.id)),
        title: f.data.question,
        kicker: t('embed.kicker.faq'),
        summary: truncate(await plainText(f.body), SUMMARY_MAX),
        asOf: main.data.reviewed,
      };
    }),
  );
  return [...rows, ...claimCards, ...answers];
}

let byPage: Promise<Map<string, EmbedCard>> | undefined;

/**
 * The card of a full page. A page that asks for a card its entry does not have is a bug in the
 * page, so this throws and the build stops.
 */
export async function embedFor(page: string): Promise<EmbedCard> {
  byPage ??= embedCards().then((cards) => new Map(cards.map((c) => [c.page, c])));
  const found = (await byPage).get(page);
  if (!found) throw new Error(`No embeddable card for ${page}`);
  return found;
}

/**
 * The card an `<Embed of="compare/memory" />` tag names. The content checks already reject a tag
 * naming no entry, with its file; this throws only if a page bypasses them.
 */
export async function cardOf(target: string): Promise<EmbedCard> {
  const parsed = parseTarget(target);
  const card =
    parsed &&
    (await embedCards()).find((c) => c.section === parsed.section && c.slug === parsed.slug);
  if (!card) throw new Error(`<Embed of="${target}" /> names no card`);
  return card;
}

/** The citation facts of a page: its title, absolute URL and the date it was last reviewed. */
export function citable(page: string, title: string, reviewed: Date, site: URL): Citable {
  return {
    key: citeKey(page),
    title,
    publisher: t('site.name'),
    url: absoluteUrl(page, site),
    reviewed: isoDate(reviewed),
  };
}

/** The title a card's frame carries, saying what it is to screen-reader users of the host page. */
export function frameTitle(card: EmbedCard): string {
  return `${card.kicker}: ${card.title}`;
}

/**
 * Everything a page's share and cite controls need: the citation, its JSON-LD properties and,
 * for rows, claims and answers (`embeddable`), the card and its oEmbed file.
 */
export async function sharing(
  page: string,
  title: string,
  reviewed: Date,
  site: URL,
  { embeddable = true } = {},
) {
  const cite = citable(page, title, reviewed, site);
  const card = embeddable ? await embedFor(page) : undefined;
  return {
    cite,
    ld: citationLd(cite, DATA_LICENCE.licenceUrl),
    embed: card && { path: card.path, title: frameTitle(card) },
    oembed: card?.oembed,
  };
}
