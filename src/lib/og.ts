/**
 * The social card drawn for every page: site name, page title and, where the page has one, the
 * verdict. Returns the element tree satori renders; no I/O here.
 */

/** What a card shows. */
export interface Card {
  title: string;
  kicker: string;
  verdict?: string | undefined;
}

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

const h = (
  type: string,
  style: Record<string, string | number>,
  ...children: (Node | string)[]
): Node => ({
  type,
  props: { style, children },
});

/** Title size that keeps long titles inside the card. */
export function titleSize(title: string): number {
  if (title.length > 90) return 52;
  if (title.length > 55) return 60;
  return 72;
}

/** The element tree of a 1200×630 card. */
export function cardTree({ title, kicker, verdict }: Card): Node {
  return h(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#111418',
      color: '#e8eaed',
      fontFamily: 'Inter',
    },
    h('div', { display: 'flex', fontSize: 30, color: '#8fbce6', fontWeight: 700 }, kicker),
    h(
      'div',
      { display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 },
      title,
    ),
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#b3bcc6' },
      verdict ? `Verdict: ${verdict}` : 'Scoped verdicts · dated sources',
      'Python vs Node.js',
    ),
  );
}
