import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

// Vite's module id for the helper it wraps every dynamic import() in (preloadHelperId in its
// build import analysis). If a Vite release renames it, the full helper comes back and the
// site-wide JS budget in src/tools/budgets.ts fails.
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * The Vite plugin: no module preload in the browser build, and a preload helper that only runs
 * the import. `build.modulePreload: false` stops Vite listing a lazy module's imports for
 * preloading, but Vite still ships its ~0.9 KB (gzip) helper on every page that can import
 * lazily (https://github.com/vitejs/vite/issues/18551); with no JS dependencies left to
 * preload, the helper has nothing to do but call import(). The helper would also load the CSS
 * of a lazily imported module, so the build fails if one ever imports CSS.
 */
export function noModulePreload(): Plugin {
  return {
    name: 'pvn:no-module-preload',
    apply: 'build',
    enforce: 'pre',
    // Astro sets build.modulePreload itself, so the browser build's setting is overridden here.
    configEnvironment: (name) =>
      name === 'client' ? { build: { modulePreload: false } } : undefined,
    load(id) {
      if (id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          // With module preload off, Vite lists a lazy import's dependencies only for CSS.
          if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps'))
            this.error(
              `${chunk.fileName} imports CSS lazily; the slim preload helper ` +
                '(src/integrations/no-module-preload.ts) would not load it',
            );
        }
      },
    },
  };
}

/** Drops Vite's module-preload helper from every page (see noModulePreload). */
export default function noModulePreloadIntegration(): AstroIntegration {
  return {
    name: 'pvn:no-module-preload',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [noModulePreload()] } });
      },
    },
  };
}
