/**
 * Where the content lives: content/ in the repository, or PVN_CONTENT_DIR when a build test or
 * the scale benchmark swaps in a folder of its own (editors never set it). The content schema,
 * the Astro config, build integrations and Node tools all ask here.
 */
import { resolve } from 'node:path';

/** The content folder as an absolute path; relative paths are taken from `projectRoot`. */
export function contentDir(projectRoot = process.cwd()): string {
  return resolve(projectRoot, process.env['PVN_CONTENT_DIR'] ?? 'content');
}
