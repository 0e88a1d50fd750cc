import { afterEach, describe, expect, test, vi } from 'vitest';
import { contentDir } from './content-dir';

describe('contentDir', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  test('is content/ under the project root by default', () => {
    vi.stubEnv('PVN_CONTENT_DIR', undefined);
    expect(contentDir('/repo')).toBe('/repo/content');
  });

  test('takes PVN_CONTENT_DIR, relative to the project root or absolute', () => {
    vi.stubEnv('PVN_CONTENT_DIR', 'fixtures/bad');
    expect(contentDir('/repo')).toBe('/repo/fixtures/bad');
    vi.stubEnv('PVN_CONTENT_DIR', '/scratch/content');
    expect(contentDir('/repo')).toBe('/scratch/content');
  });
});
