import type { FrameworkId } from '../frameworks';
import { RELEASES } from './releases';
import type { Source } from './sourced';

/**
 * What a recipe can ask for, decided from the answers by stack-recipe.ts:
 * - `sqlalchemy`: a SQLAlchemy database layer (Flask, FastAPI; Django keeps its own ORM)
 * - `admin`: an admin panel over that database
 * - `ninja` / `drf`: Django's API layer; `apiflask`: Flask's API layer with OpenAPI docs
 * - `async`: async views (Flask's `async` extra)
 */
export type RecipeFeature = 'sqlalchemy' | 'admin' | 'ninja' | 'drf' | 'apiflask' | 'async';

/** The newest release the fact sheet confirms, and when it came out. */
export interface ConfirmedRelease {
  readonly version: string;
  /** Release (tag) date, `YYYY-MM-DD`; absent when no source we read dates it. */
  readonly date?: string;
}

export interface StackPackage {
  /** The distribution name on PyPI, as the project spells it. */
  readonly name: string;
  readonly framework: FrameworkId;
  /** The package is in a recipe only when the recipe has every one of these features. */
  readonly needs: readonly RecipeFeature[];
  /** Extras to install, each only with its feature (or always, without one). */
  readonly extras?: readonly { readonly name: string; readonly when?: RecipeFeature }[];
  /** Absent when the fact sheet names the package without an exact version. */
  readonly latest?: ConfirmedRelease;
  /** What it does in this stack, one line. */
  readonly purpose: string;
  readonly source: Source;
}

/**
 * Every package a stack recipe can name, per framework, in the order a `pip install` line lists
 * them: the framework, its API layer, the database pieces, the admin, the server. Versions and
 * dates are the newest releases framework-facts.md confirms (sections 2, 4, 5 and 7, sources up to
 * October 2026); a recipe asks for at least that release.
 */
export const STACK_PACKAGES: readonly StackPackage[] = [
  // Django: ORM, migrations and admin are built in.
  {
    name: 'Django',
    framework: 'django',
    needs: [],
    latest: RELEASES.django,
    purpose: 'The framework, with its ORM, migrations, admin, auth and templates built in.',
    source: RELEASES.django.source,
  },
  {
    name: 'django-ninja',
    framework: 'django',
    needs: ['ninja'],
    latest: RELEASES.djangoNinja,
    purpose: 'API endpoints validated by Pydantic, with OpenAPI docs generated from type hints.',
    source: RELEASES.djangoNinja.source,
  },
  {
    name: 'djangorestframework',
    framework: 'django',
    needs: ['drf'],
    latest: RELEASES.djangorestframework,
    purpose: 'Django REST framework: serializers, API views and permissions (needs Django 5.2+).',
    source: RELEASES.djangorestframework.source,
  },
  {
    name: 'gunicorn',
    framework: 'django',
    needs: [],
    latest: RELEASES.gunicorn,
    purpose:
      'The production server: WSGI, or its native ASGI worker (stable since 25.1.0) for async views.',
    source: RELEASES.gunicorn.source,
  },

  // Flask: a small core; the database layer, migrations and admin are extensions.
  {
    name: 'Flask',
    framework: 'flask',
    needs: [],
    extras: [{ name: 'async', when: 'async' }],
    latest: RELEASES.flask,
    purpose:
      'The framework: routing, Jinja2 templates and a test client; the async extra allows async def views.',
    source: RELEASES.flask.source,
  },
  {
    name: 'APIFlask',
    framework: 'flask',
    needs: ['apiflask'],
    latest: RELEASES.apiflask,
    purpose: 'Flask with request validation, serialisation and automatic OpenAPI docs.',
    source: RELEASES.apiflask.source,
  },
  {
    name: 'Flask-SQLAlchemy',
    framework: 'flask',
    needs: ['sqlalchemy'],
    purpose: 'SQLAlchemy tied to the Flask app (the 3.x line; it installs SQLAlchemy).',
    source: RELEASES.flaskSqlalchemy.source,
  },
  {
    name: 'Flask-Migrate',
    framework: 'flask',
    needs: ['sqlalchemy'],
    latest: RELEASES.flaskMigrate,
    purpose: 'Alembic migrations as flask db commands.',
    source: RELEASES.flaskMigrate.source,
  },
  {
    name: 'Flask-Admin',
    framework: 'flask',
    needs: ['sqlalchemy', 'admin'],
    latest: RELEASES.flaskAdmin,
    purpose: 'An admin panel generated from your models.',
    source: RELEASES.flaskAdmin.source,
  },
  {
    name: 'gunicorn',
    framework: 'flask',
    needs: [],
    latest: RELEASES.gunicorn,
    purpose: 'The production WSGI server.',
    source: RELEASES.gunicorn.source,
  },

  // FastAPI: an API framework; the database layer and admin are separate projects.
  {
    name: 'fastapi',
    framework: 'fastapi',
    needs: [],
    latest: RELEASES.fastapi,
    purpose:
      'The framework: async endpoints, dependency injection and OpenAPI docs from type hints.',
    source: RELEASES.fastapi.source,
  },
  {
    name: 'pydantic',
    framework: 'fastapi',
    needs: [],
    latest: RELEASES.pydantic,
    purpose:
      'Request and response models. FastAPI installs it; it is listed because the app imports it.',
    source: RELEASES.pydantic.source,
  },
  {
    name: 'SQLAlchemy',
    framework: 'fastapi',
    needs: ['sqlalchemy'],
    extras: [{ name: 'asyncio' }],
    latest: RELEASES.sqlalchemy,
    purpose:
      'The ORM, used through its asyncio extension (since 2.1 the asyncio extra installs greenlet).',
    source: RELEASES.sqlalchemy.source,
  },
  {
    name: 'aiosqlite',
    framework: 'fastapi',
    needs: ['sqlalchemy'],
    purpose:
      'An async SQLite driver, to start without a database server; use asyncpg or psycopg 3 for PostgreSQL.',
    source: RELEASES.aiosqlite.source,
  },
  {
    name: 'alembic',
    framework: 'fastapi',
    needs: ['sqlalchemy'],
    latest: RELEASES.alembic,
    purpose: 'Migrations for the SQLAlchemy models.',
    source: RELEASES.alembic.source,
  },
  {
    name: 'sqladmin',
    framework: 'fastapi',
    needs: ['sqlalchemy', 'admin'],
    latest: RELEASES.sqladmin,
    purpose: 'SQLAdmin: an admin panel over the SQLAlchemy models.',
    source: RELEASES.sqladmin.source,
  },
  {
    name: 'uvicorn',
    framework: 'fastapi',
    needs: [],
    latest: RELEASES.uvicorn,
    purpose: 'The ASGI server FastAPI runs on by default.',
    source: RELEASES.uvicorn.source,
  },
];
