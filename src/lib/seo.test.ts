import { describe, expect, test } from 'vitest';
import { breadcrumbLd, serialiseLd, websiteLd } from './seo';

describe('serialiseLd', () => {
  test('adds the schema.org context to a single item', () => {
    const parsed = JSON.parse(serialiseLd([websiteLd('Site', 'https://a.example/', 'About')]));
    expect(parsed['@context']).toBe('https://schema.org');
    expect(parsed['@type']).toBe('WebSite');
  });

  test('wraps several items in a graph', () => {
    const parsed = JSON.parse(
      serialiseLd([websiteLd('S', 'https://a.example/', 'd'), breadcrumbLd([])]),
    );
    expect(parsed['@graph'].map((i: { '@type': string }) => i['@type'])).toEqual([
      'WebSite',
      'BreadcrumbList',
    ]);
  });

  test('cannot be broken out of by a closing script tag in the data', () => {
    const text = serialiseLd([
      websiteLd('</script><script>alert(1)</script>', 'https://a.example/', ''),
    ]);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('breadcrumbLd', () => {
  test('numbers the steps from one', () => {
    const ld = breadcrumbLd([
      { href: 'https://a.example/', label: 'Home' },
      { href: 'https://a.example/faq/', label: 'FAQ' },
    ]);
    expect(ld['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://a.example/' },
      { '@type': 'ListItem', position: 2, name: 'FAQ', item: 'https://a.example/faq/' },
    ]);
  });
});
