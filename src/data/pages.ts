/**
 * Every page of the site with what its social card shows. The Open Graph image route renders
 * one PNG per entry, and the layout points each page at its own image by path.
 */
import { t, type UiKey } from '../i18n/en';
import type { Card } from '../lib/og';
import { paths } from '../lib/urls';
import { plainText, rowTitle, site } from './content';

/** A page and its card. */
export interface PageCard {
  path: string;
  card: Card;
}

/**
 * All pages, static sections first, then one per dimension, guide, question, lab scenario and
 * claim.
 */
export async function pageCards(): Promise<PageCard[]> {
  const { dimensions, guides, faqs, claims, lab } = await site();
  const section = (path: string, key: UiKey): PageCard => ({
    path,
    card: { title: t(key), kicker: t('site.name') },
  });
  return [
    { path: paths.home(), card: { title: t('home.title'), kicker: t('site.tagline') } },
    section(paths.compare(), 'compare.title'),
    section(paths.guides(), 'guides.title'),
    section(paths.faqs(), 'faq.title'),
    section(paths.claims(), 'claims.title'),
    section(paths.useCases(), 'useCases.title'),
    section(paths.sources(), 'sources.title'),
    section(paths.about(), 'about.title'),
    section(paths.changelog(), 'changelog.title'),
    section(paths.recommend(), 'recommend.title'),
    section(paths.search(), 'search.title'),
    section(paths.data(), 'data.title'),
    section(paths.lab(), 'lab.title'),
    section('/404/', 'notFound.title'),
    ...dimensions.map((d) => ({
      path: paths.dimension(d.id),
      card: {
        title: rowTitle(d),
        kicker: t('nav.compare'),
        verdict: t(`verdict.${d.data.verdict}`),
      },
    })),
    ...guides.map((g) => ({
      path: paths.guide(g.id),
      card: { title: g.data.title, kicker: t('nav.guides') },
    })),
    ...faqs.map((f) => ({
      path: paths.faq(f.id),
      card: { title: f.data.question, kicker: t('nav.faq') },
    })),
    ...lab.scenarios.map((s) => ({
      path: paths.labScenario(s.id),
      card: { title: s.data.title, kicker: t('lab.kicker') },
    })),
    ...(await Promise.all(
      claims.map(async (c) => ({
        path: paths.claimPage(c.id),
        card: {
          title: await plainText(c.data.claim),
          kicker: t('claims.kicker'),
          verdict: t(`claim.${c.data.verdict}`),
        },
      })),
    )),
  ];
}
