import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  modelProblems,
  parseAnswers,
  recommend,
  serialiseAnswers,
  whatWouldChange,
  type Answers,
  type Model,
  type Option,
  type Question,
  type Rule,
  type Settings,
} from './recommend';
import type { Choice } from './vocab';

// getCollection has no data store under Vitest, so the real model is read from the YAML files
// with the schema's defaults applied by hand (zero points, no rows).
const folder = new URL('../../content/recommender/', import.meta.url).pathname;
type Raw = Record<string, unknown> & { kind: string; order?: number };
const raw = readdirSync(folder)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    data: parse(readFileSync(join(folder, f), 'utf8')) as Raw,
  }));
const weight = (d: Record<string, unknown>) => ({
  python: (d['python'] as number | undefined) ?? 0,
  node: (d['node'] as number | undefined) ?? 0,
  both: (d['both'] as number | undefined) ?? 0,
  reason: d['reason'] as string,
  dimensions: (d['dimensions'] as string[] | undefined) ?? [],
});
const byOrder = (a: { data: Raw }, b: { data: Raw }) => (a.data.order ?? 0) - (b.data.order ?? 0);
const model: Model = {
  questions: raw
    .filter((e) => e.data.kind === 'question')
    .sort(byOrder)
    .map((e): Question => ({
      id: e.id,
      label: e.data['label'] as string,
      options: (e.data['options'] as Record<string, unknown>[]).map((o): Option => ({
        id: o['id'] as string,
        label: o['label'] as string,
        ...weight(o),
      })),
    })),
  rules: raw
    .filter((e) => e.data.kind === 'rule')
    .sort(byOrder)
    .map((e): Rule => ({ id: e.id, when: e.data['when'] as Rule['when'], ...weight(e.data) })),
  settings: raw.find((e) => e.data.kind === 'settings')?.data as unknown as Settings,
};

interface Scenario {
  name: string;
  answers: Answers;
  choice: Choice;
}

/** Situations a team really brings, with the answer a fair expert would give. */
const scenarios: Scenario[] = [
  {
    name: 'a Python team building a plain CRUD API at modest load gets Python',
    answers: {
      team: 'python',
      workload: 'io-api',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'contract',
      load: 'modest',
      stack: 'none',
      hiring: 'none',
    },
    choice: 'python',
  },
  {
    name: 'a Python team with heavy traffic but existing Python services keeps Python, as team skill outweighs raw speed',
    answers: {
      team: 'python',
      workload: 'io-api',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'none',
      load: 'high',
      stack: 'python',
      hiring: 'none',
    },
    choice: 'python',
  },
  {
    name: 'a Python team facing heavy traffic on a new system still gets Python, as team skill outweighs raw speed',
    answers: {
      team: 'python',
      workload: 'io-api',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'none',
      load: 'high',
      stack: 'none',
      hiring: 'none',
    },
    choice: 'python',
  },
  {
    name: 'a TypeScript team sharing types and rendering on the server gets Node.js',
    answers: {
      team: 'javascript',
      workload: 'io-api',
      realtime: 'some',
      hosting: 'serverless',
      frontend: 'shared',
      load: 'modest',
      stack: 'none',
      hiring: 'javascript',
    },
    choice: 'node',
  },
  {
    name: 'a chat product with very high concurrency built by a JavaScript team gets Node.js',
    answers: {
      team: 'javascript',
      workload: 'io-api',
      realtime: 'core',
      hosting: 'long-running',
      frontend: 'none',
      load: 'extreme',
      stack: 'none',
      hiring: 'none',
    },
    choice: 'node',
  },
  {
    name: 'a new team building a connection-heavy real-time product at high concurrency gets Node.js',
    answers: {
      team: 'neither',
      workload: 'io-api',
      realtime: 'core',
      hosting: 'long-running',
      frontend: 'none',
      load: 'extreme',
      stack: 'none',
      hiring: 'either',
    },
    choice: 'node',
  },
  {
    name: 'a Python team running model inference in process gets Python',
    answers: {
      team: 'python',
      workload: 'ml',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'contract',
      load: 'modest',
      stack: 'none',
      hiring: 'python',
    },
    choice: 'python',
  },
  {
    name: 'a JavaScript team that must train models gets a hybrid',
    answers: {
      team: 'javascript',
      workload: 'ml',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'contract',
      load: 'modest',
      stack: 'none',
      hiring: 'none',
    },
    choice: 'both',
  },
  {
    name: 'a company with Node.js services adding in-process inference gets a hybrid',
    answers: {
      team: 'both',
      workload: 'ml',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'none',
      load: 'modest',
      stack: 'node',
      hiring: 'python',
    },
    choice: 'both',
  },
  {
    name: 'a bilingual team combining models with a live collaborative product gets a hybrid',
    answers: {
      team: 'both',
      workload: 'ml',
      realtime: 'core',
      hosting: 'long-running',
      frontend: 'none',
      load: 'high',
      stack: 'none',
      hiring: 'either',
    },
    choice: 'both',
  },
  {
    name: 'a bilingual team building an ordinary API with generated client types gets either',
    answers: {
      team: 'both',
      workload: 'io-api',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'contract',
      load: 'modest',
      stack: 'none',
      hiring: 'either',
    },
    choice: 'either',
  },
  {
    name: 'a new team relaying hosted LLM calls from serverless functions gets either',
    answers: {
      team: 'neither',
      workload: 'llm-api',
      realtime: 'some',
      hosting: 'serverless',
      frontend: 'none',
      load: 'modest',
      stack: 'none',
      hiring: 'either',
    },
    choice: 'either',
  },
  {
    name: 'a bilingual team writing webhook handlers on serverless gets either',
    answers: {
      team: 'both',
      workload: 'io-api',
      realtime: 'none',
      hosting: 'serverless',
      frontend: 'none',
      load: 'modest',
      stack: 'none',
      hiring: 'either',
    },
    choice: 'either',
  },
  {
    name: 'a Python team joining a company that runs Node.js services gets either',
    answers: {
      team: 'python',
      workload: 'io-api',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'none',
      load: 'modest',
      stack: 'node',
      hiring: 'none',
    },
    choice: 'either',
  },
  {
    name: 'a Python team that wants shared front-end code and plans to hire JavaScript engineers gets either',
    answers: {
      team: 'python',
      workload: 'io-api',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'shared',
      load: 'modest',
      stack: 'none',
      hiring: 'javascript',
    },
    choice: 'either',
  },
  {
    name: 'a Python team calling hosted LLM APIs with a retrieval roadmap gets Python',
    answers: {
      team: 'python',
      workload: 'llm-api',
      realtime: 'some',
      hosting: 'long-running',
      frontend: 'contract',
      load: 'modest',
      stack: 'none',
      hiring: 'python',
    },
    choice: 'python',
  },
  {
    name: 'a TypeScript team streaming hosted LLM replies into a shared front end gets Node.js',
    answers: {
      team: 'javascript',
      workload: 'llm-api',
      realtime: 'some',
      hosting: 'serverless',
      frontend: 'shared',
      load: 'modest',
      stack: 'none',
      hiring: 'none',
    },
    choice: 'node',
  },
  {
    name: 'a JavaScript team resizing images gets Node.js, as its skill outweighs the slight lean of native libraries',
    answers: {
      team: 'javascript',
      workload: 'cpu',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'none',
      load: 'modest',
      stack: 'none',
      hiring: 'none',
    },
    choice: 'node',
  },
  {
    name: 'a new team crunching numbers that will hire data engineers gets Python',
    answers: {
      team: 'neither',
      workload: 'cpu',
      realtime: 'none',
      hosting: 'long-running',
      frontend: 'none',
      load: 'modest',
      stack: 'none',
      hiring: 'python',
    },
    choice: 'python',
  },
];

describe('the model in content/recommender', () => {
  test('has at least seven questions, each with two or more options', () => {
    expect(model.questions.length).toBeGreaterThanOrEqual(7);
    for (const q of model.questions) expect(q.options.length).toBeGreaterThanOrEqual(2);
  });

  test('passes the consistency checks', () => {
    expect(modelProblems(model)).toEqual([]);
  });

  test('names only comparison rows that exist', () => {
    const dimensions = new URL('../../content/dimensions/', import.meta.url).pathname;
    const weights = [...model.questions.flatMap((q) => q.options), ...model.rules];
    const missing = weights
      .flatMap((w) => w.dimensions)
      .filter((d) => !existsSync(join(dimensions, `${d}.yaml`)));
    expect(missing).toEqual([]);
  });
});

describe('realistic scenarios', () => {
  test('there are at least fifteen', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
  });

  for (const s of scenarios) {
    test(s.name, () => {
      expect(recommend(s.answers, model).choice).toBe(s.choice);
    });
  }

  test('every choice is reached by some scenario', () => {
    const reached = new Set(scenarios.map((s) => recommend(s.answers, model).choice));
    expect([...reached].sort()).toEqual(['both', 'either', 'node', 'python']);
  });
});

describe('recommend', () => {
  const plainApi = scenarios[0]?.answers ?? {};

  test('gives either with low confidence and no reasons when nothing is answered', () => {
    const r = recommend({}, model);
    expect(r).toMatchObject({ choice: 'either', confidence: 'low', answered: 0, reasons: [] });
  });

  test('keeps the confidence low until enough questions are answered', () => {
    expect(recommend({ team: 'python', workload: 'ml' }, model).confidence).toBe('low');
    expect(
      recommend({ team: 'python', workload: 'ml', stack: 'python', hiring: 'python' }, model)
        .confidence,
    ).toBe('high');
  });

  test('grades a narrow lead lower than a wide one', () => {
    const narrow = recommend({ ...plainApi, load: 'extreme' }, model);
    const wide = recommend({ ...plainApi, stack: 'python', hiring: 'python' }, model);
    expect(narrow.choice).toBe('python');
    expect(narrow.confidence).toBe('low');
    expect(wide.confidence).toBe('high');
  });

  test('gives at most three reasons, each pointing at comparison rows and leaning towards the choice', () => {
    for (const s of scenarios) {
      const r = recommend(s.answers, model);
      expect(r.reasons.length).toBeLessThanOrEqual(3);
      for (const reason of r.reasons) {
        expect(reason.dimensions.length).toBeGreaterThan(0);
        if (r.choice !== 'either') expect(reason.lean).toBe(r.choice);
      }
    }
  });

  test('puts the strongest reason first', () => {
    const r = recommend({ team: 'python', workload: 'ml', hiring: 'python' }, model);
    expect(r.reasons[0]?.from).toBe('workload=ml');
  });

  test('names the hybrid rule as a reason for a hybrid', () => {
    const r = recommend({ team: 'javascript', workload: 'ml' }, model);
    expect(r.reasons.map((x) => x.from)).toContain('ml-with-javascript-team');
  });

  test('ignores unknown questions and options', () => {
    expect(recommend({ team: 'cobol', colour: 'blue' }, model)).toEqual(recommend({}, model));
  });
});

describe('what would change the answer', () => {
  const plainApi = scenarios[0]?.answers ?? {};

  test('for a Python team, switching the team to JavaScript gives Node.js', () => {
    const flips = whatWouldChange(plainApi, model);
    expect(flips).toContainEqual({
      changes: [{ question: 'team', from: 'python', to: 'javascript' }],
      choice: 'node',
    });
  });

  test('lists the change that moves the scores least first', () => {
    const [first] = whatWouldChange(plainApi, model);
    expect(first?.choice).toBe('either');
    expect(first?.changes).toHaveLength(1);
  });

  test('for a hybrid, moving the workload away from models undoes it', () => {
    const flips = whatWouldChange({ team: 'javascript', workload: 'ml' }, model);
    expect(flips.some((f) => f.changes[0]?.question === 'workload' && f.choice === 'node')).toBe(
      true,
    );
  });

  test('every flip really gives its choice and never the current one', () => {
    for (const s of scenarios) {
      const base = recommend(s.answers, model).choice;
      const flips = whatWouldChange(s.answers, model);
      expect(flips.length).toBeGreaterThan(0);
      expect(new Set(flips.map((f) => f.choice)).size).toBe(flips.length);
      for (const f of flips) {
        const next: Record<string, string> = { ...s.answers };
        for (const c of f.changes) next[c.question] = c.to;
        expect(f.choice).not.toBe(base);
        expect(recommend(next, model).choice).toBe(f.choice);
      }
    }
  });

  test('tries pairs only when no single change flips the answer', () => {
    const strong = (id: string): Question => ({
      id,
      label: id,
      options: [
        {
          id: 'yes',
          label: 'yes',
          python: 6,
          node: 0,
          both: 0,
          reason: 'r',
          dimensions: ['ai-ml'],
        },
        { id: 'no', label: 'no', python: 0, node: 0, both: 0, reason: 'r', dimensions: ['ai-ml'] },
      ],
    });
    const small: Model = { ...model, questions: [strong('a'), strong('b')], rules: [] };
    const flips = whatWouldChange({ a: 'yes', b: 'yes' }, small);
    expect(flips).toEqual([
      {
        changes: [
          { question: 'a', from: 'yes', to: 'no' },
          { question: 'b', from: 'yes', to: 'no' },
        ],
        choice: 'either',
      },
    ]);
  });
});

describe('answers in the URL', () => {
  test('serialising then parsing gives back the same answers, for every scenario', () => {
    for (const s of scenarios) {
      expect(parseAnswers(serialiseAnswers(s.answers, model), model)).toEqual(s.answers);
    }
  });

  test('parsing then serialising gives the canonical query string', () => {
    const canonical = 'team=python&workload=io-api&load=high';
    expect(serialiseAnswers(parseAnswers(`?${canonical}`, model), model)).toBe(canonical);
  });

  test('writes parameters in question order whatever order they were given in', () => {
    expect(serialiseAnswers({ hiring: 'none', team: 'both' }, model)).toBe('team=both&hiring=none');
  });

  test('writes nothing when there are no answers', () => {
    expect(serialiseAnswers({}, model)).toBe('');
  });

  test('ignores unknown parameters and unknown values', () => {
    expect(parseAnswers('?team=cobol&utm_source=x&workload=ml&colour=blue', model)).toEqual({
      workload: 'ml',
    });
  });

  test('takes the first valid value of a repeated parameter', () => {
    expect(parseAnswers('team=bogus&team=node&team=javascript&team=python', model)).toEqual({
      team: 'javascript',
    });
  });

  test('accepts a URLSearchParams as well as a string', () => {
    expect(parseAnswers(new URLSearchParams({ team: 'python' }), model)).toEqual({
      team: 'python',
    });
  });

  test('never throws on malformed query strings', () => {
    const nasty = [
      '%',
      '%E0%A4%A',
      '&&==&',
      'team',
      '=python',
      '?team=%ZZ',
      'team=python%00',
      '\u0000',
    ];
    for (const q of nasty) expect(() => parseAnswers(q, model)).not.toThrow();
    expect(parseAnswers('team=python&%=x&team', model)).toEqual({ team: 'python' });
  });

  test('does not write answers the model does not know', () => {
    expect(serialiseAnswers({ team: 'cobol', colour: 'blue', load: 'high' }, model)).toBe(
      'load=high',
    );
  });
});

describe('modelProblems', () => {
  test('reports rules that name missing questions or options', () => {
    const broken: Model = {
      ...model,
      rules: [
        {
          id: 'r',
          when: { nope: ['x'], team: ['cobol'] },
          python: 1,
          node: 0,
          both: 0,
          reason: 'r',
          dimensions: [],
        },
      ],
    };
    expect(modelProblems(broken)).toEqual([
      'rule "r" names question "nope", which does not exist',
      'rule "r" names option "team=cobol", which does not exist',
    ]);
  });

  test('reports duplicate and non-slug option ids', () => {
    const q = model.questions[0];
    if (!q) throw new Error('no questions');
    const [first] = q.options;
    if (!first) throw new Error('no options');
    const broken: Model = {
      ...model,
      questions: [{ ...q, options: [first, first, { ...first, id: 'Bad Id' }] }],
      rules: [],
    };
    expect(modelProblems(broken)).toEqual([
      `option "${q.id}=${first.id}" is defined twice`,
      `option "${q.id}=Bad Id" is not lowercase-hyphenated`,
    ]);
  });
});
