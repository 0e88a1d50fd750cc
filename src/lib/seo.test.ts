import { describe, expect, test } from 'vitest';
import { breadcrumbLd, claimReviewLd, datasetLd, serialiseLd, websiteLd } from './seo';

/** The fields these tests read from serialised JSON-LD. */
type Ld = Record<string, unknown> & { '@type': string };

describe('serialiseLd', () => {
  test('adds the schema.org context to a single item', () => {
    const parsed = JSON.parse(
      serialiseLd([websiteLd('Site', 'https://a.example/', 'About')]),
    ) as Ld;
    expect(parsed['@context']).toBe('https://schema.org');
    expect(parsed['@type']).toBe('WebSite');
  });

  test('wraps several items in a graph', () => {
    const parsed = JSON.parse(
      serialiseLd([websiteLd('S', 'https://a.example/', 'd'), breadcrumbLd([])]),
    ) as { '@graph': Ld[] };
    expect(parsed['@graph'].map((i) => i['@type'])).toEqual(['WebSite', 'BreadcrumbList']);
  });

  test('cannot be broken out of by a closing script tag in the data', () => {
    const text = serialiseLd([
      websiteLd('</script><script>alert(1)</script>', 'https://a.example/', ''),
    ]);
    expect(text).not.toContain('</script>');
    expect((JSON.parse(text) as Ld).name).toBe('</script><script>alert(1)</script>');
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

describe('claimReviewLd', () => {
  const base = {
    url: 'https://a.example/claims/#x',
    claim: 'Python is single-threaded',
    verdictLabel: 'Wrong',
    reviewer: 'Site',
    datePublished: '2026-11-22',
    appearances: [{ title: 'An article', publisher: 'Agency' }],
  };

  test('rates a wrong claim 1 of 5 and an accurate one 5 of 5', () => {
    expect(claimReviewLd({ ...base, verdict: 'wrong' })['reviewRating']).toMatchObject({
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Wrong',
    });
    expect(claimReviewLd({ ...base, verdict: 'accurate' })['reviewRating']).toMatchObject({
      ratingValue: 5,
    });
  });

  test('names where the claim appeared', () => {
    expect(claimReviewLd({ ...base, verdict: 'wrong' })['itemReviewed']).toMatchObject({
      '@type': 'Claim',
      appearance: [{ '@type': 'CreativeWork', name: 'An article' }],
    });
  });
});

describe('datasetLd', () => {
  test('lists one JSON download per file, under the stated licence', () => {
    const ld = datasetLd({
      name: 'Rows',
      description: 'All rows',
      url: 'https://a.example/data/',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      creator: 'Site',
      downloads: ['https://a.example/data/a.json', 'https://a.example/data/b.json'],
    });
    expect(ld['license']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld['distribution']).toEqual([
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: 'https://a.example/data/a.json',
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: 'https://a.example/data/b.json',
      },
    ]);
  });
});
