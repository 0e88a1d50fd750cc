/**
 * The typed-duplicate check: prose must print a figure that is a fact through
 * `<Fact id="…" />`, never type it, or the two copies drift apart when the fact is updated.
 *
 * The rule, tuned to have no false alarms on real prose:
 * - Prose is an entry's Markdown fields (see PROSE_FIELDS) or MDX body, with code, comments, tags, link
 *   targets and URLs removed. Source summaries, changelog entries, claims as the articles state
 *   them and fact labels are not read: they quote or record, and must not change with a fact.
 * - The facts a piece of prose is checked against are those shown with it: a row's own facts
 *   table, the facts of the rows a claim, dispute, answer, guide, use case or lab scenario
 *   belongs to, and every fact the entry already prints with a tag.
 * - A figure is a number as written, with thousands separators and magnitude words read
 *   ("1,390,000", "1.39 million"), or a calendar date with a month ("30 April 2026",
 *   "October 2028"). It duplicates a fact when it equals the fact's value or range end exactly
 *   and is specific: a date; or a number with a unit word in common with the fact's unit ("70%",
 *   "2×", "3 servers", "1.39 million packages"); or, where either side has no unit, a number
 *   with two or more significant digits ("35", "4,902", "1.25") or a magnitude word. So
 *   "35 workers" next to a fact of 35% is not a duplicate, nor "1 worker" next to 1 MB; rounded
 *   restatements ("about 1.4 million") are not caught.
 * - Never figures: bare years (1900–2100, "in 2013"), version numbers ("Python 3.14",
 *   "v22.13.0", "Round 23", "PEP 703", anything with two dots), ordinals, and numbers glued to
 *   letters or inside identifiers ("ES2017", "utf-8", "HTTP/2").
 */
import { textFields, type Problem, type RawEntry } from './integrity.ts';
import { MONTHS } from './facts.ts';
import { factIds } from './markdown-fields.ts';

/** A figure as prose writes it or as a fact's value holds it, normalised for comparison. */
export interface Figure {
  /** `n:<number>` with magnitude words applied, or `d:YYYY-MM-DD` / `d:YYYY-MM` for a date. */
  key: string;
  /** Significant digits as written (a date counts as many). */
  digits: number;
  /** Whether a magnitude word followed the number ("million", "billion"). */
  magnitude: boolean;
  /**
   * The unit words after it, normalised ("%", "×", "ms", "server"): for prose the next two
   * words that are not small words, for a fact every word of its unit. Empty when none.
   */
  units: string[];
  /** The figure as written, for messages. */
  text: string;
}

/** What the check needs of a fact. */
export interface FigureFact {
  id: string;
  value: number | string;
  to?: number | undefined;
  unit?: string | undefined;
}

const MONTH = `(${MONTHS.map((m) => `${m[0]?.toUpperCase()}${m.slice(1, 3)}(?:${m.slice(3)})?`).join('|')})\\.?`;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'g');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

// Names that a number after them identifies a version or a document, not a quantity.
const VERSIONED =
  /\b(?:C?Python|PyPy|Node(?:\.js)?|Django|Flask|FastAPI|Express|Fastify|Starlette|Uvicorn|Gunicorn|Granian|Hono|Koa|NestJS|TypeScript|JavaScript|Java|Go|Rails|Ruby|PHP|Deno|Bun|Ubuntu|Debian|Alpine|npm|pip|pnpm|Yarn|PEP|ES|ECMAScript|Round|round|version|Version|release|Release|Pydantic|SQLAlchemy|React|Next\.js|Vite|Jest|Vitest|pytest|\.NET|Windows|macOS|iOS|Android|Chrome|V8|OpenSSL|HTTP|Stage|CVE)\s+v?\d+(?:\.\d+)*(?:\+|\.x)?/g;
const MULTI_DOT_VERSION = /\bv?\d+\.\d+\.\d+(?:\.\d+)*\b|\bv\d+(?:\.\d+)*\b/g;

// integer (with separators), fraction, magnitude word, "+", the gap, then up to two words.
const NUMBER =
  /(?<![\p{L}\p{N}.,\-_/#:@])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\d)(?:\s+(thousand|million|billion|trillion)\b)?(\+)?(\s?)([%×]|\p{L}[\p{L}/-]*)?(?:\s+(\p{L}[\p{L}/-]*))?/gu;
const MAGNITUDE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

// Words after a number that say nothing about what it counts.
const SMALL_WORDS = new Set(
  'a an and are as at about by for from in into is it its of on or over per than that the their this to under was were with'.split(
    ' ',
  ),
);

/** A unit word as compared: lowercased, `x` read as ×, a plural's trailing "s" dropped. */
export function normaliseUnit(unit: string): string {
  const word = unit.trim().toLowerCase();
  if (word.startsWith('%') || word === 'percent') return '%';
  if (word.startsWith('×') || word === 'x' || word === 'times') return '×';
  const first = /^\p{L}[\p{L}/-]*/u.exec(word)?.[0] ?? '';
  const singular = /^\p{L}{3,}s$/u.test(first) ? first.slice(0, -1) : first;
  return UNIT_SYNONYMS[singular] ?? singular;
}

// Spellings of one unit, so that "5,400 requests" meets a fact in req/s and "2 ms" one in
// milliseconds.
const UNIT_SYNONYMS: Record<string, string> = {
  'req/s': 'request',
  req: 'request',
  rp: 'request',
  'request/s': 'request',
  millisecond: 'ms',
  mib: 'mb',
  megabyte: 'mb',
  gib: 'gb',
  gigabyte: 'gb',
};

/** Units that make a number in the range of years a quantity: "2048 MB", "2000 req/s". */
const MEASURE_UNITS = new Set(['%', '×', 'ms', 'mb', 'gb', 'request']);

/** The unit words of a fact's unit or of the words after a number, small words left out. */
function unitWords(words: readonly string[]): string[] {
  return words.map(normaliseUnit).filter((w) => w && !SMALL_WORDS.has(w));
}

/** Every word of a fact's unit ("% lower average response time" → %, lower, average …). */
function factUnitWords(unit: string): string[] {
  return unitWords(unit.replace(/^([%×])/, '$1 ').split(/[\s()]+/));
}

/** Significant digits of a number as written: "4,902" 4, "70" 1, "0.05" 1, "1.25" 3. */
function significantDigits(integer: string, fraction: string | undefined): number {
  const digits = `${integer.replace(/,/g, '')}${fraction ?? ''}`.replace(/^0+/, '');
  return (fraction ? digits : digits.replace(/0+$/, '')).length;
}

const numberKey = (n: number) => `n:${Number(n.toPrecision(12))}`;

// Removes what is not prose: code, comments, tags (fact tags too), link targets and URLs.
// Not mdxToPlainText (text.ts): that keeps code and URLs as text, and no figure in them is typed prose.
function proseOnly(text: string): string {
  return text
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ');
}

/** Every figure in a piece of prose or a fact's text value, in order of appearance. */
export function figuresIn(source: string): Figure[] {
  const found: { at: number; figure: Figure }[] = [];
  let text = proseOnly(source);
  const blank = (m: string) => ' '.repeat(m.length);
  const date = (at: number, written: string, year: string, month: string, day?: string) => {
    const index = MONTHS.findIndex((m) => m.startsWith(month.toLowerCase().slice(0, 3)));
    const mm = String(index + 1).padStart(2, '0');
    const key = day ? `d:${year}-${mm}-${day.padStart(2, '0')}` : `d:${year}-${mm}`;
    found.push({ at, figure: { key, digits: 8, magnitude: false, units: [], text: written } });
  };
  text = text.replace(ISO_DATE, (m, y: string, mo: string, d: string, at: number) => {
    found.push({
      at,
      figure: { key: `d:${y}-${mo}-${d}`, digits: 8, magnitude: false, units: [], text: m },
    });
    return blank(m);
  });
  text = text.replace(DAY_MONTH_YEAR, (m, d: string, mo: string, y: string, at: number) => {
    date(at, m, y, mo, d);
    return blank(m);
  });
  text = text.replace(MONTH_YEAR, (m, mo: string, y: string, at: number) => {
    date(at, m, y, mo);
    return blank(m);
  });
  text = text.replace(VERSIONED, blank).replace(MULTI_DOT_VERSION, blank);

  for (const m of text.matchAll(NUMBER)) {
    const [, integer = '', fraction, magnitudeWord, plus = '', gap = '', unit = '', next = ''] = m;
    // Ordinals ("1st", "3rd") are positions, not quantities.
    if (gap === '' && /^(?:st|nd|rd|th)$/i.test(unit)) continue;
    const plain = !fraction && !magnitudeWord && !integer.includes(',');
    const bare = Number(integer);
    const measured = unitWords([unit, next]).some((u) => MEASURE_UNITS.has(u));
    if (plain && !measured && bare >= 1900 && bare <= 2100) continue;
    const scale = magnitudeWord ? (MAGNITUDE[magnitudeWord.toLowerCase()] ?? 1) : 1;
    const value = Number(`${integer.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`) * scale;
    found.push({
      at: m.index,
      figure: {
        key: numberKey(value),
        digits: significantDigits(integer, fraction),
        magnitude: Boolean(magnitudeWord),
        units: unitWords([unit, next]),
        // As written, up to its unit: "57.9%", "3 billion monthly", "500+ npm", "4,902".
        text: `${integer}${fraction ? `.${fraction}` : ''}${magnitudeWord ? ` ${magnitudeWord}` : ''}${plus}${
          unit && !SMALL_WORDS.has(unit.toLowerCase()) ? `${gap}${unit}` : ''
        }`,
      },
    });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.figure);
}

/** The figures a fact's value holds: its number and range end, or those in its text. */
export function factFigures(fact: FigureFact): Figure[] {
  const units = factUnitWords(fact.unit ?? '');
  const numbers = typeof fact.value === 'number' ? [fact.value] : [];
  if (fact.to !== undefined) numbers.push(fact.to);
  const fromNumbers = numbers.map((n) => ({
    key: numberKey(n),
    digits: String(n).replace(/\D/g, '').replace(/^0+/, '').length,
    magnitude: false,
    units,
    text: String(n),
  }));
  // A text value's own words are its unit: "30 to 3 servers", "3 billion monthly … users".
  const text = typeof fact.value === 'string' ? fact.value : '';
  const textUnits = units.length ? units : factUnitWords(text.replace(/[\d,.+]+/g, ' '));
  const fromText = figuresIn(text).map((f) => ({ ...f, units: textUnits }));
  return [...fromNumbers, ...fromText];
}

/** Whether a figure typed in prose repeats a figure of a fact (see the rule at the top). */
export function repeats(typed: Figure, fact: Figure): boolean {
  if (typed.key !== fact.key) return false;
  if (typed.key.startsWith('d:')) return true;
  if (typed.units.length && fact.units.length) {
    return typed.units.some((u) => fact.units.includes(u));
  }
  return typed.digits >= 2 || typed.magnitude;
}

/** One piece of prose and the facts shown with it. */
export interface Prose {
  file: string;
  field: string;
  text: string;
  /** Ids of the facts on the same page. */
  facts: readonly string[];
}

/** A problem for every figure typed in prose that is the value of a fact shown with it. */
export function typedDuplicates(
  prose: readonly Prose[],
  facts: ReadonlyMap<string, FigureFact>,
): Problem[] {
  const problems: Problem[] = [];
  const figuresOf = new Map<string, { fact: FigureFact; figure: Figure }[]>();
  const figures = (id: string) => {
    const fact = facts.get(id);
    if (!fact) return [];
    const known = figuresOf.get(id) ?? factFigures(fact).map((figure) => ({ fact, figure }));
    figuresOf.set(id, known);
    return known;
  };
  for (const { file, field, text, facts: shown } of prose) {
    const candidates = [...new Set(shown)].flatMap(figures);
    const reported = new Set<string>();
    for (const typed of figuresIn(text)) {
      const hit = candidates.find((c) => repeats(typed, c.figure));
      if (!hit || reported.has(`${typed.text}|${hit.fact.id}`)) continue;
      reported.add(`${typed.text}|${hit.fact.id}`);
      problems.push({
        file,
        field,
        message: `types "${typed.text}", the value of fact "${hit.fact.id}"; print it with <Fact id="${hit.fact.id}" /> instead`,
      });
    }
  }
  return problems;
}

// The prose fields of each collection, by path as `textFields` names them. Collections not
// listed quote or record (sources, changelog, recommender) and are not checked.
const PROSE_FIELDS: Readonly<Record<string, RegExp>> = {
  dimensions: /^(?:python|node|pythonSummary|nodeSummary|scope|caveats\[\d+\]|facts\[\d+\]\.note)$/,
  claims: /^why$/,
  disputes: /^resolution$/,
  useCases: /^(?:summary|reasoning)$/,
  labScenarios: /^(?:measures|matters|techempower\.relation|caveats\[\d+\])$/,
  faqs: /^body$/,
  guides: /^body$/,
};

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((r: unknown) =>
    typeof r === 'object' && r !== null && 'id' in r && typeof r.id === 'string' ? [r.id] : [],
  );

/**
 * The prose of every checked collection with the facts shown beside it: a row's own facts, the
 * facts of the rows an entry names in `dimension` or `dimensions`, and the facts its prose tags.
 */
export function proseToCheck(
  collections: Readonly<Record<string, readonly RawEntry[]>>,
  factsOfRow: (rowId: string) => readonly string[],
): Prose[] {
  const prose: Prose[] = [];
  for (const [name, pattern] of Object.entries(PROSE_FIELDS)) {
    for (const entry of collections[name] ?? []) {
      const data = (entry.data ?? {}) as Record<string, unknown>;
      const rows =
        name === 'dimensions' ? [entry.id] : idsOf(data['dimensions'] ?? data['dimension']);
      const fields = [...textFields(entry)].filter(([field]) => pattern.test(field));
      const tagged = fields.flatMap(([, text]) => factIds(text));
      const facts = [...rows.flatMap(factsOfRow), ...tagged];
      const file = entry.filePath ?? `${name}/${entry.id}`;
      for (const [field, text] of fields) prose.push({ file, field, text, facts });
    }
  }
  return prose;
}
