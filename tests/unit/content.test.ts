import { FEATURE_ROWS } from '../../src/domain/content/feature-rows';
import { FRAMEWORK_PROFILES } from '../../src/domain/content/framework-profiles';
import { KEY_FACTS } from '../../src/domain/content/key-facts';
import { ormAdvice, type OrmPreference } from '../../src/domain/content/orm-advice';
import { ORM_COMPARISON } from '../../src/domain/content/orm-comparison';
import { DATA_DATE } from '../../src/domain/content/data-date';
import { isCitableRef, isUrl, type Source } from '../../src/domain/content/sourced';
import { SOURCES } from '../../src/domain/content/sources';
import { WHEN_TO_CHOOSE } from '../../src/domain/content/when-to-choose';
import { FRAMEWORK_IDS, FRAMEWORK_NAMES, type FrameworkId } from '../../src/domain/frameworks';
import { CRITERIA_2026_11 } from '../../src/domain/models/criteria-2026-11';

const ORM_ANSWERS: readonly (OrmPreference | undefined)[] = [
  'django',
  'sqlalchemy',
  'none',
  'any',
  undefined,
];

const ALL_ADVICE = FRAMEWORK_IDS.flatMap((winner) =>
  ORM_ANSWERS.map((orm) => ({ winner, orm, advice: ormAdvice(orm, winner) })),
);

/** Every piece of content, for checks that apply to all of it. */
const ALL_CONTENT: readonly unknown[] = [
  FEATURE_ROWS,
  FRAMEWORK_PROFILES,
  KEY_FACTS,
  ORM_COMPARISON,
  WHEN_TO_CHOOSE,
  SOURCES,
  ALL_ADVICE.map((entry) => entry.advice),
];

function isSource(value: unknown): value is Source {
  return (
    typeof value === 'object' &&
    value !== null &&
    'ref' in value &&
    'label' in value &&
    typeof value.ref === 'string'
  );
}

function collectSources(value: unknown, out: Source[] = []): Source[] {
  if (isSource(value)) {
    out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectSources(item, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectSources(item, out);
  }
  return out;
}

/**
 * Every string a user reads as a current claim. `correction` lines quote the seed's old claim on
 * purpose, and `ref`s are addresses, so both are left out.
 */
function collectClaims(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectClaims(item, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key !== 'correction' && key !== 'ref') collectClaims(item, out);
    }
  }
  return out;
}

const ALL_SOURCES = collectSources(ALL_CONTENT);
const ALL_CLAIMS = collectClaims(ALL_CONTENT);
const CRITERION_IDS = new Set<string>(CRITERIA_2026_11.map((criterion) => criterion.id));
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

describe('isUrl', () => {
  it.each([
    ['https://docs.djangoproject.com/en/6.1/', true],
    ['http://lucumr.pocoo.org/2010/4/3/april-1st-post-mortem/', true],
    ['pallets/flask:docs/async-await.rst', false],
    ['TechEmpower/FrameworkBenchmarks@R23', false],
    ['javascript:alert(1)', false],
    ['ftp://example.com/file', false],
    ['https://', false],
    ['', false],
  ])('isUrl(%j) is %s', (ref, expected) => {
    expect(isUrl(ref)).toBe(expected);
  });
});

describe('sources', () => {
  it('finds the sources it is meant to check', () => {
    expect(ALL_SOURCES.length).toBeGreaterThan(50);
  });

  it.each(ALL_SOURCES.map((source) => [source.ref, source] as const))(
    '%s has a label and a well-formed reference',
    (_ref, source) => {
      expect(source.label.trim()).not.toBe('');
      expect(source.ref.trim()).toBe(source.ref);
      expect(source.ref).not.toBe('');
      expect(new URL(source.ref).protocol).toBe('https:');
      expect(isCitableRef(source.ref), source.ref).toBe(true);
      expect(source.asOf).toMatch(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
      expect((source.asOf ?? '') <= DATA_DATE).toBe(true);
    },
  );

  it('never lists the same source twice in one list', () => {
    const lists: (readonly Source[])[] = [
      ...FEATURE_ROWS.flatMap((row) => FRAMEWORK_IDS.map((id) => row.cells[id].sources)),
      ...FRAMEWORK_IDS.map((id) => FRAMEWORK_PROFILES[id].sources),
      ...KEY_FACTS.map((fact) => fact.sources),
      ...ORM_COMPARISON.map((row) => row.sources),
      ...ALL_ADVICE.map((entry) => entry.advice.sources),
    ];
    for (const list of lists) {
      const keys = list.map((source) => `${source.ref}|${source.label}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('framework profiles', () => {
  it('has exactly one profile per framework, keyed by its id', () => {
    expect(Object.keys(FRAMEWORK_PROFILES).sort()).toEqual([...FRAMEWORK_IDS].sort());
  });

  it.each(FRAMEWORK_IDS)('%s is complete and sourced', (id) => {
    const profile = FRAMEWORK_PROFILES[id];
    expect(profile.id).toBe(id);
    expect(profile.name).toBe(FRAMEWORK_NAMES[id]);
    expect(profile.tagline.trim()).not.toBe('');
    expect(profile.tagline).not.toMatch(/\n/);
    expect(profile.firstRelease).toMatch(
      /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
    );
    expect(profile.license).not.toBe('');
    expect(profile.latestRelease.version).toMatch(/^\d+\.\d+\.\d+$/);
    if (profile.latestRelease.date !== undefined) {
      expect(profile.latestRelease.date).toMatch(ISO_DATE);
    }
    expect(profile.latestRelease.source.ref).toMatch(/^https:/);
    expect(profile.sources.length).toBeGreaterThan(0);
    for (const note of profile.notes) expect(note.sources.length, note.text).toBeGreaterThan(0);
  });

  it('gives the first-release years the fact sheet confirms', () => {
    expect(FRAMEWORK_PROFILES.django.firstRelease).toBe('July 2005');
    expect(FRAMEWORK_PROFILES.flask.firstRelease).toBe('April 2010');
    expect(FRAMEWORK_PROFILES.fastapi.firstRelease).toBe('December 2018');
  });
});

describe('feature rows', () => {
  it('has unique kebab-case ids', () => {
    const ids = FEATURE_ROWS.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("keeps every row of the seed's comparison table", () => {
    const ids = FEATURE_ROWS.map((row) => row.id);
    for (const seedRow of [
      'year',
      'philosophy',
      'async',
      'orm',
      'admin',
      'api-docs',
      'validation',
      'performance',
      'best-use',
    ]) {
      expect(ids).toContain(seedRow);
    }
  });

  it.each(FEATURE_ROWS.map((row) => [row.id, row] as const))(
    '%s has text for every framework, sourced unless the row is an opinion',
    (_id, row) => {
      expect(row.label.trim()).not.toBe('');
      for (const id of FRAMEWORK_IDS) {
        const cell = row.cells[id];
        expect(cell.text.trim(), `${row.id}/${id}`).not.toBe('');
        if (!row.opinion) expect(cell.sources.length, `${row.id}/${id}`).toBeGreaterThan(0);
      }
    },
  );

  it('links rows only to criteria that exist', () => {
    for (const row of FEATURE_ROWS) {
      for (const criterion of row.criteria) {
        expect(CRITERION_IDS.has(criterion), `${row.id} → ${criterion}`).toBe(true);
      }
    }
  });

  it('links the heart of the wizard (async, admin, ORM, performance, docs) to a row', () => {
    const linked = new Set(FEATURE_ROWS.flatMap((row) => row.criteria));
    for (const criterion of [
      'async_io',
      'builtin_admin',
      'orm_integrated',
      'raw_throughput',
      'auto_api_docs',
    ]) {
      expect(linked.has(criterion), criterion).toBe(true);
    }
  });

  it('explains every seed claim the fact sheet corrects, in one line', () => {
    const corrected = FEATURE_ROWS.filter((row) => row.correction !== undefined);
    expect(corrected.map((row) => row.id)).toEqual(
      expect.arrayContaining(['async', 'api-docs', 'validation', 'performance', 'best-use']),
    );
    for (const row of corrected) {
      expect(row.correction?.trim()).not.toBe('');
      expect(row.correction).not.toMatch(/\n/);
    }
  });

  it('labels the heuristic rows as opinion', () => {
    const opinionIds = FEATURE_ROWS.filter((row) => row.opinion).map((row) => row.id);
    expect(opinionIds).toEqual(expect.arrayContaining(['best-use']));
  });

  it('states performance as measured, with the measurements one link away', () => {
    const performance = FEATURE_ROWS.find((row) => row.id === 'performance');
    expect(performance?.opinion).toBeUndefined();
    expect(performance?.details).toBe('performance');
    for (const id of FRAMEWORK_IDS) {
      expect(performance?.cells[id].text).toMatch(/^Measured by this project \(/);
    }
  });

  it('states Flask async as supported since 2.0 and Django async ORM since 4.1', () => {
    const asyncRow = FEATURE_ROWS.find((row) => row.id === 'async');
    expect(asyncRow?.cells.flask.text).toMatch(/2\.0/);
    expect(asyncRow?.cells.flask.text).toMatch(/flask\[async\]/);
    expect(asyncRow?.cells.django.text).toMatch(/4\.1/);
    expect(asyncRow?.cells.django.text).toMatch(/thread/);
  });
});

describe('when to choose', () => {
  it.each(FRAMEWORK_IDS)('has guidance for %s, with sources behind every note and fact', (id) => {
    const items = WHEN_TO_CHOOSE[id];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.text.trim()).not.toBe('');
      if (item.note !== undefined || !item.opinion) {
        expect(item.sources?.length ?? 0, item.text).toBeGreaterThan(0);
      }
    }
  });

  it('marks most of it as opinion', () => {
    const items = FRAMEWORK_IDS.flatMap((id) => WHEN_TO_CHOOSE[id]);
    const opinions = items.filter((item) => item.opinion);
    expect(opinions.length * 2).toBeGreaterThan(items.length);
  });

  it('refines "small to medium APIs" for Flask: micro means a small core', () => {
    const item = WHEN_TO_CHOOSE.flask.find((entry) => /small to medium APIs/i.test(entry.text));
    expect(item?.note).toMatch(/small core/i);
    expect(item?.note).toMatch(/server-rendered/i);
  });
});

describe('key facts', () => {
  it('sources every fact and explains every unverified claim', () => {
    for (const fact of KEY_FACTS) {
      expect(fact.text.trim()).not.toBe('');
      if (fact.kind === 'fact') expect(fact.sources.length, fact.text).toBeGreaterThan(0);
      if (fact.kind !== 'fact') expect(fact.note?.trim() ?? '', fact.text).not.toBe('');
    }
  });

  it('does not present the job-postings claim as fact', () => {
    const jobs = KEY_FACTS.filter((fact) => /job postings/i.test(fact.text));
    expect(jobs.length).toBeGreaterThan(0);
    for (const fact of jobs) expect(fact.kind).toBe('unverified');
  });

  it('labels the legacy, microservices and monolith heuristics as opinion', () => {
    const heuristics = KEY_FACTS.filter((fact) => /legacy|microservices|monolith/i.test(fact.text));
    expect(heuristics.length).toBeGreaterThanOrEqual(2);
    for (const fact of heuristics) expect(fact.kind).toBe('opinion');
  });

  it('never states a speed ranking as fact', () => {
    for (const fact of KEY_FACTS.filter((entry) => entry.kind === 'fact')) {
      expect(fact.text).not.toMatch(/fastest|highest performance|slowest/i);
    }
  });
});

describe('ORM comparison', () => {
  it('keeps the seed rows and has unique ids', () => {
    const ids = ORM_COMPARISON.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['queries', 'session', 'migrations', 'async', 'relationship-loading']),
    );
  });

  it.each(ORM_COMPARISON.map((row) => [row.id, row] as const))(
    '%s says something for both ORMs and is sourced',
    (_id, row) => {
      expect(row.aspect.trim()).not.toBe('');
      expect(row.django.trim()).not.toBe('');
      expect(row.sqlalchemy.trim()).not.toBe('');
      expect(row.sources.length).toBeGreaterThan(0);
    },
  );

  it('says both ORMs load relations lazily by default', () => {
    const loading = ORM_COMPARISON.find((row) => row.id === 'relationship-loading');
    expect(loading?.django).toMatch(/lazy by default/i);
    expect(loading?.sqlalchemy).toMatch(/lazy by default/i);
    expect(loading?.correction).toMatch(/eager/i);
  });
});

describe('ormAdvice', () => {
  it.each(ALL_ADVICE.map((entry) => [entry.winner, String(entry.orm), entry.advice] as const))(
    '%s with orm=%s gives a headline, 2-4 sentences and sources',
    (winner, _orm, advice) => {
      expect(advice.headline.trim()).not.toBe('');
      expect(advice.body.length).toBeGreaterThanOrEqual(2);
      expect(advice.body.length).toBeLessThanOrEqual(4);
      for (const sentence of advice.body) expect(sentence.trim()).not.toBe('');
      expect(advice.sources.length).toBeGreaterThan(0);
      for (const other of FRAMEWORK_IDS.filter((id) => id !== winner)) {
        expect(advice.headline).not.toMatch(new RegExp(`\\b${FRAMEWORK_NAMES[other]}\\b`, 'i'));
      }
    },
  );

  it.each(FRAMEWORK_IDS)('treats a skipped question like "no preference" for %s', (winner) => {
    expect(ormAdvice(undefined, winner)).toEqual(ormAdvice('any', winner));
  });

  it('gives different advice for different preferences', () => {
    for (const winner of FRAMEWORK_IDS) {
      const headlines = new Set(
        (['django', 'sqlalchemy', 'none', 'any'] as const).map(
          (orm) => ormAdvice(orm, winner).headline,
        ),
      );
      expect(headlines.size, winner).toBe(4);
    }
  });

  const text = (orm: OrmPreference, winner: FrameworkId) => {
    const advice = ormAdvice(orm, winner);
    return [advice.headline, ...advice.body].join(' ');
  };

  it('points FastAPI + SQLAlchemy at AsyncSession, eager loading and Alembic', () => {
    const advice = text('sqlalchemy', 'fastapi');
    expect(advice).toMatch(/AsyncSession/);
    expect(advice).toMatch(/eager/i);
    expect(advice).toMatch(/Alembic/);
  });

  it('points Flask + SQLAlchemy at Flask-SQLAlchemy and Flask-Migrate', () => {
    const advice = text('sqlalchemy', 'flask');
    expect(advice).toMatch(/Flask-SQLAlchemy/);
    expect(advice).toMatch(/Flask-Migrate/);
  });

  it('tells Django + SQLAlchemy what it gives up', () => {
    expect(text('sqlalchemy', 'django')).toMatch(/admin/i);
  });
});

describe('no claim the fact sheet marks wrong', () => {
  it('collects the text it is meant to check', () => {
    expect(ALL_CLAIMS.length).toBeGreaterThan(100);
  });

  it.each([
    ['Flask has no async', /needs extensions|flask[^.]*\bno async\b/i],
    ['Django async is "limited (3.1+)"', /limited \(3\.1\+\)/i],
    ['Django manages a session per request', /request lifecycle/i],
    ['API docs or validation are "manual"', /^manual\b/i],
    [
      'eager-loading tools called lazy loading',
      /lazy[- ]loading\W+(?:with\W+|via\W+)?(?:select_related|prefetch_related|selectinload|joinedload)/i,
    ],
    ['FastAPI accepts Pydantic v1', /supports? Pydantic v1/i],
    ['Flask is for small apps', /only for small/i],
  ])('never says: %s', (_claim, pattern) => {
    const offending = ALL_CLAIMS.filter((claim) => pattern.test(claim));
    expect(offending).toEqual([]);
  });

  it('calls select_related, prefetch_related, selectinload and joinedload eager loading wherever they appear', () => {
    const mentions = ALL_CLAIMS.filter((claim) =>
      /select_related|prefetch_related|selectinload|joinedload/.test(claim),
    );
    expect(mentions.length).toBeGreaterThan(0);
    for (const claim of mentions) expect(claim, claim).toMatch(/eager/i);
  });

  it('never calls DRF part of Django', () => {
    const offending = ALL_CLAIMS.filter(
      (claim) =>
        /(built[- ]in|ships)[^.]*\b(DRF|REST framework)\b/i.test(claim) &&
        !/add-on|third-party|need/i.test(claim),
    );
    expect(offending).toEqual([]);
  });
});
