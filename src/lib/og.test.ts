import { describe, expect, test } from 'vitest';
// The real renderer with the real font, as the Open Graph route uses it.
import { drawCard as render } from '../data/card-image';
import { CARD_BOX, cardTree, fitCard, overflows, pathBoxes, TITLE_SIZES } from './og';

const SITE = 'Python vs Node.js';

describe('cardTree', () => {
  test('names the site and shows the verdict when the page has one', () => {
    const text = JSON.stringify(
      cardTree({ title: 'Memory', kicker: 'Compare', verdict: 'Depends' }, SITE),
    );
    expect(text).toContain('Verdict:');
    expect(text).toContain('Depends');
    expect(text).toContain(SITE);
  });

  test('falls back to the site promise without a verdict', () => {
    expect(JSON.stringify(cardTree({ title: 'FAQ', kicker: 'Questions' }, SITE))).toContain(
      'dated sources',
    );
  });
});

describe('measuring the drawn layout', () => {
  test('reads the outline boxes satori draws text with', async () => {
    const svg = await render(cardTree({ title: 'Memory', kicker: 'Compare' }, SITE));
    const boxes = pathBoxes(svg);
    // Kicker, title, footer line and site name: one outline each.
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    expect(overflows(svg)).toEqual([]);
  });

  test('catches a title drawn past the right margin', async () => {
    // One unbreakable word too wide for the card at the largest size.
    const svg = await render(cardTree({ title: 'W'.repeat(30), kicker: 'Compare' }, SITE));
    expect(overflows(svg).join()).toMatch(/outside 72–1128/);
  });

  test('catches a title so long that it pushes the footer off the card', async () => {
    const title = 'Serverless cold starts measured across runtimes '.repeat(4);
    const svg = await render(cardTree({ title, kicker: 'Compare' }, SITE, TITLE_SIZES[0]));
    expect(overflows(svg)).not.toEqual([]);
  });
});

describe('fitCard', () => {
  test('keeps a short title at the largest size', async () => {
    const fitted = await fitCard(
      { title: 'Memory: Python vs Node.js', kicker: 'Compare' },
      SITE,
      render,
    );
    expect(fitted.titleSize).toBe(TITLE_SIZES[0]);
  });

  test('wraps and shrinks titles that once ran off the card until every line fits', async () => {
    for (const title of [
      'Serverless cold starts: Python vs Node.js',
      '“Node.js is better for real-time applications, while Python, which is better for data-heavy work, struggles with many concurrent connections and long-lived sockets”',
    ]) {
      const fitted = await fitCard(
        { title, kicker: 'Claims check', verdict: 'Misleading' },
        SITE,
        render,
      );
      expect(overflows(fitted.svg), title).toEqual([]);
      const right = Math.max(...pathBoxes(fitted.svg).map((b) => b.x1));
      expect(right).toBeLessThanOrEqual(CARD_BOX.width - CARD_BOX.x);
    }
  });

  test('fails, naming the title, when nothing fits', async () => {
    await expect(
      fitCard({ title: 'W'.repeat(60), kicker: 'Compare' }, SITE, render),
    ).rejects.toThrow(/"W+" overflows/);
  });
});
