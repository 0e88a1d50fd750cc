import type { APIRoute } from 'astro';
import { plainText, site } from '../../data/content';
import { t } from '../../i18n/en';
import { rss } from '../../lib/rss';
import { absoluteUrl, paths, siteUrl } from '../../lib/urls';

export const GET: APIRoute = async ({ site: origin }) => {
  const { changes } = await site();
  const base = siteUrl(origin);
  const xml = rss(
    {
      title: `${t('site.name')}: ${t('changelog.title')}`,
      link: absoluteUrl(paths.changelog(), base),
      description: t('changelog.description'),
    },
    await Promise.all(
      changes.map(async (c) => ({
        title: c.data.title,
        link: absoluteUrl(`${paths.changelog()}#${c.id}`, base),
        description: await plainText(c.data.summary),
        date: c.data.date,
      })),
    ),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
