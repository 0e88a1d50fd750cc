import { describe, expect, test } from 'vitest';
import { dedent, extractRegions, RegionError, sourceLanguage } from './lab-regions';

const python = `import json

# lab:begin setup
POOL = None
# lab:end setup


# lab:begin json
@app.get('/json')
async def json_handler():
    return {'message': 'Hello, World!'}
# lab:end json
`;

describe('extractRegions', () => {
  test('returns each marked region by name, without the marker lines', () => {
    const regions = extractRegions(python);
    expect([...regions.keys()]).toEqual(['setup', 'json']);
    expect(regions.get('json')).toEqual([
      "@app.get('/json')\nasync def json_handler():\n    return {'message': 'Hello, World!'}",
    ]);
  });

  test('reads JavaScript, HTML and Jinja comment markers alike', () => {
    const text = [
      '// lab:begin plaintext',
      "app.get('/plaintext', h);",
      '// lab:end plaintext',
      '<!-- lab:begin fortunes -->',
      '<table></table>',
      '<!-- lab:end fortunes -->',
      '{# lab:begin db #}',
      '{{ row }}',
      '{# lab:end db #}',
    ].join('\n');
    const regions = extractRegions(text);
    expect(regions.get('plaintext')).toEqual(["app.get('/plaintext', h);"]);
    expect(regions.get('fortunes')).toEqual(['<table></table>']);
    expect(regions.get('db')).toEqual(['{{ row }}']);
  });

  test('keeps every piece of a region used twice, in file order', () => {
    const text =
      '# lab:begin setup\na = 1\n# lab:end setup\nx\n# lab:begin setup\nb = 2\n# lab:end setup';
    expect(extractRegions(text).get('setup')).toEqual(['a = 1', 'b = 2']);
  });

  test('lets regions nest and leaves the inner markers out of the outer code', () => {
    const text = [
      '  # lab:begin setup',
      '  a = 1',
      '  # lab:begin cpu-loop',
      '  b = 2',
      '  # lab:end cpu-loop',
      '  # lab:end setup',
    ].join('\n');
    const regions = extractRegions(text);
    expect(regions.get('setup')).toEqual(['a = 1\nb = 2']);
    expect(regions.get('cpu-loop')).toEqual(['b = 2']);
  });

  test('names the file and line of an end without a beginning', () => {
    expect(() => extractRegions('x\n# lab:end json', 'app.py')).toThrow(
      new RegionError('app.py:2: "lab:end json" has no matching "lab:begin"'),
    );
  });

  test('names the file and line of a region that is never closed', () => {
    expect(() => extractRegions('# lab:begin json\nx', 'server.js')).toThrow(
      /server\.js:1: region "json" is never closed/,
    );
  });

  test('refuses a region that begins again before it ends', () => {
    expect(() => extractRegions('# lab:begin db\n# lab:begin db\n# lab:end db')).toThrow(
      /begins again/,
    );
  });

  test('ignores the words lab:begin when they are not a comment of their own', () => {
    expect(extractRegions("print('lab:begin json')").size).toBe(0);
  });
});

describe('dedent', () => {
  test('removes shared indentation and blank lines at either end', () => {
    expect(dedent(['', '    def f():', '        return 1', '', '    f()', '  '])).toBe(
      'def f():\n    return 1\n\nf()',
    );
  });
});

describe('sourceLanguage', () => {
  test.each([
    ['app.py', 'python'],
    ['server.js', 'javascript'],
    ['views/fortunes.pug', 'pug'],
    ['templates/fortunes.html', 'html'],
    ['README', 'text'],
  ])('reads %s as %s', (file, language) => {
    expect(sourceLanguage(file)).toBe(language);
  });
});
