import { describe, expect, test } from 'vitest';
import { cardTree, titleSize } from './og';

describe('cardTree', () => {
  test('shows the verdict when the page has one', () => {
    expect(
      JSON.stringify(cardTree({ title: 'Memory', kicker: 'Compare', verdict: 'Depends' })),
    ).toContain('Verdict: Depends');
  });

  test('falls back to the site promise without a verdict', () => {
    expect(JSON.stringify(cardTree({ title: 'FAQ', kicker: 'Questions' }))).toContain(
      'dated sources',
    );
  });
});

describe('titleSize', () => {
  test('shrinks long titles', () => {
    expect(titleSize('short')).toBeGreaterThan(titleSize('x'.repeat(100)));
  });
});
