import type { Source } from './sourced';

/**
 * The oldest release of each package that supports what the starter apps use: the `>=` floor of
 * a recipe's install line. Taken from each project's changelog (or pyproject, where a release is
 * defined by what it declares support for), never from the newest release, so the line installs
 * on a mirror that lags. The newest known release is shown separately (content/releases).
 */
export interface PackageFloor {
  /** The floor: `pip install "name>=version"`. */
  readonly version: string;
  /** The oldest CPython this floor's release line supports, `3.N`; absent when older than ours. */
  readonly python?: `3.${number}`;
  /** Why this release and not an older one, in one line. */
  readonly why: string;
  readonly source: Source;
}

/**
 * The oldest Python any recipe asks for: the oldest CPython still receiving security fixes
 * (3.9 reached its end of life in October 2025), which is also what Django 5.2 and Flask-Admin 2 need.
 */
export const PYTHON_FLOOR = {
  version: '3.10',
  source: {
    label: 'PEP 596: Python 3.9 release schedule (end of life 2025-10)',
    ref: 'https://peps.python.org/pep-0596/',
    asOf: '2025-10-31',
  },
} as const satisfies { version: `3.${number}`; source: Source };

const ASOF = '2026-12-01';

export const STACK_FLOORS = {
  Django: {
    version: '5.2',
    python: '3.10',
    why: 'The oldest series with security support (an LTS), and the last for Python 3.10 and 3.11: Django 6 needs 3.12.',
    source: {
      label: 'Django 5.2 release notes',
      ref: 'https://docs.djangoproject.com/en/5.2/releases/5.2/',
      asOf: ASOF,
    },
  },
  'django-ninja': {
    version: '1.5.0',
    why: 'The first release that declares support for Django 5.2.',
    source: {
      label: 'django-ninja 1.5.0 pyproject.toml',
      ref: 'https://github.com/vitalik/django-ninja/blob/v1.5.0/pyproject.toml',
      asOf: ASOF,
    },
  },
  djangorestframework: {
    version: '3.16.0',
    why: 'The first release with official Django 5.2 support.',
    source: {
      label: 'Django REST framework 3.16.0 release notes',
      ref: 'https://github.com/encode/django-rest-framework/blob/3.16.0/docs/community/release-notes.md',
      asOf: ASOF,
    },
  },
  gunicorn: {
    version: '23.0.0',
    why: 'Refuses requests with invalid framing (empty URI, CR/LF/NUL in header values) that older releases let through to the app.',
    source: {
      label: 'Gunicorn 23.0.0 changelog',
      ref: 'https://github.com/benoitc/gunicorn/blob/23.0.0/docs/source/news.rst',
      asOf: ASOF,
    },
  },
  uvicorn: {
    version: '0.30.0',
    why: 'The first release with the new multiprocess manager behind `--workers N`.',
    source: {
      label: 'Uvicorn 0.30.0 changelog',
      ref: 'https://github.com/Kludex/uvicorn/blob/0.30.0/CHANGELOG.md',
      asOf: ASOF,
    },
  },
  Flask: {
    version: '3.0',
    why: 'The first release that requires Werkzeug 3, the line pip installs beside it today.',
    source: {
      label: 'Flask 3.0.0 changes',
      ref: 'https://github.com/pallets/flask/blob/3.0.0/CHANGES.rst',
      asOf: ASOF,
    },
  },
  APIFlask: {
    version: '2.1.0',
    why: 'The first feature release after Flask 3.0 and Werkzeug 3.0.',
    source: {
      label: 'APIFlask changelog',
      ref: 'https://github.com/apiflask/apiflask/blob/2.1.0/CHANGES.md',
      asOf: ASOF,
    },
  },
  'Flask-SQLAlchemy': {
    version: '3.1',
    why: 'The first release built for SQLAlchemy 2 (it requires 2.0.16 or newer).',
    source: {
      label: 'Flask-SQLAlchemy 3.1.0 changes',
      ref: 'https://github.com/pallets-eco/flask-sqlalchemy/blob/3.1.0/CHANGES.rst',
      asOf: ASOF,
    },
  },
  'Flask-Admin': {
    version: '2.1.0',
    python: '3.10',
    why: 'The first release that takes `ModelView(Model, db)`; passing `db.session` is deprecated since.',
    source: {
      label: 'Flask-Admin 2.1.0 changelog',
      ref: 'https://github.com/pallets-eco/flask-admin/blob/v2.1.0/doc/changelog.rst',
      asOf: ASOF,
    },
  },
  fastapi: {
    version: '0.100.0',
    why: 'The first release on Pydantic 2 (`ConfigDict`, `model_validate`), after `lifespan` and `Annotated` dependencies arrived.',
    source: {
      label: 'FastAPI 0.100.0 release notes',
      ref: 'https://github.com/fastapi/fastapi/blob/0.100.0/docs/en/docs/release-notes.md',
      asOf: ASOF,
    },
  },
  pydantic: {
    version: '2.0',
    why: 'The starter uses the Pydantic 2 API: `ConfigDict(from_attributes=True)` and `model_validate`.',
    source: {
      label: 'Pydantic 2.0 history',
      ref: 'https://github.com/pydantic/pydantic/blob/v2.0/HISTORY.md',
      asOf: ASOF,
    },
  },
  SQLAlchemy: {
    version: '2.0',
    why: 'The starter uses the 2.0 API: `DeclarativeBase`, `Mapped`, `mapped_column` and `async_sessionmaker`.',
    source: {
      label: 'SQLAlchemy 2.0 changelog',
      ref: 'https://docs.sqlalchemy.org/en/20/changelog/changelog_20.html#change-2.0.0',
      asOf: ASOF,
    },
  },
  aiosqlite: {
    version: '0.20.0',
    why: 'The first release tested on Python 3.12.',
    source: {
      label: 'aiosqlite 0.20.0 changelog',
      ref: 'https://github.com/omnilib/aiosqlite/blob/v0.20.0/CHANGELOG.md',
      asOf: ASOF,
    },
  },
  sqladmin: {
    version: '0.24.0',
    why: 'Fixes access checks being skipped for exposed views and actions (#993).',
    source: {
      label: 'SQLAdmin 0.24.0 release',
      ref: 'https://github.com/aminalaee/sqladmin/releases/tag/0.24.0',
      asOf: ASOF,
    },
  },
} as const satisfies Record<string, PackageFloor>;

export type FlooredPackage = keyof typeof STACK_FLOORS;
