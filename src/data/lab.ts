/**
 * The lab apps' code as the scenario pages show it, read at build time from each app's
 * `app.json` and the `lab:begin` … `lab:end` regions of the files it lists under `sources`,
 * so a page always shows the handler that is in the repository next to the run.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { extractRegions, sourceLanguage } from '../lib/lab-regions';
import type { LabApp } from '../lib/lab-run';

// Build tests point this at fixture apps; the site always reads the repository's lab/apps.
const appsDir = resolve(process.env['PVN_LAB_APPS_DIR'] ?? 'lab/apps');

/** The parts of `app.json` (lab/CONTRACT.md) that the pages print. */
const manifestSchema = z.object({
  name: z.string().min(1),
  command: z.array(z.string()).min(1),
  scenarios: z.array(z.string()),
  sources: z.array(z.string().min(1)).min(1, 'needs at least one source file'),
  config: z.array(z.object({ setting: z.string().min(1), why: z.string().min(1) })).default([]),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** One file's piece of code for a page. */
export interface Snippet {
  /** Path shown to readers, from the repository root ("lab/apps/fastify/server.js"). */
  path: string;
  /** Prism language name. */
  language: string;
  /** `setup` or the scenario. */
  region: string;
  code: string;
}

/** An app folder's manifest and the regions of each of its source files. */
export interface AppCode {
  dir: string;
  manifest: Manifest;
  files: { path: string; language: string; regions: Map<string, string[]> }[];
}

const display = (path: string) => `lab/apps/${relative(appsDir, path)}`;
const cache = new Map<string, AppCode>();

/**
 * Reads an app folder once per build. Throws, naming the file, when `app.json` is missing or
 * malformed, a listed source is missing, or its region markers do not pair up.
 */
export function appCode(dir: string): AppCode {
  const cached = cache.get(dir);
  if (cached) return cached;
  const folder = resolve(appsDir, dir);
  const manifestFile = resolve(folder, 'app.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`${display(manifestFile)}: not found, but a lab run measured an app from it`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    throw new Error(`${display(manifestFile)}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${display(manifestFile)}: ${issues.join('; ')}`);
  }
  const files = parsed.data.sources.map((source) => {
    const path = resolve(folder, source);
    if (!path.startsWith(`${appsDir}/`) || !existsSync(path)) {
      throw new Error(`${display(manifestFile)} → sources: "${source}" is not a file in lab/apps`);
    }
    const shown = display(path);
    return {
      path: shown,
      language: sourceLanguage(path),
      regions: extractRegions(readFileSync(path, 'utf8'), shown),
    };
  });
  const code = { dir, manifest: parsed.data, files };
  cache.set(dir, code);
  return code;
}

/**
 * The code a page shows for one app: the shared `setup` regions, then the scenario's own, in
 * file order. Throws when an app declares the scenario but no source file marks its handler.
 */
export function snippets(code: AppCode, scenario: string | undefined): Snippet[] {
  const pick = (region: string) =>
    code.files.flatMap((f) =>
      (f.regions.get(region) ?? []).map((text) => ({
        path: f.path,
        language: f.language,
        region,
        code: text,
      })),
    );
  const own = scenario ? pick(scenario) : [];
  if (scenario && own.length === 0 && code.manifest.scenarios.includes(scenario)) {
    throw new Error(
      `lab/apps/${code.dir}/app.json → sources: no file marks a "lab:begin ${scenario}" region, ` +
        `but the app declares the ${scenario} scenario`,
    );
  }
  return [...pick('setup'), ...own];
}

/** Apps of a run grouped by folder (two Node.js lines share one folder and one code). */
export function appsByFolder<T extends Pick<LabApp, 'dir'>>(apps: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const app of apps) groups.set(app.dir, [...(groups.get(app.dir) ?? []), app]);
  return [...groups.values()];
}

let highlighter: ReturnType<typeof createMarkdownProcessor> | undefined;

/**
 * Highlights code with Prism, as code blocks in guides are (classes only, so it passes the
 * CSP), and makes the block focusable so it can be scrolled from the keyboard.
 */
export async function highlight(code: string, language: string): Promise<string> {
  highlighter ??= createMarkdownProcessor({ syntaxHighlight: 'prism' });
  // A fence longer than any backtick run in the code, so the code can never close it.
  const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const { code: html } = await (await highlighter).render(`${fence}${language}\n${code}\n${fence}`);
  // Code stays out of the search index: identifiers would crowd the typo-correction vocabulary.
  return html.replace(/^<pre(?![^>]*tabindex)/, '<pre tabindex="0" data-pagefind-ignore');
}
