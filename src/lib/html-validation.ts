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
// Astro writes its redirect pages as content="0;url=…". Browsers follow it (the HTML spec's
// refresh parsing skips the missing space) but the authoring rule wants "0; url=…", and the
// template is Astro's (node_modules/astro/dist/core/routing/3xx.js), not ours. See
// https://github.com/validator/validator/issues/1216.
const ASTRO_REFRESH = /^Bad value “\d+;url=[^”]*” for attribute “content” on element “meta”/;

/**
 * The messages that are errors in our markup: vnu's errors minus its false CSP alarm on file:
 * URLs and minus Astro's refresh value, on the redirect pages only (`redirectPages` holds their
 * file: URLs as vnu prints them).
 */
export function realErrors(
  messages: readonly VnuMessage[],
  redirectPages: ReadonlySet<string> = new Set(),
): VnuMessage[] {
  return messages.filter((m) => {
    if (m.type !== 'error') return false;
    if (m.url?.startsWith('file:') && FILE_CSP.test(m.message)) return false;
    if (m.url && redirectPages.has(m.url) && ASTRO_REFRESH.test(m.message)) return false;
    return true;
  });
}

/** One line per message: file relative to `outDir`, position, text and the markup around it. */
export function formatMessage(m: VnuMessage, outDir: string): string {
  const file = (m.url ?? '').replace(/^file:/, '').replace(outDir, '');
  const where = m.lastLine === undefined ? '' : `:${m.lastLine}:${m.firstColumn ?? 0}`;
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${file}${where}: ${m.message}${extract}`;
}
