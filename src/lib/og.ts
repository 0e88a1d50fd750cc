/**
 * The social card drawn for every page: site name, page title and, where the page has one, the
 * verdict. Builds the element tree satori renders and checks the drawn layout: satori draws text
 * as glyph outlines, so the outlines' coordinates are where the text really ended up. No I/O.
 */

/** What a card shows. */
export interface Card {
  title: string;
  kicker: string;
  verdict?: string | undefined;
}

export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardNode | string)[] | CardNode | string;
  };
}

const h = (
  type: string,
  style: Record<string, string | number>,
  ...children: (CardNode | string)[]
): CardNode => ({
  type,
  props: { style, children },
});

/** The card's size and the margins every drawn mark must stay inside. */
export const CARD_BOX = { width: 1200, height: 630, x: 72, y: 64 } as const;

/** Title sizes tried in turn, largest first, until the title fits. */
export const TITLE_SIZES = [72, 64, 56, 50, 44, 38] as const;

/** The element tree of a 1200×630 card with its title at `titleSize` px. */
export function cardTree(
  { title, kicker, verdict }: Card,
  siteName: string,
  titleSize: number = TITLE_SIZES[0],
): CardNode {
  const { width, height, x, y } = CARD_BOX;
  return h(
    'div',
    {
      width,
      height,
      display: 'flex',
      background: '#111418',
      color: '#e8eaed',
      fontFamily: 'Inter',
    },
    // The margins are the position of this inner box, so nothing depends on how padding is sized.
    h(
      'div',
      {
        position: 'absolute',
        left: x,
        top: y,
        width: width - 2 * x,
        height: height - 2 * y,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        gap: 24,
      },
      h('div', { display: 'flex', fontSize: 30, color: '#8fbce6', fontWeight: 700 }, kicker),
      h('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, title),
      h(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          fontSize: 30,
          color: '#b3bcc6',
        },
        verdict
          ? h(
              'div',
              { display: 'flex' },
              'Verdict:',
              h('span', { marginLeft: 12, color: '#f2c46d', fontWeight: 700 }, verdict),
            )
          : 'Scoped verdicts · dated sources',
        h('div', { display: 'flex', fontWeight: 700, color: '#e8eaed' }, siteName),
      ),
    ),
  );
}

/** A drawn mark's bounding box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The bounding box of every `<path>` in satori's SVG: the glyph outlines of each text run. Path
 * data is absolute (M, L, Q, C, Z), so every number pair is a point of the outline or a control
 * point, which lies within a glyph's em box.
 */
export function pathBoxes(svg: string): Box[] {
  return [...svg.matchAll(/<path\b[^>]*\sd="([^"]*)"/g)].flatMap(([, d = '']) => {
    if (/[a-y]/.test(d)) throw new Error('Relative path commands are not measured');
    const numbers = (d.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    if (numbers.length < 2) return [];
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    return [{ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }];
  });
}

/** The marks drawn outside the card's margins, as readable sentences; empty when all fit. */
export function overflows(svg: string): string[] {
  const { width, height, x, y } = CARD_BOX;
  const r = (n: number) => Math.round(n);
  return pathBoxes(svg)
    .filter((b) => b.x0 < x || b.y0 < y || b.x1 > width - x || b.y1 > height - y)
    .map(
      (b) =>
        `text drawn at ${r(b.x0)}–${r(b.x1)} × ${r(b.y0)}–${r(b.y1)}, outside ` +
        `${x}–${width - x} × ${y}–${height - y}`,
    );
}

/**
 * Draws a card with the largest title size at which every mark stays inside the margins, using
 * `render` (satori with the card's fonts). Throws, naming the title, when even the smallest size
 * overflows, so a build never publishes a clipped card.
 */
export async function fitCard(
  card: Card,
  siteName: string,
  render: (tree: CardNode) => Promise<string>,
): Promise<{ svg: string; titleSize: number }> {
  let problems: string[] = [];
  for (const titleSize of TITLE_SIZES) {
    const svg = await render(cardTree(card, siteName, titleSize));
    problems = overflows(svg);
    if (!problems.length) return { svg, titleSize };
  }
  throw new Error(`Social card "${card.title}" overflows at every size: ${problems.join('; ')}`);
}
