/**
 * Builders for the structured data (JSON-LD) in every page head, typed with schema.org's own
 * vocabulary (schema-dts: types only, nothing shipped), so a misspelt property or type fails the
 * type check.
 */
import type {
  BreadcrumbList,
  ClaimReview,
  Dataset,
  Graph,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import type { ClaimVerdict } from './vocab';

/** A JSON-LD object; `@context` is added when serialised. */
export type JsonLd = Thing;

/** WebSite markup for the home page, with the site search as a SearchAction. */
export function websiteLd(name: string, url: string, description: string): WebSite {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${url}search/?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return { '@type': 'WebSite', name, url, description, potentialAction: search };
}

/** BreadcrumbList markup from a breadcrumb trail of absolute URLs. */
export function breadcrumbLd(trail: readonly { href: string; label: string }[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: step.label,
      item: step.href,
    })),
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` body. `<` is escaped so that
 * no string in the data can close the script element.
 */
export function serialiseLd(items: readonly JsonLd[]): string {
  const [only] = items;
  const body: WithContext<JsonLd> | Graph =
    items.length === 1 && only
      ? Object.assign({ '@context': 'https://schema.org' as const }, only)
      : { '@context': 'https://schema.org', '@graph': items };
  return JSON.stringify(body).replace(/</g, '\\u003c');
}

/** Numeric rating of a claim verdict on a 1 (false) to 5 (true) scale, for ClaimReview. */
export const CLAIM_RATING: Readonly<Record<ClaimVerdict, number>> = {
  accurate: 5,
  opinion: 3,
  outdated: 3,
  misleading: 2,
  unverifiable: 2,
  wrong: 1,
};

/** ClaimReview markup for one checked claim. */
export function claimReviewLd(input: {
  url: string;
  claim: string;
  verdict: ClaimVerdict;
  verdictLabel: string;
  reviewer: string;
  datePublished: string;
  appearances: readonly { title: string; publisher: string; url?: string | undefined }[];
}): ClaimReview {
  return {
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: input.claim,
    datePublished: input.datePublished,
    author: { '@type': 'Organization', name: input.reviewer },
    itemReviewed: {
      '@type': 'Claim',
      appearance: input.appearances.map((a) => ({
        '@type': 'CreativeWork',
        name: a.title,
        publisher: { '@type': 'Organization', name: a.publisher },
        ...(a.url ? { url: a.url } : {}),
      })),
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: CLAIM_RATING[input.verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: input.verdictLabel,
    },
  };
}

/** Dataset markup for a page that publishes the comparison data as JSON downloads. */
export function datasetLd(input: {
  name: string;
  description: string;
  url: string;
  licenceUrl: string;
  creator: string;
  /** Absolute URLs of the JSON files. */
  downloads: readonly string[];
}): Dataset {
  return {
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    license: input.licenceUrl,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: input.creator },
    distribution: input.downloads.map((contentUrl) => ({
      '@type': 'DataDownload',
      encodingFormat: 'application/json',
      contentUrl,
    })),
  };
}
