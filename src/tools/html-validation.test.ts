import { describe, expect, test } from 'vitest';
import { formatMessage, realErrors, type VnuMessage } from './html-validation';

const error = (url: string, message: string): VnuMessage => ({ type: 'error', url, message });
const redirect = 'file:/out/compare/gil/index.html';
const refresh =
  'Bad value “0;url=/compare/gil-and-threads/” for attribute “content” on element “meta”: Expected a space character, but saw “u” instead.';

describe('realErrors', () => {
  test('keeps errors in our markup', () => {
    const stray = error('file:/out/search/index.html', 'Stray start tag “script”.');
    expect(realErrors([stray])).toEqual([stray]);
  });

  test('drops warnings and infos', () => {
    expect(realErrors([{ type: 'info', message: 'Trailing slash on void elements' }])).toEqual([]);
  });

  test('drops the false CSP alarm vnu raises for pages read from file: URLs', () => {
    const csp = error(
      'file:/out/index.html',
      'Refused to load the script: violates Content Security Policy directive',
    );
    expect(realErrors([csp])).toEqual([]);
  });

  test('keeps errors on redirect stubs, such as a refresh value without its space', () => {
    const onRedirect = error(redirect, refresh);
    expect(realErrors([onRedirect])).toEqual([onRedirect]);
  });
});

describe('formatMessage', () => {
  test('names the file inside the output folder, the position and the markup', () => {
    const m: VnuMessage = {
      ...error('file:/out/a/index.html', 'Oops.'),
      lastLine: 1,
      firstColumn: 7,
      extract: '<p>\n x',
    };
    expect(formatMessage(m, '/out')).toBe('/a/index.html:1:7: Oops.\n    <p> x');
  });
});
