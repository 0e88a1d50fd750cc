import { expect, test } from 'vitest';
import { textTable } from './text-table';

test('aligns columns, numbers to the right and the first and last columns to the left', () => {
  expect(
    textTable(
      ['type', 'KB', 'page'],
      [
        ['home', 7.1, '/'],
        ['faq/*', 12, '/faq/a/'],
      ],
    ),
  ).toBe(
    ['type    KB  page', '-----  ---  -------', 'home   7.1  /', 'faq/*   12  /faq/a/'].join('\n'),
  );
});
