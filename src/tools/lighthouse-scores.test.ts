import { describe, expect, test } from 'vitest';
import { median, scoreTable } from './lighthouse-scores';

describe('median', () => {
  test('takes the middle value of an odd count, whatever the order', () => {
    expect(median([0.99, 0.9, 1])).toBe(0.99);
  });

  test('takes the mean of the two middle values of an even count', () => {
    expect(median([0.9, 1])).toBe(0.95);
  });
});

describe('scoreTable', () => {
  const run = (path: string, performance: number | null, seo = 1) => ({
    url: `http://localhost:40123${path}`,
    summary: { performance, seo },
  });

  test('gives each page its median per category and its number of runs', () => {
    const runs = [run('/', 0.9), run('/', 1), run('/', 0.99), run('/faq/', 0.97, 0.92)];
    const pages = [
      { type: 'home', path: '/' },
      { type: 'FAQ index', path: '/faq/' },
    ];
    expect(scoreTable(pages, runs)).toEqual({
      head: ['page type', 'path', 'performance', 'seo', 'runs'],
      rows: [
        ['home', '/', '0.99', '1.00', 3],
        ['FAQ index', '/faq/', '0.97', '0.92', 1],
      ],
    });
  });

  test('counts a run that could not be scored as 0', () => {
    const { rows } = scoreTable([{ type: 'home', path: '/' }], [run('/', null)]);
    expect(rows[0]?.[2]).toBe('0.00');
  });
});
