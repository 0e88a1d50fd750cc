import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { plainText, site } from '../../data/content';
import { t } from '../../i18n/en';
import { absoluteUrl, paths, siteUrl } from '../../lib/urls';

export const GET: APIRoute = async ({ site: origin }) => {
  const { changes } = await site();
  const base = siteUrl(origin);
  return rss({
    title: `${t('site.name')}: ${t('changelog.title')}`,
    description: t('changelog.description'),
    site: absoluteUrl(paths.changelog(), base),
    customData: '<language>en</language>',
    items: await Promise.all(
      changes.map(async (c) => ({
        title: c.data.title,
        link: absoluteUrl(`${paths.changelog()}#${c.id}`, base),
        description: await plainText(c.data.summary),
        pubDate: c.data.date,
      })),
    ),
  });
};
