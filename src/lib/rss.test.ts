import { describe, expect, test } from 'vitest';
import { rss } from './rss';

const channel = {
  title: 'Changes',
  link: 'https://a.example/changelog/',
  description: 'All changes',
};

describe('rss', () => {
  test('lists items with an RFC 822 date and a permalink guid', () => {
    const xml = rss(channel, [
      {
        title: 'First',
        link: 'https://a.example/changelog/#first',
        description: 'd',
        date: new Date('2026-11-22T00:00:00Z'),
      },
    ]);
    expect(xml).toContain('<pubDate>Sun, 22 Nov 2026 00:00:00 GMT</pubDate>');
    expect(xml).toContain('<guid isPermaLink="true">https://a.example/changelog/#first</guid>');
  });

  test('escapes markup in titles and descriptions', () => {
    const xml = rss(channel, [
      {
        title: 'A < B & "C"',
        link: 'https://a.example/',
        description: '<b>x</b>',
        date: new Date(0),
      },
    ]);
    expect(xml).toContain('<title>A &lt; B &amp; &quot;C&quot;</title>');
    expect(xml).not.toContain('<b>');
  });
});
