import { describe, expect, test } from 'vitest';
import { currentSection } from './toc';

describe('currentSection', () => {
  test('is none while the first heading is still below the line', () => {
    expect(currentSection([300, 900, 1500], 250)).toBe(-1);
  });

  test('is the last heading that has passed the line, even scrolled out of the window', () => {
    expect(currentSection([-800, -200, 600], 250)).toBe(1);
  });

  test('counts a heading exactly on the line as passed', () => {
    expect(currentSection([-50, 250, 700], 250)).toBe(1);
  });

  test('is the last section once every heading has passed', () => {
    expect(currentSection([-900, -500, -20], 250)).toBe(2);
  });
});
