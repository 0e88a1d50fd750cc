import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { model, scenarios } from '../testing/recommender-content';
import { en } from '../i18n/en';
import {
  describeFlip,
  inWords,
  modelProblems,
  parseAnswers,
  recommend,
  recommendHref,
  serialiseAnswers,
  type Model,
  type Question,
} from './recommend';
import { buildModel, scenarioProblems, useCaseScenarios } from './recommend-model';
import { linkParts } from './text';

/** A question for the small hand-made models below: "yes" adds `python` points, "no" nothing. */
const strong = (id: string, python = 6): Question => ({
  id,
  label: id,
  options: [
    {
      id: 'yes',
      label: 'yes',
      python,
      node: 0,
      both: 0,
      reason: `${id} yes`,
      dimensions: ['ai-ml'],
    },
    {
      id: 'no',
      label: 'no',
      python: 0,
      node: 0,
      both: 0,
      reason: `${id} no`,
      dimensions: ['ai-ml'],
    },
  ],
});
const small = (questions: Question[]): Model => ({
  questions,
  rules: [],
  settings: { ...model.settings, minAnswers: 0, fragileAbove: 1 },
});

/** A plain CRUD API for a Python team, every question answered. */
const plainApi = {
  team: 'python',
  structure: 'one',
  workload: 'io-api',
  libraries: 'none',
  realtime: 'none',
  hosting: 'long-running',
  frontend: 'contract',
  load: 'modest',
  stack: 'none',
  hiring: 'none',
};

describe('the model in content/recommender', () => {
  test('has the ten questions, each with two or more options', () => {
    expect(model.questions.map((q) => q.id)).toEqual([
      'team',
      'structure',
      'workload',
      'libraries',
      'realtime',
      'hosting',
      'frontend',
      'load',
      'stack',
      'hiring',
    ]);
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

  test('links in reasons and advice lead to pages the site publishes', () => {
    const contract = readFileSync(new URL('../../e2e/url-contract.txt', import.meta.url), 'utf8');
    const published = new Set(contract.split('\n'));
    const texts = [...model.questions.flatMap((q) => q.options), ...model.rules].flatMap((w) => [
      w.reason,
      w.advice ?? '',
    ]);
    const hrefs = texts.flatMap((t) => linkParts(t).flatMap((p) => (p.href ? [p.href] : [])));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !published.has(h))).toEqual([]);
  });

  test('heavy-load answers lean to Node.js no more than the lab supports, and say to load-test', () => {
    const load = model.questions.find((q) => q.id === 'load');
    const lean = (id: string) => load?.options.find((o) => o.id === id);
    // The lab measured a lead on thin endpoints only: never a decision on its own.
    for (const id of ['high', 'extreme']) {
      const o = lean(id);
      expect(o?.node, id).toBeGreaterThan(0);
      expect(o?.node, id).toBeLessThanOrEqual(model.settings.eitherBelow);
      expect(o?.python, id).toBe(0);
      expect(o?.dimensions, id).toContain('raw-throughput');
      expect(o?.advice, id).toMatch(/load-test/i);
    }
    expect(lean('high')?.node).toBeLessThan(lean('extreme')?.node ?? 0);
  });
});

describe('use cases and expert scenarios as the test set', () => {
  test('there are at least forty, every use case among them', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    expect(scenarios.filter((s) => s.page).length).toBeGreaterThanOrEqual(25);
  });

  for (const s of scenarios) {
    test(`${s.file}: the recommender agrees with the entry's best`, () => {
      const got = recommend(s.answers, model).choice;
      expect(
        got,
        `${s.file} ("${s.title}"): the recommender says ${got}, the entry's best is ${s.best}`,
      ).toBe(s.best);
    });
  }

  test('every option of every question is answered by at least one scenario', () => {
    const unused = model.questions.flatMap((q) =>
      q.options
        .filter((o) => !scenarios.some((s) => s.answers[q.id] === o.id))
        .map((o) => `${q.id}=${o.id}`),
    );
    expect(unused).toEqual([]);
  });

  test('every choice is some scenario’s best', () => {
    expect([...new Set(scenarios.map((s) => s.best))].sort()).toEqual([
      'both',
      'either',
      'node',
      'python',
    ]);
  });
});

describe('the loader', () => {
  const settings = {
    id: 'settings',
    data: { kind: 'settings' as const, ...model.settings },
  };
  const team = {
    id: 'team',
    data: {
      kind: 'question' as const,
      label: 'Team',
      legend: 'Team?',
      order: 1,
      options: [
        { id: 'python', label: 'Python', python: 4, reason: 'r', dimensions: [{ id: 'hiring' }] },
        { id: 'javascript', label: 'JS', reason: 'r', dimensions: ['hiring'] },
      ],
    },
  };

  test('applies the schema defaults and accepts references in either form', () => {
    const { model: m } = buildModel([settings, team]);
    expect(m.questions[0]?.options[1]).toMatchObject({ python: 0, node: 0, both: 0 });
    expect(m.questions[0]?.options.map((o) => o.dimensions)).toEqual([['hiring'], ['hiring']]);
  });

  test('fails without exactly one settings file', () => {
    expect(() => buildModel([team])).toThrow('exactly one file with kind: settings, found 0');
  });

  test('fails naming the file and field of an expert scenario with an unknown answer', () => {
    const scenario = {
      id: 'scenarios/x',
      filePath: 'content/recommender/scenarios/x.yaml',
      data: {
        kind: 'scenario' as const,
        title: 'X',
        summary: 'x',
        best: 'python' as const,
        answers: { team: 'cobol', colour: 'blue' },
        dimensions: ['hiring'],
        order: 1,
      },
    };
    expect(() => buildModel([settings, team, scenario])).toThrow(
      [
        'content/recommender/scenarios/x.yaml → answers.team: "cobol" is not one of its options',
        'content/recommender/scenarios/x.yaml → answers.colour: no such question',
      ].join('\n  '),
    );
  });

  test('fails naming every use case without recommender answers', () => {
    const useCase = (id: string, recommender?: Record<string, string>) => ({
      id,
      data: {
        title: id,
        summary: 's',
        best: 'either' as const,
        dimensions: ['hiring'],
        recommender,
      },
    });
    expect(() =>
      useCaseScenarios(
        [useCase('a', { team: 'python' }), useCase('b'), useCase('c', { team: 'x' })],
        model,
      ),
    ).toThrow(
      [
        'content/use-cases/b.yaml → recommender: needs the recommender answers that describe it',
        'content/use-cases/c.yaml → recommender.team: "x" is not one of its options',
      ].join('\n  '),
    );
  });

  test('scenarioProblems is empty for the real content', () => {
    expect(scenarioProblems(scenarios, model)).toEqual([]);
  });
});

describe('recommend', () => {
  test('gives either with low confidence and no reasons when nothing is answered', () => {
    const r = recommend({}, model);
    expect(r).toMatchObject({ choice: 'either', confidence: 'low', answered: 0, reasons: [] });
  });

  test('keeps the confidence low until enough questions are answered', () => {
    const m = { ...small([strong('a'), strong('b'), strong('c')]) };
    const answers = { a: 'yes', b: 'yes', c: 'yes' };
    expect(recommend(answers, m).confidence).toBe('high');
    const strict = { ...m, settings: { ...m.settings, minAnswers: 4 } };
    expect(recommend(answers, strict).confidence).toBe('low');
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

  test('for "either", puts even-handed reasons before one-sided ones', () => {
    const r = recommend({ load: 'high', team: 'neither' }, model);
    expect(r).toMatchObject({ choice: 'either', lean: 'node' });
    expect(r.reasons.map((x) => [x.from, x.lean])).toEqual([
      ['team=neither', 'neutral'],
      ['load=high', 'node'],
    ]);
  });

  test('puts the strongest reason first', () => {
    const r = recommend({ team: 'python', workload: 'ml', hiring: 'python' }, model);
    expect(r.reasons[0]?.from).toBe('workload=ml');
  });

  test('names the hybrid rule as a reason for a hybrid', () => {
    const r = recommend({ team: 'javascript', workload: 'ml' }, model);
    expect(r.reasons.map((x) => x.from)).toContain('ml-with-javascript-team');
  });

  test('a rule does not apply when one of its "unless" answers is chosen', () => {
    const live = { workload: 'ml', realtime: 'core' };
    expect(recommend(live, model).choice).toBe('both');
    expect(recommend({ ...live, team: 'python' }, model).choice).toBe('python');
  });

  test('ignores unknown questions and options', () => {
    expect(recommend({ team: 'cobol', colour: 'blue' }, model)).toEqual(recommend({}, model));
  });
});

describe('confidence from robustness', () => {
  test('is high only when no single changed answer flips the result', () => {
    const m = small([strong('a'), strong('b')]);
    const r = recommend({ a: 'yes', b: 'yes' }, m);
    expect(r).toMatchObject({ choice: 'python', confidence: 'high', fragile: [] });
    expect(r.flips[0]?.changes).toHaveLength(2);
  });

  test('is medium when one question can flip it, low when more than fragileAbove can', () => {
    const m = small([strong('a', 3), strong('b', 3), strong('c', 3)]);
    // 6 points: dropping either answer leaves 3, still Python; answering c does not lower it.
    expect(recommend({ a: 'yes', b: 'yes' }, m).confidence).toBe('high');
    // 3 points: dropping a flips it (one question) → medium.
    const one = recommend({ a: 'yes', b: 'no', c: 'no' }, m);
    expect(one).toMatchObject({ choice: 'python', confidence: 'medium', fragile: ['a'] });
    // "Either" with nothing answered yes: answering a, b or c "yes" each flips it → low.
    const many = recommend({ a: 'no' }, m);
    expect(many.fragile).toEqual(['a', 'b', 'c']);
    expect(many.confidence).toBe('low');
  });

  test('never shows high when a single answer would flip the result, for any scenario', () => {
    for (const s of scenarios) {
      const r = recommend(s.answers, model);
      const oneChange = r.flips.some((f) => f.changes.length === 1);
      if (oneChange) expect(r.confidence, s.file).not.toBe('high');
      expect(r.fragile.length > 0, s.file).toBe(oneChange);
    }
  });

  test('shows a JavaScript team with models as a hybrid without claiming high confidence', () => {
    const r = recommend({ ...plainApi, team: 'javascript', workload: 'ml' }, model);
    expect(r.choice).toBe('both');
    expect(r.confidence).not.toBe('high');
  });
});

describe('the result in words', () => {
  const words = (answers: Record<string, string>) => inWords(recommend(answers, model), model, en);

  test('names what to build, from the strongest reason that names something', () => {
    expect(words({ ...plainApi, team: 'javascript', workload: 'ml' })).toMatch(
      /^Split it: build a Python model service behind your Node\.js API\./,
    );
    expect(words({ ...plainApi, team: 'both', workload: 'admin' })).toMatch(
      /^Python: build a Django service with its admin\./,
    );
    expect(words({ ...plainApi, team: 'javascript', frontend: 'shared' })).toMatch(
      /^Node\.js: build Fastify or NestJS with TypeScript types/,
    );
  });

  test('falls back to the settings for a result no answer names', () => {
    expect(words(plainApi)).toContain(`Python: build ${model.settings.build.python}.`);
  });

  test('splits an ML product built with a separate front-end team', () => {
    const text = words({ ...plainApi, structure: 'split', workload: 'ml' });
    expect(text).toMatch(
      /^Split it: build a Python scoring service behind a Node\.js and TypeScript/,
    );
  });

  test('an "either" opens even-handed, then names the lean, and heavy load says to load-test', () => {
    const text = words({ ...plainApi, team: 'both', load: 'high' });
    expect(text).toMatch(/^Either runtime fits: build /);
    expect(text).toContain('What you describe leans slightly towards Node.js.');
    expect(text).toMatch(/Load-test your real application/);
  });

  test('carries the strongest reasons, the flip conditions and the robustness', () => {
    const r = recommend(plainApi, model);
    const text = inWords(r, model, en);
    expect(text).toContain(r.reasons[0]?.reason ?? 'missing');
    const first = r.flips[0];
    if (!first) throw new Error('no flip');
    expect(text).toContain(describeFlip(first, model, en));
    expect(text).toContain(`Answers to ${r.fragile.length} of the questions could each change`);
  });

  test('says so when no change to one or two answers would flip the result', () => {
    const same = strong('a', 20);
    const twin = { ...same, options: same.options.map((o) => ({ ...o, python: 20 })) };
    const r = recommend({ a: 'yes' }, small([twin]));
    expect(r.flips).toEqual([]);
    const text = inWords(r, small([twin]), en);
    expect(text).toContain(en['recommend.noChange']);
    expect(text).toContain(en['recommend.robust']);
  });
});

describe('what would change the answer', () => {
  test('for a Python team, switching the team to JavaScript gives Node.js', () => {
    const flips = recommend(plainApi, model).flips;
    expect(flips).toContainEqual({
      changes: [{ question: 'team', from: 'python', to: 'javascript' }],
      choice: 'node',
    });
  });

  test('lists the change that moves the scores least first', () => {
    const [first] = recommend(plainApi, model).flips;
    expect(first?.choice).toBe('either');
    expect(first?.changes).toHaveLength(1);
  });

  test('for a hybrid, moving the workload away from models undoes it', () => {
    const flips = recommend({ team: 'javascript', workload: 'ml' }, model).flips;
    expect(flips.some((f) => f.changes[0]?.question === 'workload' && f.choice === 'node')).toBe(
      true,
    );
  });

  test('every flip really gives its choice and never the current one', () => {
    for (const s of scenarios) {
      const base = recommend(s.answers, model).choice;
      const flips = recommend(s.answers, model).flips;
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
    const flips = recommend({ a: 'yes', b: 'yes' }, small([strong('a'), strong('b')])).flips;
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
  /** Every question and option published before the libraries and team-structure questions. */
  const published: Record<string, string[]> = {
    team: ['python', 'javascript', 'both', 'neither'],
    workload: ['io-api', 'cpu', 'ml', 'llm-api'],
    realtime: ['none', 'some', 'core'],
    hosting: ['serverless', 'long-running'],
    frontend: ['none', 'contract', 'shared'],
    load: ['modest', 'high', 'extreme'],
    stack: ['none', 'python', 'node', 'mixed'],
    hiring: ['none', 'python', 'javascript', 'either'],
  };

  test('every parameter and value shared before the new questions still opens the same answer', () => {
    for (const [q, values] of Object.entries(published)) {
      for (const v of values)
        expect(parseAnswers(`?${q}=${v}`, model), `${q}=${v}`).toEqual({ [q]: v });
    }
  });

  test('a full address shared before opens the same answers and is written back unchanged', () => {
    const shared = [
      'team=python&workload=io-api&realtime=none&hosting=long-running&frontend=contract&load=modest&stack=none&hiring=none',
      'team=javascript&workload=ml&realtime=core&hosting=serverless&frontend=shared&load=extreme&stack=mixed&hiring=either',
    ];
    for (const query of shared) {
      const answers = parseAnswers(`?${query}`, model);
      expect(answers).toEqual(Object.fromEntries(new URLSearchParams(query)));
      expect(serialiseAnswers(answers, model)).toBe(query);
    }
  });

  test('the new questions have parameters of their own', () => {
    expect(parseAnswers('?libraries=python-data&structure=split', model)).toEqual({
      structure: 'split',
      libraries: 'python-data',
    });
  });

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

  test('links to the recommender opened on the answers, or to its plain page without any', () => {
    expect(recommendHref({ hiring: 'none', team: 'both' }, model)).toBe(
      '/recommend/?team=both&hiring=none',
    );
    expect(recommendHref({ team: 'cobol' }, model)).toBe('/recommend/');
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
