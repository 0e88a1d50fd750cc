/**
 * The real recommender content for unit tests: getCollection has no data store under Vitest, so
 * the YAML files are parsed here and handed to the same loader the build uses
 * (src/lib/recommend-model.ts), which applies the schema's defaults and runs its checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { byOrder } from '../lib/order';
import {
  buildModel,
  useCaseScenarios,
  type RawEntry,
  type RawRecommender,
  type RawUseCase,
} from '../lib/recommend-model';
import { contentDir } from '../tools/content-dir';

const content = contentDir(new URL('../..', import.meta.url).pathname);

/** Every YAML file under `folder`, with the id the content layer gives it (path without .yaml). */
function entries<D>(folder: string): RawEntry<D>[] {
  const dir = join(content, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      filePath: `content/${relative(content, join(dir, f))}`,
      data: parse(readFileSync(join(dir, f), 'utf8')) as D,
    }));
}

const loaded = buildModel(entries<RawRecommender>('recommender'));
const useCases = entries<RawUseCase & { order: number }>('use-cases').sort(byOrder);

/** The model exactly as the site builds it. */
export const model = loaded.model;

/** Every use case and expert scenario, with its answers and the expert's choice. */
export const scenarios = [...useCaseScenarios(useCases, model), ...loaded.scenarios];
