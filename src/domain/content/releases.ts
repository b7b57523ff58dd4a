import type { Source } from './sourced';
import { monthYear, shortDate } from '../dates';

/** One release of one package, and where a reader can check it. */
export interface Release {
  /** The distribution name on PyPI. */
  readonly package: string;
  readonly version: string;
  /** Release date, `YYYY-MM-DD`; absent when no source we read dates the release. */
  readonly date?: string;
  /**
   * When this version was last confirmed as the newest release, `YYYY-MM-DD`: by its project's
   * tags, changelog or release notes, or by `npm run data:versions -- --write` against an index.
   * The page says "newest release as of" this date, and flags it once it is 90 days old.
   */
  readonly checked: string;
  readonly source: Source;
}

/** How a package's release page is named and found, given a version. */
type Cite = (version: string) => Pick<Source, 'label' | 'ref'>;

/** The `major.minor` of a version: "6.1" for "6.1.2". */
function line(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

/** A release page on GitHub; `prefix` is what the project puts before the version in its tags. */
function githubRelease(repo: string, name: string, prefix = ''): Cite {
  return (version) => ({
    label: `${name} release ${prefix}${version}`,
    ref: `https://github.com/${repo}/releases/tag/${prefix}${version}`,
  });
}

/** A version's page on PyPI, for releases only a package index dates (its upload time). */
function pypiRelease(pkg: string): Cite {
  return (version) => ({
    label: `PyPI: ${pkg} ${version}`,
    ref: `https://pypi.org/project/${pkg}/${version}/`,
  });
}

const djangoReleaseNotes: Cite = (version) => ({
  label: `Django ${version} release notes`,
  ref: `https://docs.djangoproject.com/en/${line(version)}/releases/${version}/`,
});

const sqlalchemyChangelog: Cite = (version) => {
  const docs = line(version).replace('.', '');
  return {
    label: `SQLAlchemy ${line(version)} changelog: ${version}`,
    ref: `https://docs.sqlalchemy.org/en/${docs}/changelog/changelog_${docs}.html#change-${version}`,
  };
};

const channelsChangelog: Cite = (version) => ({
  label: `Django Channels ${version} changelog`,
  ref: `https://github.com/django/channels/blob/${version}/CHANGELOG.txt`,
});

/**
 * One entry of the table. The source is built from the version, so `npm run data:versions --
 * --write`, which edits only the version and the dates, never leaves a link to an older release;
 * the source's as-of date is the check date.
 */
function release(
  fields: Pick<Release, 'package' | 'version' | 'date' | 'checked'>,
  cite: Cite,
): Release {
  return { ...fields, source: { ...cite(fields.version), asOf: fields.checked } };
}

/**
 * The newest release we know of for every package the app names, each with the date it was last
 * confirmed as the newest (`checked`): the only place a current version number is typed. A version
 * is confirmed from its project's tags, changelog or release notes (or, by `npm run data:versions
 * -- --write`, from a package index); where a newer release was reported but could not be
 * confirmed, the entry keeps the confirmed version and the date it was last confirmed, so the page
 * shows how old the check is.
 */
export const RELEASES = {
  // 6.1.3 was due on 3 November 2026 (its notes said "Expected"); we have not seen it released.
  django: release(
    { package: 'Django', version: '6.1.2', date: '2026-10-06', checked: '2026-10-06' },
    djangoReleaseNotes,
  ),
  // 1.7.0 and 1.7.1 appear in other projects' pins; the project's own tags we read stop at 1.6.3.
  djangoNinja: release(
    { package: 'django-ninja', version: '1.6.3', date: '2026-08-17', checked: '2026-08-22' },
    githubRelease('vitalik/django-ninja', 'django-ninja', 'v'),
  ),
  djangorestframework: release(
    {
      package: 'djangorestframework',
      version: '3.18.3',
      date: '2026-10-06',
      checked: '2026-12-07',
    },
    githubRelease('encode/django-rest-framework', 'Django REST framework'),
  ),
  channels: release(
    { package: 'channels', version: '4.3.2', date: '2025-11-20', checked: '2026-12-07' },
    channelsChangelog,
  ),
  gunicorn: release(
    { package: 'gunicorn', version: '26.2.0', date: '2026-08-24', checked: '2026-12-07' },
    pypiRelease('gunicorn'),
  ),
  flask: release(
    { package: 'Flask', version: '3.1.3', date: '2026-02-18', checked: '2026-12-07' },
    githubRelease('pallets/flask', 'Flask'),
  ),
  apiflask: release(
    { package: 'APIFlask', version: '3.1.1', date: '2026-06-19', checked: '2026-12-07' },
    githubRelease('apiflask/apiflask', 'APIFlask'),
  ),
  flaskSqlalchemy: release(
    { package: 'Flask-SQLAlchemy', version: '3.1.1', date: '2023-09-11', checked: '2026-12-07' },
    githubRelease('pallets-eco/flask-sqlalchemy', 'Flask-SQLAlchemy'),
  ),
  flaskMigrate: release(
    { package: 'Flask-Migrate', version: '4.1.0', date: '2025-01-10', checked: '2026-12-07' },
    githubRelease('miguelgrinberg/Flask-Migrate', 'Flask-Migrate', 'v'),
  ),
  flaskAdmin: release(
    { package: 'Flask-Admin', version: '2.2.0', date: '2026-05-07', checked: '2026-12-07' },
    githubRelease('pallets-eco/flask-admin', 'Flask-Admin', 'v'),
  ),
  flaskSecurity: release(
    { package: 'Flask-Security', version: '5.8.1', date: '2026-05-21', checked: '2026-12-07' },
    githubRelease('pallets-eco/flask-security', 'Flask-Security'),
  ),
  flaskLogin: release(
    { package: 'Flask-Login', version: '0.6.3', date: '2023-10-30', checked: '2026-12-07' },
    githubRelease('maxcountryman/flask-login', 'Flask-Login'),
  ),
  flaskSocketio: release(
    { package: 'Flask-SocketIO', version: '5.6.1', date: '2026-02-21', checked: '2026-12-07' },
    githubRelease('miguelgrinberg/Flask-SocketIO', 'Flask-SocketIO', 'v'),
  ),
  flaskSock: release(
    { package: 'flask-sock', version: '0.7.0', date: '2023-10-02', checked: '2026-12-07' },
    githubRelease('miguelgrinberg/flask-sock', 'flask-sock', 'v'),
  ),
  // The release-files mirror of FastAPI's GitHub releases names 0.165.2 as the newest in late
  // November 2026 (0.164.0 is dated 18 November); no source we read dates 0.165.2 itself.
  fastapi: release(
    { package: 'fastapi', version: '0.165.2', checked: '2026-12-07' },
    githubRelease('fastapi/fastapi', 'FastAPI'),
  ),
  // A sdist of 2.14.0 is on PyPI (its URL and checksum are in public package formulae); no
  // source we read dates it.
  pydantic: release(
    { package: 'pydantic', version: '2.14.0', checked: '2026-12-07' },
    pypiRelease('pydantic'),
  ),
  sqlalchemy: release(
    { package: 'SQLAlchemy', version: '2.1.6', date: '2026-10-21', checked: '2026-12-07' },
    sqlalchemyChangelog,
  ),
  /** The older 2.0 line, still maintained. */
  sqlalchemy20: release(
    { package: 'SQLAlchemy', version: '2.0.55', date: '2026-10-16', checked: '2026-12-07' },
    sqlalchemyChangelog,
  ),
  aiosqlite: release(
    { package: 'aiosqlite', version: '0.22.1', date: '2025-12-23', checked: '2026-12-07' },
    pypiRelease('aiosqlite'),
  ),
  alembic: release(
    { package: 'alembic', version: '1.20.0', date: '2026-09-11', checked: '2026-12-07' },
    pypiRelease('alembic'),
  ),
  sqlmodel: release(
    { package: 'sqlmodel', version: '0.0.48', date: '2026-10-06', checked: '2026-12-07' },
    pypiRelease('sqlmodel'),
  ),
  // 0.32.0 appears in other projects' pins; the project's own tags we read stop at 0.31.0.
  sqladmin: release(
    { package: 'sqladmin', version: '0.31.0', date: '2026-08-06', checked: '2026-08-06' },
    (version) => ({
      ...githubRelease('smithyhq/sqladmin', 'SQLAdmin')(version),
      label: `SQLAdmin release ${version} (smithyhq/sqladmin)`,
    }),
  ),
  // 1.0.1 appears in other projects' pins; the project's own tags we read stop at 1.0.0.
  starletteAdmin: release(
    { package: 'starlette-admin', version: '1.0.0', date: '2026-08-16', checked: '2026-08-21' },
    githubRelease('jowilf/starlette-admin', 'starlette-admin'),
  ),
  uvicorn: release(
    { package: 'uvicorn', version: '0.54.0', checked: '2026-12-07' },
    pypiRelease('uvicorn'),
  ),
} as const satisfies Record<string, Release>;

/** One past release a sentence refers to ("async views since 3.1"): history, not the newest. */
export interface Milestone {
  readonly package: string;
  readonly version: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` for a planned release. */
  readonly date?: string;
}

/**
 * Past (and announced) releases the content and the released models' texts mention, so that no
 * version number is shown that this file does not know. Each sentence that uses one cites the
 * release notes or changelog for it.
 */
export const MILESTONES = {
  django31: { package: 'Django', version: '3.1', date: '2020-08-04' },
  django32: { package: 'Django', version: '3.2' },
  django41: { package: 'Django', version: '4.1', date: '2022-08-03' },
  django42: { package: 'Django', version: '4.2' },
  django52: { package: 'Django', version: '5.2' },
  django60: { package: 'Django', version: '6.0', date: '2025-12-03' },
  django61: { package: 'Django', version: '6.1' },
  django62: { package: 'Django', version: '6.2', date: '2027-04' },
  flask01: { package: 'Flask', version: '0.1', date: '2010-04-16' },
  flask20: { package: 'Flask', version: '2.0' },
  flask22: { package: 'Flask', version: '2.2' },
  flask32: { package: 'Flask', version: '3.2' },
  fastapiFirstTag: { package: 'fastapi', version: '0.1.11', date: '2018-12-15' },
  fastapi0109: { package: 'fastapi', version: '0.109' },
  fastapiDropPy38: { package: 'fastapi', version: '0.125.0' },
  fastapiDropPydanticV1: { package: 'fastapi', version: '0.126.0', date: '2025-12' },
  fastapiPydanticV1Gone: { package: 'fastapi', version: '0.128.0' },
  fastapiDropPy39: { package: 'fastapi', version: '0.129.0' },
  starletteTestClientHttpx2: { package: 'starlette', version: '1.2.0', date: '2026-05-28' },
  sqlmodelAcceptsSqlalchemy21: { package: 'sqlmodel', version: '0.0.48', date: '2026-10-06' },
  sqlalchemy14: { package: 'SQLAlchemy', version: '1.4' },
  sqlalchemy20: { package: 'SQLAlchemy', version: '2.0' },
  sqlalchemy21: { package: 'SQLAlchemy', version: '2.1' },
  gunicornAsgiStable: { package: 'gunicorn', version: '25.1.0', date: '2026-02-13' },
  python38: { package: 'Python', version: '3.8' },
  python39: { package: 'Python', version: '3.9' },
} as const satisfies Record<string, Milestone>;

/**
 * A release in brackets' worth of words, dated by its check: "2.2.0, May 2026, checked 7 Dec
 * 2026", or "0.165.2, checked 7 Dec 2026" when no source dates the release itself.
 */
export function versionAndMonth(release: Release): string {
  const month = release.date === undefined ? undefined : monthYear(release.date);
  const checked = `checked ${shortDate(release.checked)}`;
  return month ? `${release.version}, ${month}, ${checked}` : `${release.version}, ${checked}`;
}

/** Every version number the app may show: newest releases and milestones. */
export function knownVersions(): ReadonlySet<string> {
  return new Set<string>([
    ...Object.values(RELEASES).map((release) => release.version),
    ...Object.values(MILESTONES).map((milestone) => milestone.version),
  ]);
}
