import type { Plugin } from 'vite';

/** True for the module id of the header's script, the one script on every page. */
export function isSiteWideScript(id: string): boolean {
  return /[\\/]components[\\/]Header\.astro\?astro&type=script&/.test(id);
}

/**
 * The Vite plugin: the header's script and everything it imports statically (the custom
 * element base class, the preload helper) are one chunk, `site.[hash].js`, in the browser
 * build. Every page runs that file anyway; left to itself the bundler splits the shared modules
 * into small chunks of their own, one more request on every page. The other scripts import the
 * base class from the header's file, which the browser has already loaded.
 */
export function siteWideChunk(): Plugin {
  return {
    name: 'pvn:site-wide-chunk',
    apply: 'build',
    configEnvironment: (name) =>
      name === 'client'
        ? {
            build: {
              rolldownOptions: {
                output: { codeSplitting: { groups: [{ name: 'site', test: isSiteWideScript }] } },
              },
            },
          }
        : undefined,
    // Every other script imports the base class from this file by name: a short name keeps
    // those imports small.
    outputOptions(options) {
      const names = options.entryFileNames;
      if (typeof names !== 'function') return undefined;
      return {
        ...options,
        entryFileNames: (chunk) =>
          names(isSiteWideScript(chunk.facadeModuleId ?? '') ? { ...chunk, name: 'site' } : chunk),
      };
    },
    generateBundle(_, bundle) {
      if (this.environment.name !== 'client') return;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      if (!chunks.some((c) => c.facadeModuleId && isSiteWideScript(c.facadeModuleId)))
        this.error('no chunk for the header script (src/integrations/site-wide-chunk.ts)');
    },
  };
}
