/**
 * The section being read: the last heading whose top has passed `line` (a distance from the
 * top of the window), given the headings' tops in document order; -1 before the first one.
 */
export function currentSection(tops: readonly number[], line: number): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}
