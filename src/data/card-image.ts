/**
 * Draws a social card's element tree as SVG with satori, in the card's size and the site's Inter
 * font: what the Open Graph route turns into PNG and what the card layout's tests measure.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { CARD_BOX, type CardNode } from '../lib/og';

const require = createRequire(import.meta.url);
const inter = (weight: 400 | 700) => ({
  name: 'Inter',
  data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
  weight,
  style: 'normal' as const,
});
const fonts = [inter(400), inter(700)];

export function drawCard(tree: CardNode): Promise<string> {
  return satori(tree as Parameters<typeof satori>[0], {
    width: CARD_BOX.width,
    height: CARD_BOX.height,
    fonts,
  });
}
