/** Plain-text tables for the command-line reports (bench, Lighthouse). */

/** Renders rows under a header as aligned columns: the first and last left-aligned, numbers right. */
export function textTable(
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const last = head.length - 1;
  const line = (r: readonly string[]) =>
    r
      .map((c, i) =>
        i === 0 || i === last ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join(
    '\n',
  );
}
