import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { drawCard } from '../../data/card-image';
import { pageCards, type PageCard } from '../../data/pages';
import { t } from '../../i18n/en';
import { fitCard } from '../../lib/og';
import { ogImagePath } from '../../lib/urls';

export const getStaticPaths = (async () =>
  (await pageCards()).map((page) => ({
    params: { key: ogImagePath(page.path).slice('/og/'.length, -'.png'.length) },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PageCard }> = async ({ props }) => {
  // The title shrinks until every line of the card lies inside its margins, measured on the
  // drawn outlines; a card that cannot fit stops the build, naming its page.
  const { svg } = await fitCard(props.page.card, t('site.name'), drawCard).catch(
    (error: unknown) => {
      throw new Error(`${props.page.path}: ${String(error)}`, { cause: error });
    },
  );
  const png = new Resvg(svg).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
