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
  // Type-aware rules: they see through imports, so an `any` or a floating promise cannot hide.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  eslintPluginAstro.configs.recommended,
  // Plain JavaScript config files are outside the TypeScript project.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    // Astro's parser gives template expressions (JSX) no type, so these rules would flag every
    // `{list.map(…)}` in markup; the frontmatter keeps every other type-aware rule, and
    // `astro check` types the templates.
    files: ['**/*.astro'],
    // Its parser reads the tsconfig itself (it has no project service).
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Leaving properties out with a rest pattern names them without using them.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
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
              regex:
                '^(?:\\.\\.?/)+(?:src/)?(?:tools|testing|data|markdown|integrations|pages|e2e)(?:/|$)',
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
