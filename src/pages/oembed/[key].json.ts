import type { APIRoute, GetStaticPaths } from 'astro';
import { embedCards, frameTitle, type EmbedCard } from '../../data/embeds';
import { t } from '../../i18n/en';
import { oembed } from '../../lib/embed';
import { absoluteUrl, ogImagePath, paths, siteUrl } from '../../lib/urls';

/** One static oEmbed file per card, linked from its full page's head. */
export const getStaticPaths = (async () =>
  (await embedCards()).map((card) => ({
    params: { key: card.oembed.slice('/oembed/'.length, -'.json'.length) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: EmbedCard }> = ({ props, site }) => {
  const { card } = props;
  const at = (path: string) => absoluteUrl(path, siteUrl(site));
  const body = oembed({
    title: frameTitle(card),
    cardUrl: at(card.path),
    siteName: t('site.name'),
    siteUrl: at(paths.home()),
    image: at(ogImagePath(card.page)),
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
