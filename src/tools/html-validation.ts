/**
 * Reading the Nu Html Checker's (vnu) JSON report: which messages are real errors in our markup
 * and which are known false alarms, and how to print them.
 */

/** One message of `vnu --format json`. */
export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
}

// vnu checks a <meta> CSP against the file: URL it read the page from, which no reader sees.
const FILE_CSP = /Content Security Policy/;

/**
 * The messages that are errors in our markup, redirect stubs included: vnu's errors minus its
 * false CSP alarm on file: URLs.
 */
export function realErrors(messages: readonly VnuMessage[]): VnuMessage[] {
  return messages.filter(
    (m) => m.type === 'error' && !(m.url?.startsWith('file:') && FILE_CSP.test(m.message)),
  );
}

/** One line per message: file relative to `outDir`, position, text and the markup around it. */
export function formatMessage(m: VnuMessage, outDir: string): string {
  const file = (m.url ?? '').replace(/^file:/, '').replace(outDir, '');
  const where = m.lastLine === undefined ? '' : `:${m.lastLine}:${m.firstColumn ?? 0}`;
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${file}${where}: ${m.message}${extract}`;
}
