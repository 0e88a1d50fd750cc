// @ts-check
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'lab/.venv/',
      'lab/.out/',
      'lab/apps/node_modules/',
    ],
  },
  tseslint.configs.recommended,
  eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Browser scripts ship to readers: they may use src/lib, never Node or build and test code.
    files: ['src/scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'Browser scripts cannot use Node modules.' },
            {
              regex: '^(?:\\.\\.?/)+(?:src/)?(?:tools|testing|data|markdown|e2e)(?:/|$)',
              message: 'Browser scripts may import src/lib, not build, tool or test code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared logic runs in pages, browser scripts and tools alike: no Node modules, no tool code.
    files: ['src/lib/**'],
    ignores: ['src/lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:node|astro):',
              message: 'src/lib is shared and browser-safe: Node-only code goes in src/tools.',
            },
            {
              regex: '^(?:\\.\\./)+(?:tools|testing|data)(?:/|$)',
              message: 'src/lib imports only itself and packages.',
            },
          ],
        },
      ],
    },
  },
);
