/**
 * The public repository the site is built from, configured once (like SITE_URL): set REPO_URL
 * when building from a fork or another host (see README). Content pages link their own file in
 * it, so a reader can propose a correction to exactly the text they are reading.
 */
import { relative, resolve } from 'node:path';
import { repositoryFileUrl } from '../lib/urls';
import { contentDir } from '../tools/content-dir';

/** Web address of the repository, without a trailing slash. */
export const REPOSITORY_URL = (
  process.env['REPO_URL'] ?? 'https://code.python-vs-node.example/python-vs-node'
).replace(/\/+$/, '');

const contentRoot = contentDir();

/** The repository address of a content entry's file, from the entry's `filePath`. */
export function contentFileUrl(filePath: string): string {
  return repositoryFileUrl(REPOSITORY_URL, `content/${relative(contentRoot, resolve(filePath))}`);
}
