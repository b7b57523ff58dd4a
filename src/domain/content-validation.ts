/**
 * One validator for everything the app states: the content files and every registered scoring
 * model, checked by the same rules and reported as one list of violations. Tests run it; nothing
 * in the app imports it, so it never reaches the bundle.
 *
 * Rules:
 * - `source-citable`: every source is an `https` link to a page, on GitHub pinned to a tag or commit.
 * - `source-versioned`: where a project versions its docs, the link names a version; no moving
 *   pages ("latest", "stable", a default branch, unversioned docs sites).
 * - `source-label`: every source says what it is, and no list names the same source twice.
 * - `date`: source, check and erratum dates are well formed and not after today; a release is
 *   not dated after its own check.
 * - `claim-sourced`: every claim shown as fact has at least one source; opinions and unverified
 *   lines carry a note instead.
 * - `version-known`: every version number in a shown text is one the release table knows.
 * - `wording`: no "Latest" as a label, and no "seed" anywhere a user reads.
 * - `erratum`: every erratum names a registered model, one of its criteria and frameworks.
 *
 * A released model's text cannot be edited: a violation in it counts as answered once an
 * erratum (models/errata.ts) corrects that criterion and framework.
 */
import { FEATURE_ROWS, rowSources, type FeatureRow } from './content/feature-rows';
import { FRAMEWORK_PROFILES, type FrameworkProfile } from './content/framework-profiles';
import { KEY_FACTS, type KeyFact } from './content/key-facts';
import { ormAdvice, type OrmAdvice, type OrmPreference } from './content/orm-advice';
import { ORM_COMPARISON, type OrmComparisonRow } from './content/orm-comparison';
import { knownVersions, RELEASES, type Release } from './content/releases';
import { isCitableRef, type Source } from './content/sourced';
import { STACK_FLOORS, type PackageFloor } from './content/stack-floors';
import { STACK_PACKAGES, type StackPackage } from './content/stack-packages';
import { WHEN_TO_CHOOSE, type WhenToChooseItem } from './content/when-to-choose';
import { uniqueSources } from './criterion-sources';
import { FRAMEWORK_IDS, type FrameworkId } from './frameworks';
import { GLOSSARY, type GlossaryEntry } from './glossary';
import type { ScoringModel } from './model-types';
import { ERRATA, type Erratum } from './models/errata';
import { MODEL_REGISTRY } from './scoring-models';

export type ContentRule =
  | 'source-citable'
  | 'source-versioned'
  | 'source-label'
  | 'date'
  | 'claim-sourced'
  | 'version-known'
  | 'wording'
  | 'erratum';

export interface Violation {
  readonly rule: ContentRule;
  /** Where the text or source is shown, e.g. `feature async/flask` or `model 2027-01 …`. */
  readonly where: string;
  readonly message: string;
}

/** Everything the validator reads; `APP_CONTENT` is the app's own, tests pass broken copies. */
export interface Content {
  readonly featureRows: readonly FeatureRow[];
  readonly profiles: Readonly<Record<FrameworkId, FrameworkProfile>>;
  readonly keyFacts: readonly KeyFact[];
  readonly ormComparison: readonly OrmComparisonRow[];
  readonly ormAdvice: (orm: OrmPreference, winner: FrameworkId) => OrmAdvice;
  readonly whenToChoose: Readonly<Record<FrameworkId, readonly WhenToChooseItem[]>>;
  readonly stackPackages: readonly StackPackage[];
  readonly stackFloors: Readonly<Record<string, PackageFloor>>;
  readonly glossary: readonly GlossaryEntry[];
  readonly releases: Readonly<Record<string, Release>>;
  readonly models: readonly ScoringModel[];
  readonly errata: readonly Erratum[];
  /** Version numbers a text may name: the release table's newest releases and milestones. */
  readonly versions: ReadonlySet<string>;
}

export const APP_CONTENT: Content = {
  featureRows: FEATURE_ROWS,
  profiles: FRAMEWORK_PROFILES,
  keyFacts: KEY_FACTS,
  ormComparison: ORM_COMPARISON,
  ormAdvice,
  whenToChoose: WHEN_TO_CHOOSE,
  stackPackages: STACK_PACKAGES,
  stackFloors: STACK_FLOORS,
  glossary: GLOSSARY,
  releases: RELEASES,
  models: MODEL_REGISTRY.models,
  errata: ERRATA,
  versions: knownVersions(),
};

/** One statement the app shows, the sources printed beside it, and whether it is a fact. */
export interface Claim {
  readonly where: string;
  readonly text: string;
  readonly sources: readonly Source[];
  /** `fact` needs a source; `opinion` and `unverified` need a `note`; `assessment` needs neither. */
  readonly kind: 'fact' | 'opinion' | 'unverified' | 'assessment';
  readonly note?: string;
  /** Version numbers in it are checked against the table (not in a floor's own `why`). */
  readonly checkVersions: boolean;
  /** Set for a released model's text: an erratum for it answers its violations. */
  readonly erratumKey?: string;
}

const ORM_PREFERENCES = ['django', 'sqlalchemy', 'none', 'any'] as const;

function erratumKey(model: string, criterion: string, framework?: FrameworkId): string {
  return `${model}/${criterion}/${framework ?? ''}`;
}

/** Every claim the app shows, from every content file and every registered model. */
export function shownClaims(content: Content): readonly Claim[] {
  const claims: Claim[] = [];
  const add = (claim: Omit<Claim, 'checkVersions'> & { checkVersions?: boolean }) =>
    claims.push({ checkVersions: true, ...claim });

  for (const row of content.featureRows) {
    for (const id of FRAMEWORK_IDS) {
      const cell = row.cells[id];
      add({
        where: `feature ${row.id}/${id}`,
        text: cell.text,
        sources: cell.sources,
        kind: row.opinion ? 'assessment' : 'fact',
      });
    }
    if (row.correction) {
      // A correction restates what the row's cells say, with their sources.
      add({
        where: `feature ${row.id} correction`,
        text: row.correction,
        sources: rowSources(row),
        kind: 'fact',
      });
    }
  }
  for (const id of FRAMEWORK_IDS) {
    const profile = content.profiles[id];
    add({ where: `card ${id}`, text: profile.tagline, sources: profile.sources, kind: 'fact' });
    add({
      where: `card ${id} release`,
      text: profile.latestRelease.version,
      sources: [profile.latestRelease.source],
      kind: 'fact',
    });
    for (const note of profile.notes) {
      add({ where: `card ${id} note`, text: note.text, sources: note.sources, kind: 'fact' });
    }
  }
  for (const [index, fact] of content.keyFacts.entries()) {
    add({
      where: `key fact ${index + 1}`,
      text: fact.text,
      sources: fact.sources,
      kind: fact.kind,
      ...(fact.note !== undefined && { note: fact.note }),
    });
  }
  for (const row of content.ormComparison) {
    add({
      where: `ORM table ${row.id}`,
      text: `${row.django} ${row.sqlalchemy}`,
      sources: row.sources,
      kind: 'fact',
    });
    if (row.correction) {
      add({
        where: `ORM table ${row.id} correction`,
        text: row.correction,
        sources: row.sources,
        kind: 'fact',
      });
    }
  }
  for (const winner of FRAMEWORK_IDS) {
    for (const orm of ORM_PREFERENCES) {
      const advice = content.ormAdvice(orm, winner);
      add({
        where: `ORM advice ${winner}/${orm}`,
        text: [advice.headline, ...advice.body].join(' '),
        sources: advice.sources,
        kind: 'fact',
      });
    }
  }
  for (const id of FRAMEWORK_IDS) {
    for (const item of content.whenToChoose[id]) {
      add({
        where: `when to choose ${id}: ${item.text}`,
        text: item.text,
        sources: item.opinion ? [] : (item.sources ?? []),
        kind: item.opinion ? 'assessment' : 'fact',
      });
      if (item.note !== undefined) {
        add({
          where: `when to choose ${id} note`,
          text: item.note,
          sources: item.sources ?? [],
          kind: 'fact',
        });
      }
    }
  }
  for (const pkg of content.stackPackages) {
    add({
      where: `recipe package ${pkg.name}`,
      text: pkg.purpose,
      sources: [pkg.source],
      kind: 'fact',
    });
  }
  for (const [name, floor] of Object.entries(content.stackFloors)) {
    // A floor's reason names Python and package versions of its own: the floors are a table too.
    add({
      where: `recipe floor ${name}`,
      text: floor.why,
      sources: [floor.source],
      kind: 'fact',
      checkVersions: false,
    });
  }
  for (const entry of content.glossary) {
    add({
      where: `glossary ${entry.term}`,
      text: entry.meaning,
      sources: [entry.source],
      kind: 'fact',
    });
  }
  for (const model of content.models) {
    for (const criterion of model.criteria) {
      const where = `model ${model.id} ${criterion.id}`;
      add({
        where: `${where} (label, question, why it matters)`,
        text: [criterion.label, criterion.question, criterion.whyItMatters].join(' '),
        sources: [],
        kind: 'assessment',
        erratumKey: erratumKey(model.id, criterion.id),
      });
      for (const id of model.frameworks) {
        add({
          where: `${where}/${id}`,
          text: criterion.justification[id] ?? '',
          // As the result report shows them: each page once.
          sources: uniqueSources(criterion.sources[id] ?? []),
          // Team criteria rate the user's own situation: our assessment, with nothing to cite.
          kind: criterion.kind === 'team' ? 'assessment' : 'fact',
          erratumKey: erratumKey(model.id, criterion.id, id),
        });
      }
    }
  }
  for (const erratum of content.errata) {
    add({
      where: `erratum ${erratumKey(erratum.model, erratum.criterion, erratum.framework)}`,
      text: erratum.correction,
      sources: erratum.sources,
      kind: 'fact',
    });
  }
  return claims;
}

const MOVING_SEGMENTS = new Set(['latest', 'stable', 'dev', 'main', 'master', 'current']);
/** Documentation sites with no versions of their own: cite the project's files at a tag instead. */
const UNVERSIONED_DOCS = new Set([
  'endoflife.date',
  'fastapi.tiangolo.com',
  'sqlmodel.tiangolo.com',
]);
/** Sites that version their docs, and the path that names a version. */
const VERSIONED_DOCS: Readonly<Record<string, RegExp>> = {
  'docs.djangoproject.com': /^\/[a-z-]+\/\d+\.\d+\//,
  'docs.sqlalchemy.org': /^\/en\/\d+\//,
  'flask.palletsprojects.com': /^\/en\/\d+\.\d+\.(?:x|\d+)\//,
  'docs.pydantic.dev': /^\/\d+\.\d+\//,
  'pypi.org': /^\/project\/[^/]+\/[^/]+\/$/,
};

/**
 * True when `ref` names a version of the page: a docs path with a version where the project
 * versions its docs, a GitHub file at a tag or commit, never "latest", "stable" or a branch.
 */
export function isVersionedRef(ref: string): boolean {
  let url: URL;
  try {
    url = new URL(ref);
  } catch {
    return false;
  }
  if (UNVERSIONED_DOCS.has(url.hostname)) return false;
  const segments = url.pathname.split('/').filter(Boolean);
  if (url.hostname === 'github.com') {
    const [, , kind, pin] = segments;
    return !((kind === 'blob' || kind === 'tree') && pin !== undefined && MOVING_SEGMENTS.has(pin));
  }
  if (segments.some((segment) => MOVING_SEGMENTS.has(segment.replace(/\.html?$/, '')))) {
    return false;
  }
  const versioned = VERSIONED_DOCS[url.hostname];
  return versioned === undefined || versioned.test(url.pathname);
}

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** A version number in running text ("3.1", "0.142.2"), not part of a longer token. */
const VERSION = /(?<![\w.])\d+\.\d+(?:\.\d+)*(?![\w.]*\d)/g;

function sourceViolations(where: string, source: Source, today: string): Violation[] {
  const found: Violation[] = [];
  const at = `${where}: ${source.ref}`;
  if (!isCitableRef(source.ref)) {
    found.push({
      rule: 'source-citable',
      where: at,
      message:
        'not an https link to a page (on GitHub: a file, release, issue or pull request at a tag or commit)',
    });
  } else if (!isVersionedRef(source.ref)) {
    found.push({
      rule: 'source-versioned',
      where: at,
      message: 'a moving page: cite the version that was read (versioned docs, or a file at a tag)',
    });
  }
  if (source.label.trim().length <= 5) {
    found.push({ rule: 'source-label', where: at, message: 'says nothing about what the page is' });
  }
  if (source.asOf === undefined || !PARTIAL_DATE.test(source.asOf)) {
    found.push({
      rule: 'date',
      where: at,
      message: `as-of date ${source.asOf ?? '(none)'} is not YYYY[-MM[-DD]]`,
    });
  } else if (source.asOf > today) {
    found.push({
      rule: 'date',
      where: at,
      message: `as of ${source.asOf}, after today (${today})`,
    });
  }
  return found;
}

function claimViolations(claim: Claim, versions: ReadonlySet<string>): Violation[] {
  const found: Violation[] = [];
  const { where, text } = claim;
  if (text.trim() === '') found.push({ rule: 'claim-sourced', where, message: 'empty text' });
  if (claim.kind === 'fact' && claim.sources.length === 0) {
    found.push({
      rule: 'claim-sourced',
      where,
      message: `shown as fact with no source: "${text}"`,
    });
  }
  const keys = claim.sources.map((source) => `${source.ref}|${source.label}`);
  if (new Set(keys).size < keys.length) {
    found.push({ rule: 'source-label', where, message: 'lists the same source twice' });
  }
  if ((claim.kind === 'opinion' || claim.kind === 'unverified') && !claim.note?.trim()) {
    found.push({ rule: 'claim-sourced', where, message: `${claim.kind} with no note saying why` });
  }
  const shown = [text, claim.note ?? ''].join(' ');
  if (claim.checkVersions) {
    for (const version of shown.match(VERSION) ?? []) {
      if (!versions.has(version)) {
        found.push({
          rule: 'version-known',
          where,
          message: `names ${version}, which the release table (releases.ts) does not know`,
        });
      }
    }
  }
  if (/\bLatest\b/.test(shown)) {
    found.push({
      rule: 'wording',
      where,
      message: 'says "Latest": say "newest release as of <date>"',
    });
  }
  if (/\bseed\b/i.test(shown)) {
    found.push({
      rule: 'wording',
      where,
      message: 'says "seed": say what the common comparison said',
    });
  }
  return found;
}

function releaseViolations(key: string, release: Release, today: string): Violation[] {
  const where = `release ${key} (${release.package} ${release.version})`;
  const found: Violation[] = [];
  if (!ISO_DATE.test(release.checked)) {
    found.push({ rule: 'date', where, message: `check date ${release.checked} is not YYYY-MM-DD` });
  } else if (release.checked > today) {
    found.push({
      rule: 'date',
      where,
      message: `checked ${release.checked}, after today (${today})`,
    });
  }
  if (release.date !== undefined) {
    if (!ISO_DATE.test(release.date)) {
      found.push({
        rule: 'date',
        where,
        message: `release date ${release.date} is not YYYY-MM-DD`,
      });
    } else if (release.date > release.checked) {
      found.push({
        rule: 'date',
        where,
        message: `released ${release.date}, after its check (${release.checked})`,
      });
    }
  }
  return found;
}

function erratumViolations(
  erratum: Erratum,
  models: readonly ScoringModel[],
  today: string,
): Violation[] {
  const where = `erratum ${erratumKey(erratum.model, erratum.criterion, erratum.framework)}`;
  const found: Violation[] = [];
  const criterion = models
    .find((model) => model.id === erratum.model)
    ?.criteria.find((entry) => entry.id === erratum.criterion);
  if (!criterion) {
    found.push({ rule: 'erratum', where, message: 'names no criterion of a registered model' });
  }
  if (!ISO_DATE.test(erratum.date) || erratum.date > today) {
    found.push({
      rule: 'date',
      where,
      message: `dated ${erratum.date}: not YYYY-MM-DD, or after today`,
    });
  }
  if (erratum.corrects.trim() === '') {
    found.push({ rule: 'erratum', where, message: 'does not quote what it corrects' });
  }
  return found;
}

/**
 * The claims that stand as shown: every shown claim except a released model's texts that an
 * erratum corrects (the page shows the correction beside them).
 */
export function currentClaims(content: Content): readonly Claim[] {
  const answered = new Set(
    content.errata.map((erratum) =>
      erratumKey(erratum.model, erratum.criterion, erratum.framework),
    ),
  );
  return shownClaims(content).filter(
    (claim) => claim.erratumKey === undefined || !answered.has(claim.erratumKey),
  );
}

/**
 * Every violation in `content` on `today` (`YYYY-MM-DD`), in one list: an empty list means every
 * shown claim is sourced, dated and worded as the rules above ask.
 */
export function validateContent(content: Content, today: string): readonly Violation[] {
  const violations: Violation[] = [];
  // Each source once, where it is first shown; a source only a corrected text cites is answered.
  const sources = new Map<string, { where: string; source: Source }>();
  const cite = (where: string, source: Source) => {
    const key = `${source.ref}|${source.label}|${source.asOf ?? ''}`;
    if (!sources.has(key)) sources.set(key, { where, source });
  };
  for (const claim of currentClaims(content)) {
    violations.push(...claimViolations(claim, content.versions));
    for (const source of claim.sources) cite(claim.where, source);
  }
  for (const [key, release] of Object.entries(content.releases)) {
    violations.push(...releaseViolations(key, release, today));
    cite(`release ${key}`, release.source);
  }
  for (const { where, source } of sources.values()) {
    violations.push(...sourceViolations(where, source, today));
  }
  for (const erratum of content.errata) {
    violations.push(...erratumViolations(erratum, content.models, today));
  }
  return violations;
}
