import { DATA_DATE } from './data-date';
import type { Source } from './sourced';

/** One release of one package, and where a reader can check it. */
export interface Release {
  /** The distribution name on PyPI. */
  readonly package: string;
  readonly version: string;
  /** Release date, `YYYY-MM-DD`; absent when no source we read dates the release. */
  readonly date?: string;
  readonly source: Source;
}

/** A PyPI release page, for versions read from a package index (its files carry the metadata). */
function pypi(pkg: string, version: string): Source {
  return {
    label: `PyPI: ${pkg} ${version}`,
    ref: `https://pypi.org/project/${pkg}/${version}/`,
    asOf: DATA_DATE,
  };
}

/** A GitHub release page for a tag. */
function tag(repo: string, tagName: string, label: string, asOf: string): Source {
  return { label, ref: `https://github.com/${repo}/releases/tag/${tagName}`, asOf };
}

/**
 * The newest release we know of for every package the app names, as of `DATA_DATE`: the only
 * place a current version number is typed. Dated releases come from repository tags (their tag
 * dates) or from release notes; versions that only a package index showed us carry no date.
 * Checked against the PyPI index by `npm run data:versions`.
 */
export const RELEASES = {
  django: {
    package: 'Django',
    version: '6.1.2',
    date: '2026-10-06',
    source: {
      label: 'Django 6.1.2 release notes',
      ref: 'https://docs.djangoproject.com/en/6.1/releases/6.1.2/',
      asOf: '2026-10-06',
    },
  },
  djangoNinja: {
    package: 'django-ninja',
    version: '1.6.3',
    date: '2026-08-17',
    source: tag('vitalik/django-ninja', 'v1.6.3', 'django-ninja release v1.6.3', '2026-08-17'),
  },
  djangorestframework: {
    package: 'djangorestframework',
    version: '3.18.0',
    date: '2026-08-07',
    source: tag(
      'encode/django-rest-framework',
      '3.18.0',
      'Django REST framework release 3.18.0',
      '2026-08-07',
    ),
  },
  channels: {
    package: 'channels',
    version: '4.3.2',
    date: '2025-11-20',
    source: {
      label: 'Django Channels 4.3.2 changelog',
      ref: 'https://github.com/django/channels/blob/4.3.2/CHANGELOG.txt',
      asOf: '2025-11-20',
    },
  },
  gunicorn: {
    package: 'gunicorn',
    version: '26.2.0',
    // The wheel's build date; gunicorn's tags in the snapshot we read stop at 26.1.0.
    date: '2026-08-24',
    source: pypi('gunicorn', '26.2.0'),
  },
  flask: {
    package: 'Flask',
    version: '3.1.3',
    date: '2026-02-18',
    source: tag('pallets/flask', '3.1.3', 'Flask release 3.1.3', '2026-02-18'),
  },
  apiflask: {
    package: 'APIFlask',
    version: '3.1.1',
    date: '2026-06-19',
    source: tag('apiflask/apiflask', '3.1.1', 'APIFlask release 3.1.1', '2026-06-19'),
  },
  flaskSqlalchemy: {
    package: 'Flask-SQLAlchemy',
    version: '3.1.1',
    date: '2023-09-11',
    source: tag(
      'pallets-eco/flask-sqlalchemy',
      '3.1.1',
      'Flask-SQLAlchemy release 3.1.1',
      '2023-09-11',
    ),
  },
  flaskMigrate: {
    package: 'Flask-Migrate',
    version: '4.1.0',
    date: '2025-01-10',
    source: tag(
      'miguelgrinberg/Flask-Migrate',
      'v4.1.0',
      'Flask-Migrate release v4.1.0',
      '2025-01-10',
    ),
  },
  flaskAdmin: {
    package: 'Flask-Admin',
    version: '2.2.0',
    date: '2026-05-07',
    source: tag('pallets-eco/flask-admin', 'v2.2.0', 'Flask-Admin release v2.2.0', '2026-05-07'),
  },
  flaskSecurity: {
    package: 'Flask-Security',
    version: '5.8.1',
    date: '2026-05-21',
    source: tag(
      'pallets-eco/flask-security',
      '5.8.1',
      'Flask-Security release 5.8.1',
      '2026-05-21',
    ),
  },
  flaskLogin: {
    package: 'Flask-Login',
    version: '0.6.3',
    date: '2023-10-30',
    source: tag('maxcountryman/flask-login', '0.6.3', 'Flask-Login release 0.6.3', '2023-10-30'),
  },
  flaskSocketio: {
    package: 'Flask-SocketIO',
    version: '5.6.1',
    date: '2026-02-21',
    source: tag(
      'miguelgrinberg/Flask-SocketIO',
      'v5.6.1',
      'Flask-SocketIO release v5.6.1',
      '2026-02-21',
    ),
  },
  flaskSock: {
    package: 'flask-sock',
    version: '0.7.0',
    date: '2023-10-02',
    source: tag('miguelgrinberg/flask-sock', 'v0.7.0', 'flask-sock release v0.7.0', '2023-10-02'),
  },
  flaskSmorest: {
    package: 'flask-smorest',
    version: '0.47.0',
    date: '2026-03-22',
    source: tag(
      'marshmallow-code/flask-smorest',
      '0.47.0',
      'flask-smorest release 0.47.0',
      '2026-03-22',
    ),
  },
  celery: {
    package: 'celery',
    version: '5.6.3',
    date: '2026-03-26',
    source: pypi('celery', '5.6.3'),
  },
  fastapi: {
    package: 'fastapi',
    version: '0.142.2',
    source: pypi('fastapi', '0.142.2'),
  },
  starlette: {
    package: 'starlette',
    version: '1.7.0',
    source: pypi('starlette', '1.7.0'),
  },
  pydantic: {
    package: 'pydantic',
    version: '2.13.5',
    source: pypi('pydantic', '2.13.5'),
  },
  sqlalchemy: {
    package: 'SQLAlchemy',
    version: '2.1.3',
    date: '2026-10-02',
    source: {
      label: 'SQLAlchemy 2.1 changelog: 2.1.3',
      ref: 'https://docs.sqlalchemy.org/en/21/changelog/changelog_21.html#change-2.1.3',
      asOf: '2026-10-02',
    },
  },
  /** The older 2.0 line, still maintained; SQLModel requires it. */
  sqlalchemy20: {
    package: 'SQLAlchemy',
    version: '2.0.54',
    // The wheel's build date.
    date: '2026-09-15',
    source: {
      label: 'SQLAlchemy 2.0 changelog: 2.0.54',
      ref: 'https://docs.sqlalchemy.org/en/20/changelog/changelog_20.html#change-2.0.54',
      asOf: DATA_DATE,
    },
  },
  aiosqlite: {
    package: 'aiosqlite',
    version: '0.22.1',
    date: '2025-12-23',
    source: pypi('aiosqlite', '0.22.1'),
  },
  alembic: {
    package: 'alembic',
    version: '1.20.0',
    date: '2026-09-11',
    source: pypi('alembic', '1.20.0'),
  },
  sqlmodel: {
    package: 'sqlmodel',
    version: '0.0.47',
    source: pypi('sqlmodel', '0.0.47'),
  },
  sqladmin: {
    package: 'sqladmin',
    version: '0.31.0',
    date: '2026-08-06',
    source: tag(
      'smithyhq/sqladmin',
      '0.31.0',
      'SQLAdmin release 0.31.0 (smithyhq/sqladmin)',
      '2026-08-06',
    ),
  },
  starletteAdmin: {
    package: 'starlette-admin',
    version: '1.0.0',
    date: '2026-08-16',
    source: tag('jowilf/starlette-admin', '1.0.0', 'starlette-admin release 1.0.0', '2026-08-16'),
  },
  uvicorn: {
    package: 'uvicorn',
    version: '0.54.0',
    source: pypi('uvicorn', '0.54.0'),
  },
  fastapiUsers: {
    package: 'fastapi-users',
    version: '15.0.5',
    date: '2026-03-27',
    source: tag(
      'fastapi-users/fastapi-users',
      'v15.0.5',
      'fastapi-users release v15.0.5',
      '2026-03-27',
    ),
  },
} as const satisfies Record<string, Release>;

/**
 * SQLModel pins SQLAlchemy below 2.1: every SQLModel release we found (0.0.39 to 0.0.47) requires
 * `SQLAlchemy>=2.0.14,<2.1.0`. The ORM advice says so, and a recipe that installs SQLModel must
 * pair it with the 2.0 line, never with a SQLAlchemy 2.1 requirement.
 */
export const SQLMODEL_SQLALCHEMY_PIN = {
  /** SQLModel's requirement on SQLAlchemy, as its package metadata states it. */
  requirement: 'SQLAlchemy>=2.0.14,<2.1.0',
  /** The first SQLAlchemy version it refuses. */
  below: '2.1.0',
  /** The newest SQLModel we know of, and the newest SQLAlchemy it accepts. */
  sqlmodel: RELEASES.sqlmodel,
  sqlalchemy: RELEASES.sqlalchemy20,
  sources: [
    {
      label: 'SQLModel 0.0.39 pyproject.toml (SQLAlchemy >=2.0.14,<2.1.0)',
      ref: 'https://github.com/fastapi/sqlmodel/blob/0.0.39/pyproject.toml',
      asOf: '2026-06-25',
    },
    RELEASES.sqlmodel.source,
  ],
} as const;

/** One past release a sentence refers to ("async views since 3.1"): history, not the newest. */
export interface Milestone {
  readonly package: string;
  readonly version: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` for a planned release. */
  readonly date?: string;
}

/**
 * Past (and announced) releases the content mentions, so that no version number is typed
 * outside this file. Each sentence that uses one cites the release notes or changelog for it.
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
  starlette17: { package: 'starlette', version: '1.7' },
  sqlalchemy14: { package: 'SQLAlchemy', version: '1.4' },
  sqlalchemy20: { package: 'SQLAlchemy', version: '2.0' },
  sqlalchemy21: { package: 'SQLAlchemy', version: '2.1' },
  gunicornAsgiStable: { package: 'gunicorn', version: '25.1.0', date: '2026-02-13' },
  python38: { package: 'Python', version: '3.8' },
  python39: { package: 'Python', version: '3.9' },
} as const satisfies Record<string, Milestone>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "May 2026" for `2026-05-07` (or `2026-05`); `undefined` for no date. */
export function monthYear(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const [year, month] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  return name ? `${name} ${year}` : year;
}

/** "6 October 2026" for `2026-10-06`; the month and year for shorter dates. */
export function longDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const [, , day] = date.split('-');
  const rest = monthYear(date);
  return day ? `${Number(day)} ${rest}` : rest;
}

/** A release in brackets' worth of words: "2.2.0, May 2026", or just "0.142.2" without a date. */
export function versionAndMonth(release: Release): string {
  const month = monthYear(release.date);
  return month ? `${release.version}, ${month}` : release.version;
}

/** Every version number the app may show: newest releases and milestones. */
export function knownVersions(): ReadonlySet<string> {
  return new Set<string>([
    ...Object.values(RELEASES).map((release) => release.version),
    ...Object.values(MILESTONES).map((milestone) => milestone.version),
  ]);
}
