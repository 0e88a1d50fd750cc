import { describe, expect, test } from 'vitest';
import { attribute, elements, textOf } from './html';

describe('elements', () => {
  test('lists the elements in document order, template contents included', () => {
    const html = '<p id="a"><b>x</b></p><template><i></i></template>';
    expect(elements(html).map((e) => e.tagName)).toEqual([
      'html',
      'head',
      'body',
      'p',
      'b',
      'template',
      'i',
    ]);
  });

  test('leaves out markup shown as text, in scripts and in comments', () => {
    const html = '<code>&lt;a href="/x/"&gt;</code><!-- <a> --><script>"<a>"</script>';
    expect(elements(html).map((e) => e.tagName)).not.toContain('a');
  });

  test('lists the elements inside one element', () => {
    const main = elements('<h1>t</h1><main><h2>a</h2></main>').find((e) => e.tagName === 'main');
    expect(main && elements(main).map((e) => e.tagName)).toEqual(['h2']);
  });
});

describe('attribute', () => {
  test('reads a value with entities decoded, and not namespaced attributes', () => {
    const [a, use] = elements(
      '<a href="/?a=1&amp;b=2"></a><svg><use xlink:href="#i"/></svg>',
    ).filter((e) => e.tagName === 'a' || e.tagName === 'use');
    expect(a && attribute(a, 'href')).toBe('/?a=1&b=2');
    expect(use && attribute(use, 'href')).toBeUndefined();
  });
});

test('textOf gives a script its source as written', () => {
  const script = elements('<script>if (a < b && c) x("&amp;")</script>').find(
    (e) => e.tagName === 'script',
  );
  expect(script && textOf(script)).toBe('if (a < b && c) x("&amp;")');
});
