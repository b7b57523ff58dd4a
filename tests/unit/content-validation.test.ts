/**
 * One validator over every registered model and all content (src/domain/content-validation.ts):
 * the app's own data passes it, and each rule is shown to fail on a deliberately broken copy.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  APP_CONTENT,
  currentClaims,
  isVersionedRef,
  shownClaims,
  validateContent,
  type Content,
  type ContentRule,
} from '../../src/domain/content-validation';
import { isCitableRef, isUrl, type Source } from '../../src/domain/content/sourced';
import type { Criterion, ScoringModel } from '../../src/domain/model-types';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';

const TODAY = new Date().toISOString().slice(0, 10);

const GOOD_SOURCE: Source = {
  label: 'Django 6.1 docs: the admin site',
  ref: 'https://docs.djangoproject.com/en/6.1/ref/contrib/admin/',
  asOf: '2026-10-06',
};

/** The rules that `content` breaks, each once. */
function rulesBroken(content: Content): ContentRule[] {
  return [...new Set(validateContent(content, TODAY).map((violation) => violation.rule))];
}

/** The app's content with the first key fact replaced. */
function withKeyFact(fact: Content['keyFacts'][number]): Content {
  return { ...APP_CONTENT, keyFacts: [fact, ...APP_CONTENT.keyFacts.slice(1)] };
}

/** The app's content with one more (fake) model, of one criterion: the current model's first, changed. */
function withModel(criterion: Partial<Criterion>): Content {
  const current = MODEL_REGISTRY.current;
  const first = current.criteria[0];
  if (!first) throw new Error('The current model has no criteria');
  const model: ScoringModel = { ...current, id: '2099-01', criteria: [{ ...first, ...criterion }] };
  return { ...APP_CONTENT, models: [...APP_CONTENT.models, model] };
}

describe('the content validator on the app', () => {
  it('finds no violation in any content file or any registered model', () => {
    expect(validateContent(APP_CONTENT, TODAY)).toEqual([]);
  });

  it('reads every registered model, every content file and the errata', () => {
    const places = shownClaims(APP_CONTENT).map((claim) => claim.where.split(' ')[0]);
    for (const model of MODEL_REGISTRY.models) {
      const texts = shownClaims(APP_CONTENT).filter((claim) =>
        claim.where.startsWith(`model ${model.id} `),
      );
      // Each criterion's own wording plus one justification per framework.
      expect(texts).toHaveLength(model.criteria.length * 4);
    }
    expect(new Set(places)).toEqual(
      new Set(['feature', 'card', 'key', 'ORM', 'when', 'recipe', 'glossary', 'model', 'erratum']),
    );
  });
});

describe('each rule fails on broken content', () => {
  it('source-citable: an http link or a bare repository', () => {
    for (const ref of [
      'http://docs.djangoproject.com/en/6.1/',
      'https://github.com/pallets/flask',
    ]) {
      expect(
        rulesBroken(
          withKeyFact({ text: 'A fact.', kind: 'fact', sources: [{ ...GOOD_SOURCE, ref }] }),
        ),
      ).toEqual(['source-citable']);
    }
  });

  it('source-versioned: a moving page where the project versions its docs', () => {
    const moving = {
      ...GOOD_SOURCE,
      ref: 'https://docs.djangoproject.com/en/stable/ref/contrib/admin/',
    };
    expect(rulesBroken(withKeyFact({ text: 'A fact.', kind: 'fact', sources: [moving] }))).toEqual([
      'source-versioned',
    ]);
  });

  it.each([
    ['https://docs.djangoproject.com/en/6.1/topics/async/', true],
    ['https://docs.djangoproject.com/en/dev/releases/6.1/', false],
    ['https://docs.sqlalchemy.org/en/21/orm/quickstart.html', true],
    ['https://docs.sqlalchemy.org/en/latest/orm/quickstart.html', false],
    ['https://flask.palletsprojects.com/en/3.1.x/tutorial/', true],
    ['https://flask.palletsprojects.com/en/stable/tutorial/', false],
    ['https://fastapi.tiangolo.com/tutorial/sql-databases/', false],
    [
      'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/sql-databases.md',
      true,
    ],
    ['https://github.com/fastapi/fastapi/blob/master/README.md', false],
    ['https://asgi.readthedocs.io/en/latest/introduction.html', false],
    ['https://spec.openapis.org/oas/latest.html', false],
    ['https://spec.openapis.org/oas/v3.1.1.html', true],
    ['https://endoflife.date/django', false],
    ['https://pypi.org/project/sqlmodel/0.0.48/', true],
    ['https://pypi.org/project/sqlmodel/', false],
  ])('isVersionedRef(%j) is %s', (ref, expected) => {
    expect(isVersionedRef(ref)).toBe(expected);
  });

  it('source-label: a source that does not say what it is, or one listed twice', () => {
    const unnamed = { ...GOOD_SOURCE, label: 'docs' };
    expect(rulesBroken(withKeyFact({ text: 'A fact.', kind: 'fact', sources: [unnamed] }))).toEqual(
      ['source-label'],
    );
    const twice = [GOOD_SOURCE, { ...GOOD_SOURCE }];
    expect(rulesBroken(withKeyFact({ text: 'A fact.', kind: 'fact', sources: twice }))).toEqual([
      'source-label',
    ]);
  });

  it('date: a source read after today, a check after today, a release after its check', () => {
    const future = { ...GOOD_SOURCE, asOf: '2999-01-01' };
    expect(rulesBroken(withKeyFact({ text: 'A fact.', kind: 'fact', sources: [future] }))).toEqual([
      'date',
    ]);
    const release = APP_CONTENT.releases.flask;
    if (!release) throw new Error('No Flask release');
    for (const broken of [
      { ...release, checked: '2999-01-01', source: { ...release.source, asOf: '2026-01-01' } },
      { ...release, date: '2026-12-31', checked: '2026-12-01' },
      { ...release, checked: '7 Dec 2026' },
    ]) {
      expect(rulesBroken({ ...APP_CONTENT, releases: { flask: broken } })).toContain('date');
    }
  });

  it('claim-sourced: a fact with no source, an opinion with no note, a model rating with no source', () => {
    expect(rulesBroken(withKeyFact({ text: 'A fact.', kind: 'fact', sources: [] }))).toEqual([
      'claim-sourced',
    ]);
    expect(rulesBroken(withKeyFact({ text: 'A hunch.', kind: 'opinion', sources: [] }))).toEqual([
      'claim-sourced',
    ]);
    const first = MODEL_REGISTRY.current.criteria[0];
    expect(first?.kind).toBe('framework');
    expect(
      rulesBroken(
        withModel({ sources: { django: [], fastapi: [GOOD_SOURCE], flask: [GOOD_SOURCE] } }),
      ),
    ).toEqual(['claim-sourced']);
    // A team criterion rates the user's own situation: nothing to cite.
    expect(
      rulesBroken(withModel({ kind: 'team', sources: { django: [], fastapi: [], flask: [] } })),
    ).toEqual([]);
  });

  it('version-known: a version number typed outside the release table, in content or a model', () => {
    expect(
      rulesBroken(
        withKeyFact({ text: 'Async views since 3.7.', kind: 'fact', sources: [GOOD_SOURCE] }),
      ),
    ).toEqual(['version-known']);
    const first = MODEL_REGISTRY.current.criteria[0];
    if (!first) throw new Error('No criterion');
    expect(
      rulesBroken(
        withModel({ justification: { ...first.justification, django: 'Async since 9.9.9.' } }),
      ),
    ).toEqual(['version-known']);
  });

  it('wording: "Latest" as a label, "seed" anywhere a user reads', () => {
    for (const text of ['Latest: 6.1.2.', 'The seed said Django was limited.']) {
      expect(rulesBroken(withKeyFact({ text, kind: 'fact', sources: [GOOD_SOURCE] }))).toEqual([
        'wording',
      ]);
    }
  });

  it('erratum: it must name a criterion of a registered model, and it answers that text', () => {
    const erratum = {
      model: '2099-01',
      date: '2026-12-07',
      criterion: MODEL_REGISTRY.current.criteria[0]?.id ?? '',
      framework: 'django' as const,
      corrects: 'Async since 9.9.9',
      correction: 'Async views since 3.1.',
      sources: [GOOD_SOURCE],
    };
    expect(rulesBroken({ ...APP_CONTENT, errata: [...APP_CONTENT.errata, erratum] })).toEqual([
      'erratum',
    ]);
    const first = MODEL_REGISTRY.current.criteria[0];
    if (!first) throw new Error('No criterion');
    const broken = withModel({
      justification: { ...first.justification, django: 'Async since 9.9.9.' },
    });
    expect(rulesBroken({ ...broken, errata: [...broken.errata, erratum] })).toEqual([]);
  });
});

describe('one table of versions', () => {
  it.each([
    'feature-rows.ts',
    'framework-profiles.ts',
    'key-facts.ts',
    'orm-advice.ts',
    'orm-comparison.ts',
    'when-to-choose.ts',
  ])('content/%s types no version number of its own', (file) => {
    const code = readFileSync(resolve('src/domain/content', file), 'utf8');
    expect(code.match(/(?<![\w.])\d+\.\d+(?:\.\d+)*(?![\w.]*\d)/g) ?? []).toEqual([]);
  });
});

describe('what the fact sheet and the audits of December 2026 corrected stays corrected', () => {
  // Corrections quote the old claim on purpose; released texts an erratum corrects are answered.
  const claims = currentClaims(APP_CONTENT).filter((claim) => !claim.where.endsWith('correction'));
  const text = claims.map((claim) => `${claim.text} ${claim.note ?? ''}`).join('\n');

  it.each([
    ['Flask has no async', /needs extensions|flask[^.]*\bno async\b/i],
    ['Django async is "limited (3.1+)"', /limited \(3\.1\+\)/i],
    ['Django manages a session per request', /request lifecycle/i],
    [
      'eager-loading tools called lazy loading',
      /lazy[- ]loading\W+(?:with\W+)?(?:select_related|selectinload)/i,
    ],
    ['FastAPI accepts Pydantic v1', /supports? Pydantic v1/i],
    ['SQLModel needs SQLAlchemy below 2.1', /below 2\.1|SQLAlchemy 2\.0 only|pin SQLAlchemy/i],
    ['TestClient on httpx2 "from 1.7"', /httpx2 (?:since|from) 1\.7/],
    ['the recipe "with Alembic for migrations"', /directly, with Alembic/],
    ['endoflife.date as a source', /endoflife/],
    ['"the common choice" unsourced', /the common choice/],
  ])('never says: %s', (_what, pattern) => {
    expect(text).not.toMatch(pattern);
  });

  it('collects the claims it reads', () => {
    expect(claims.length).toBeGreaterThan(300);
    expect(text).toMatch(/SQLModel accepts SQLAlchemy 2\.1 since 0\.0\.48/);
  });
});

describe('links a reader can open', () => {
  it.each([
    ['https://github.com/fastapi/fastapi', false],
    ['https://github.com/fastapi/fastapi/releases', false],
    ['https://github.com/fastapi/fastapi/blob/0.141.1/pyproject.toml', true],
    ['https://github.com/fastapi/fastapi/releases/tag/0.141.1', true],
    ['https://github.com/TechEmpower/FrameworkBenchmarks/issues/10932', true],
    ['http://docs.djangoproject.com/en/6.1/', false],
    ['fastapi/fastapi:pyproject.toml', false],
    ['javascript:alert(1)', false],
  ])('isCitableRef(%j) is %s', (ref, expected) => {
    expect(isCitableRef(ref)).toBe(expected);
  });

  it.each([
    ['https://docs.djangoproject.com/en/6.1/', true],
    ['http://lucumr.pocoo.org/2010/4/3/april-1st-post-mortem/', true],
    ['TechEmpower/FrameworkBenchmarks@R23', false],
    ['ftp://example.com/file', false],
    ['https://', false],
  ])('isUrl(%j) is %s', (ref, expected) => {
    expect(isUrl(ref)).toBe(expected);
  });
});
