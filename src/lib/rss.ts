/** A minimal RSS 2.0 feed, enough for feed readers to follow content changes. */

/** One feed item. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  date: Date;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`,
  );

/** Serialises a channel and its items (newest first, as given) to RSS 2.0 XML. */
export function rss(
  channel: { title: string; link: string; description: string },
  items: readonly FeedItem[],
): string {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <guid isPermaLink="true">${escapeXml(item.link)}</guid>
      <pubDate>${item.date.toUTCString()}</pubDate>
      <description>${escapeXml(item.description)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>en</language>
${entries}
  </channel>
</rss>
`;
}
