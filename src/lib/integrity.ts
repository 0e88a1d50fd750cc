/**
 * Cross-collection rules that Zod cannot see: every reference resolves, fact ids are unique
 * site-wide, and every <Fact id> in an MDX body or a YAML text field names a fact that exists. Astro only logs a
 * dangling reference, so the query layer runs these checks and fails the build on any problem.
 */

import { EMBED_COLLECTION, embedTagCount, embedTargets, parseTarget } from './embed.ts';
import { factIds, factTagCount } from './markdown-fields.ts';

/** A content entry reduced to what the checks read. */
export interface RawEntry {
  id: string;
  filePath?: string | undefined;
  data: unknown;
  body?: string | undefined;
}

/** A rule violation, named by file and field so an editor can fix it without reading code. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

interface Ref {
  collection: string;
  id: string;
}

function isRef(value: unknown): value is Ref {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as Ref).collection === 'string' &&
    typeof (value as Ref).id === 'string'
  );
}

/** Yields every reference inside `data` with the dotted path of the field that holds it. */
function* references(data: unknown, path = ''): Generator<[string, Ref]> {
  if (isRef(data)) {
    yield [path, data];
  } else if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) yield* references(item, `${path}[${i}]`);
  } else if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    for (const [key, value] of Object.entries(data)) {
      yield* references(value, path ? `${path}.${key}` : key);
    }
  }
}

const fileOf = (collection: string, entry: RawEntry) =>
  entry.filePath ?? `${collection}/${entry.id}`;

/** The facts a dimension entry defines, if any. */
function factsOf(data: unknown): { id: string }[] {
  const facts = (data as { facts?: unknown } | null)?.facts;
  return Array.isArray(facts) ? (facts as { id: string }[]) : [];
}

/** Yields every string inside `data` with the dotted path of the field that holds it. */
function* strings(data: unknown, path = ''): Generator<[string, string]> {
  if (typeof data === 'string') {
    yield [path, data];
  } else if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) yield* strings(item, `${path}[${i}]`);
  } else if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    for (const [key, value] of Object.entries(data)) {
      yield* strings(value, path ? `${path}.${key}` : key);
    }
  }
}

/**
 * Every text of an entry with the path of its field (`why`, `facts[2].note`), then its MDX body
 * as `body`: the places a fact tag may stand.
 */
export function* textFields(entry: RawEntry): Generator<[string, string]> {
  yield* strings(entry.data);
  if (entry.body !== undefined) yield ['body', entry.body];
}

/** Runs every cross-collection rule over all collections and returns the problems found. */
export function findProblems(
  collections: Readonly<Record<string, readonly RawEntry[]>>,
): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map(
    Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
  );

  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      for (const [field, ref] of references(entry.data)) {
        const target = ids.get(ref.collection);
        if (!target?.has(ref.id)) {
          problems.push({
            file: fileOf(name, entry),
            field,
            message: `refers to "${ref.id}", which is not an entry of ${ref.collection}`,
          });
        } else if (ref.collection === name && ref.id === entry.id) {
          problems.push({ file: fileOf(name, entry), field, message: 'refers to itself' });
        }
      }
    }
  }

  const entryIds = (collection: string) => ids.get(collection) ?? new Set<string>();
  const factOwners = new Map<string, string>();
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      for (const [i, fact] of factsOf(entry.data).entries()) {
        const owner = factOwners.get(fact.id);
        if (owner) {
          problems.push({
            file: fileOf(name, entry),
            field: `facts[${i}].id`,
            message: `fact id "${fact.id}" is already defined in ${owner}`,
          });
        } else {
          factOwners.set(fact.id, fileOf(name, entry));
        }
      }
    }
  }

  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      for (const [field, text] of textFields(entry)) {
        const file = fileOf(name, entry);
        const ids = factIds(text);
        for (const id of ids.filter((id) => !factOwners.has(id))) {
          problems.push({
            file,
            field,
            message: `<Fact id="${id}" /> names no fact; define it in a dimension's facts`,
          });
        }
        for (const target of embedTargets(text)) {
          const parsed = parseTarget(target);
          const collection = parsed && EMBED_COLLECTION[parsed.section];
          if (!parsed || !collection) {
            problems.push({
              file,
              field,
              message: `<Embed of="${target}" /> names no card; write compare/<row>, claims/<claim> or faq/<question>`,
            });
          } else if (!entryIds(collection).has(parsed.slug)) {
            problems.push({
              file,
              field,
              message: `<Embed of="${target}" /> names no card: "${parsed.slug}" is not an entry of ${collection}`,
            });
          }
        }
        if (embedTagCount(text) > embedTargets(text).length) {
          problems.push({
            file,
            field,
            message: 'has an embed tag not written as <Embed of="…" /> (one target, self-closing)',
          });
        }
        if (factTagCount(text) > ids.length) {
          problems.push({
            file,
            field,
            message: 'has a fact tag not written as <Fact id="…" /> (one id, self-closing)',
          });
        }
      }
    }
  }

  return problems;
}

/** One screen of text listing the problems, for the build error. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.slice(0, 20).map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  if (problems.length > 20) lines.push(`  … and ${problems.length - 20} more`);
  return `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
