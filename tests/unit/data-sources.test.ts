import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DATE } from '../../src/domain/content/data-date';
import { FEATURE_ROWS } from '../../src/domain/content/feature-rows';
import { FRAMEWORK_PROFILES } from '../../src/domain/content/framework-profiles';
import { KEY_FACTS } from '../../src/domain/content/key-facts';
import { ormAdvice, type OrmPreference } from '../../src/domain/content/orm-advice';
import { ORM_COMPARISON } from '../../src/domain/content/orm-comparison';
import {
  MILESTONES,
  RELEASES,
  SQLMODEL_SQLALCHEMY_PIN,
  knownVersions,
  type Release,
} from '../../src/domain/content/releases';
import { isCitableRef, type Source } from '../../src/domain/content/sourced';
import { SOURCES } from '../../src/domain/content/sources';
import { STACK_PACKAGES } from '../../src/domain/content/stack-packages';
import { WHEN_TO_CHOOSE } from '../../src/domain/content/when-to-choose';
import { FRAMEWORK_IDS } from '../../src/domain/frameworks';
import { CRITERIA_2026_11 } from '../../src/domain/models/criteria-2026-11';

/** A shown claim and the sources printed beside it. */
interface Claim {
  readonly where: string;
  readonly text: string;
  readonly sources: readonly Source[];
}

const ADVICE = FRAMEWORK_IDS.flatMap((winner) =>
  (['django', 'sqlalchemy', 'none', 'any'] as const satisfies readonly OrmPreference[]).map(
    (orm) => ({ where: `advice ${winner}/${orm}`, advice: ormAdvice(orm, winner) }),
  ),
);

/** Every claim the app states as a fact (opinions are labelled and need a note instead). */
const FACT_CLAIMS: readonly Claim[] = [
  ...FEATURE_ROWS.flatMap((row) =>
    FRAMEWORK_IDS.map((id) => ({
      where: `feature ${row.id}/${id}`,
      text: row.cells[id].text,
      sources: row.cells[id].sources,
    })),
  ),
  ...FRAMEWORK_IDS.flatMap((id) => [
    {
      where: `profile ${id}`,
      text: FRAMEWORK_PROFILES[id].tagline,
      sources: FRAMEWORK_PROFILES[id].sources,
    },
    {
      where: `profile ${id} release`,
      text: FRAMEWORK_PROFILES[id].latestRelease.version,
      sources: [FRAMEWORK_PROFILES[id].latestRelease.source],
    },
    ...FRAMEWORK_PROFILES[id].notes.map((note) => ({
      where: `profile ${id} note`,
      text: note.text,
      sources: note.sources,
    })),
  ]),
  ...KEY_FACTS.filter((fact) => fact.kind === 'fact').map((fact) => ({
    where: 'key fact',
    text: fact.text,
    sources: fact.sources,
  })),
  ...ORM_COMPARISON.map((row) => ({
    where: `orm ${row.id}`,
    text: `${row.django} ${row.sqlalchemy}`,
    sources: row.sources,
  })),
  ...ADVICE.map(({ where, advice }) => ({
    where,
    text: [advice.headline, ...advice.body].join(' '),
    sources: advice.sources,
  })),
  ...FRAMEWORK_IDS.flatMap((id) =>
    WHEN_TO_CHOOSE[id]
      .filter((item) => !item.opinion || item.note !== undefined)
      .map((item) => ({
        where: `when ${id}`,
        text: `${item.text} ${item.note ?? ''}`,
        sources: item.sources ?? [],
      })),
  ),
  ...CRITERIA_2026_11.filter((criterion) => criterion.kind !== 'team').flatMap((criterion) =>
    FRAMEWORK_IDS.map((id) => ({
      where: `criterion ${criterion.id}/${id}`,
      text: criterion.justification[id] ?? '',
      sources: criterion.sources[id] ?? [],
    })),
  ),
  ...STACK_PACKAGES.map((pkg) => ({
    where: `package ${pkg.name}`,
    text: pkg.purpose,
    sources: [pkg.source],
  })),
];

/** Every string of the typed content a reader sees as text (sources, which name their page, left out). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (typeof value === 'object' && value !== null && !('ref' in value)) {
    for (const item of Object.values(value)) strings(item, out);
  }
  return out;
}

const ALL_SOURCES: readonly Source[] = [
  ...Object.values(SOURCES),
  ...Object.values(RELEASES).map((release: Release) => release.source),
  ...SQLMODEL_SQLALCHEMY_PIN.sources,
  ...FACT_CLAIMS.flatMap((claim) => claim.sources),
];

const VERSION = /(?<![\w.])\d+\.\d+(?:\.\d+)*(?![\w.]*\d)/g;

describe('every shown claim has a source', () => {
  it('collects the claims it checks', () => {
    expect(FACT_CLAIMS.length).toBeGreaterThan(150);
  });

  it.each(FACT_CLAIMS.map((claim) => [claim.where, claim] as const))(
    '%s cites at least one source',
    (_where, claim) => {
      expect(claim.text.trim()).not.toBe('');
      expect(claim.sources.length).toBeGreaterThan(0);
    },
  );

  it('explains every opinion and unverified key fact in a note', () => {
    for (const fact of KEY_FACTS.filter((entry) => entry.kind !== 'fact')) {
      expect(fact.note?.trim() ?? '', fact.text).not.toBe('');
    }
  });
});

describe('every source is a link a reader can open', () => {
  it.each(ALL_SOURCES.map((source) => [source.ref, source] as const))(
    '%s is https, pinned where it is a repository, and dated no later than the data date',
    (ref, source) => {
      const url = new URL(ref);
      expect(url.protocol).toBe('https:');
      expect(isCitableRef(ref)).toBe(true);
      expect(source.label.trim().length).toBeGreaterThan(5);
      expect(source.asOf, ref).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect((source.asOf ?? '') <= DATA_DATE).toBe(true);
    },
  );

  it.each([
    ['https://github.com/fastapi/fastapi', false],
    ['https://github.com/fastapi/fastapi/', false],
    ['https://github.com/fastapi/fastapi/releases', false],
    ['https://github.com/fastapi/fastapi/blob/main', false],
    ['https://github.com/fastapi/fastapi/blob/0.141.1/pyproject.toml', true],
    ['https://github.com/fastapi/fastapi/releases/tag/0.141.1', true],
    ['https://github.com/TechEmpower/FrameworkBenchmarks/tree/R23/frameworks/Python', true],
    ['https://github.com/TechEmpower/FrameworkBenchmarks/issues/10932', true],
    ['http://docs.djangoproject.com/en/6.1/', false],
    ['fastapi/fastapi:pyproject.toml', false],
    ['https://docs.djangoproject.com/en/6.1/topics/async/', true],
  ])('isCitableRef(%j) is %s', (ref, expected) => {
    expect(isCitableRef(ref)).toBe(expected);
  });

  it('never cites the docs of a Django release long out of support', () => {
    for (const source of ALL_SOURCES) expect(source.ref).not.toMatch(/\/en\/[1-4]\.\d+\//);
  });
});

describe('one table of versions', () => {
  const known = knownVersions();

  it('dates every release no later than the data date, with a link to it', () => {
    for (const release of Object.values(RELEASES) as Release[]) {
      if (release.date !== undefined) {
        expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(release.date <= DATA_DATE, release.package).toBe(true);
      }
      expect(release.source.ref).toMatch(/^https:\/\//);
    }
    for (const milestone of Object.values(MILESTONES)) {
      expect(milestone.version).toMatch(/^\d+\.\d+(\.\d+)?$/);
    }
  });

  it('shows only versions that come from the table', () => {
    const shown = FACT_CLAIMS.flatMap((claim) => claim.text.match(VERSION) ?? []);
    const opinions = strings([KEY_FACTS, WHEN_TO_CHOOSE, FEATURE_ROWS, CRITERIA_2026_11]).flatMap(
      (text) => text.match(VERSION) ?? [],
    );
    expect(shown.length).toBeGreaterThan(20);
    for (const version of [...shown, ...opinions]) expect(known, version).toContain(version);
  });

  it.each([
    'feature-rows.ts',
    'framework-profiles.ts',
    'key-facts.ts',
    'orm-advice.ts',
    'orm-comparison.ts',
    'when-to-choose.ts',
  ])('content/%s types no version number of its own', (file) => {
    const code = readFileSync(resolve('src/domain/content', file), 'utf8');
    expect(code.match(VERSION) ?? []).toEqual([]);
  });

  it('gives every package in the recipes its newest release from the table', () => {
    const tablePackages = new Set(Object.values(RELEASES).map((release) => release.package));
    const releases: readonly unknown[] = Object.values(RELEASES);
    for (const pkg of STACK_PACKAGES) {
      expect(tablePackages, pkg.name).toContain(pkg.name);
      if (pkg.latest) expect(releases).toContain(pkg.latest);
    }
    for (const id of FRAMEWORK_IDS) {
      expect(releases).toContain(FRAMEWORK_PROFILES[id].latestRelease);
    }
  });
});

describe('the corrections of the December 2026 audit hold', () => {
  const everything = strings([
    FEATURE_ROWS.map((row) => row.cells),
    FRAMEWORK_PROFILES,
    KEY_FACTS,
    ORM_COMPARISON.map(({ correction: _correction, ...row }) => row),
    ADVICE.map((entry) => entry.advice),
    WHEN_TO_CHOOSE,
    CRITERIA_2026_11.map((criterion) => [criterion.justification, criterion.whyItMatters]),
  ]).join('\n');

  it.each([
    ['the old SQLAdmin repository', /aminalaee/],
    ['SQLAdmin 0.24', /0\.24\b/],
    ['the 2.0 line at 2.0.52', /2\.0\.52/],
    ['autoflush "always applies"', /autoflush always applies/i],
    ['SQLModel "sits on top of" the SQLAlchemy 2.1 recipe', /sits on top of/i],
    ['TestClient "based on HTTPX"', /based on HTTPX|HTTPX-based/i],
    ['Celery as "the other common route" for Django', /other common route|Celery is common/i],
    ['the unsourced Django 35% / Flask 34%', /\b35%|\b34%/],
    ['"Latest" as a label', /\bLatest\b/],
    ['"FastAPI use is growing" in the present tense', /use is growing/i],
  ])('never says: %s', (_what, pattern) => {
    expect(everything).not.toMatch(pattern);
  });

  it('tells FastAPI users that SQLModel needs SQLAlchemy below 2.1 wherever it suggests SQLModel with the 2.1 recipe', () => {
    const advice = ormAdvice('any', 'fastapi');
    const text = advice.body.join(' ');
    expect(text).toMatch(/SQLModel/);
    expect(text).toMatch(/below 2\.1/);
    expect(advice.sources).toContain(SQLMODEL_SQLALCHEMY_PIN.sources[0]);
    expect(SQLMODEL_SQLALCHEMY_PIN.requirement).toBe('SQLAlchemy>=2.0.14,<2.1.0');
    expect(SQLMODEL_SQLALCHEMY_PIN.sqlalchemy.version.startsWith('2.0.')).toBe(true);
  });

  it("states Django's annual release cycle (DEP 0020) with its source", () => {
    const release = FEATURE_ROWS.find((row) => row.id === 'release-policy');
    expect(release?.cells.django.text).toMatch(/one feature release a year/);
    expect(release?.cells.django.sources).toContain(SOURCES.djangoAnnualCycle);
  });
});
