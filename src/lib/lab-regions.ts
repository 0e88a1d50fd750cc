/**
 * Reads the marked regions of a lab app's source file, so a scenario page shows exactly the
 * handler that ran: `# lab:begin json` … `# lab:end json` in Python, `// lab:begin json` …
 * `// lab:end json` in JavaScript, and the same inside HTML or template comments.
 */

// A marker is a comment line of its own; anything after the region name (a closing `-->`) is ignored.
const MARKER = /^\s*(?:#|\/\/|\/\*|<!--|\{#|\{\{!--|--)\s*lab:(begin|end)\s+([a-z0-9-]+)/;

/** A problem in the markers, with the line it is on. */
export class RegionError extends Error {}

/** Removes the indentation every non-blank line shares, and blank lines at either end. */
export function dedent(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start]?.trim()) start += 1;
  while (end > start && !lines[end - 1]?.trim()) end -= 1;
  const kept = lines.slice(start, end);
  const indents = kept.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length ? Math.min(...indents) : 0;
  return kept.map((l) => l.slice(cut).trimEnd()).join('\n');
}

/**
 * Every region in `text`, by name, in file order. A name used twice gives two pieces; regions
 * may nest, and marker lines never appear in the code. Throws a RegionError naming `file` and
 * the line on an unmatched or unclosed marker.
 */
export function extractRegions(text: string, file = 'source'): Map<string, string[]> {
  const lines = text.split(/\r?\n/);
  const open: { name: string; line: number; body: string[] }[] = [];
  const regions = new Map<string, string[]>();
  lines.forEach((line, i) => {
    const marker = MARKER.exec(line);
    if (!marker) {
      for (const region of open) region.body.push(line);
      return;
    }
    const [, kind, name = ''] = marker;
    if (kind === 'begin') {
      if (open.some((r) => r.name === name)) {
        throw new RegionError(`${file}:${i + 1}: region "${name}" begins again before it ends`);
      }
      open.push({ name, line: i + 1, body: [] });
      return;
    }
    const index = open.findLastIndex((r) => r.name === name);
    if (index === -1) {
      throw new RegionError(`${file}:${i + 1}: "lab:end ${name}" has no matching "lab:begin"`);
    }
    const [region] = open.splice(index, 1);
    if (region) regions.set(name, [...(regions.get(name) ?? []), dedent(region.body)]);
  });
  const unclosed = open[0];
  if (unclosed) {
    throw new RegionError(
      `${file}:${unclosed.line}: region "${unclosed.name}" is never closed with "lab:end ${unclosed.name}"`,
    );
  }
  return regions;
}

/** The language a source file is written in, from its extension, for highlighting and labels. */
export function sourceLanguage(file: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const languages: Record<string, string> = {
    py: 'python',
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    ts: 'typescript',
    html: 'html',
    jinja: 'html',
    j2: 'html',
    pug: 'pug',
    ejs: 'html',
    hbs: 'handlebars',
    json: 'json',
    toml: 'toml',
  };
  return languages[ext] ?? 'text';
}
