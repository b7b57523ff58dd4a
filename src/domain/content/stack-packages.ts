import type { FrameworkId } from '../frameworks';
import { RELEASES, type Release } from './releases';
import type { Source } from './sourced';
import type { FlooredPackage } from './stack-floors';

/**
 * What a recipe can ask for, decided from the answers by stack-recipe.ts:
 * - `sqlalchemy`: a SQLAlchemy database layer (Flask, FastAPI; Django keeps its own ORM)
 * - `admin`: an admin panel over that database
 * - `ninja` / `drf`: Django's API layer; `apiflask`: Flask's API layer with OpenAPI docs
 * - `async`: async views (Flask's `async` extra)
 */
export type RecipeFeature = 'sqlalchemy' | 'admin' | 'ninja' | 'drf' | 'apiflask' | 'async';

export interface StackPackage {
  /** The distribution name on PyPI, as the project spells it; its floor is in stack-floors.ts. */
  readonly name: FlooredPackage;
  readonly framework: FrameworkId;
  /** The package is in a recipe only when the recipe has every one of these features. */
  readonly needs: readonly RecipeFeature[];
  /** ...and none of these. */
  readonly unless?: readonly RecipeFeature[];
  /** Extras to install, each only with its feature (or always, without one). */
  readonly extras?: readonly { readonly name: string; readonly when?: RecipeFeature }[];
  /** The newest release we know of; absent when our sources name no exact version. */
  readonly latest?: Release;
  /** What it does in this stack, one line. */
  readonly purpose: string;
  readonly source: Source;
}

/**
 * Every package a stack recipe can name, per framework, in the order a `pip install` line lists
 * them: the framework, its API layer, the database pieces, the admin, the server. `latest` is the
 * newest release we know of (releases.ts), shown beside the line; the install line asks for the
 * floor in stack-floors.ts, the oldest release that supports the starter.
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
    unless: ['async'],
    latest: RELEASES.gunicorn,
    purpose: 'The production WSGI server.',
    source: RELEASES.gunicorn.source,
  },
  {
    name: 'uvicorn',
    framework: 'django',
    needs: ['async'],
    latest: RELEASES.uvicorn,
    purpose: 'An ASGI server, for async views in development and production.',
    source: RELEASES.uvicorn.source,
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
    latest: RELEASES.flaskSqlalchemy,
    purpose: 'SQLAlchemy tied to the Flask app (it installs SQLAlchemy).',
    source: RELEASES.flaskSqlalchemy.source,
  },
  {
    name: 'Flask-Admin',
    framework: 'flask',
    needs: ['sqlalchemy', 'admin'],
    latest: RELEASES.flaskAdmin,
    purpose: 'An admin panel generated from your models, behind a login with CSRF-protected forms.',
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
    latest: RELEASES.aiosqlite,
    purpose:
      'An async SQLite driver, to start without a database server; use asyncpg or psycopg 3 for PostgreSQL.',
    source: RELEASES.aiosqlite.source,
  },
  {
    name: 'sqladmin',
    framework: 'fastapi',
    needs: ['sqlalchemy', 'admin'],
    // The full extra brings itsdangerous, which the login's session cookie needs.
    extras: [{ name: 'full' }],
    latest: RELEASES.sqladmin,
    purpose: 'SQLAdmin: an admin panel over the SQLAlchemy models, behind a login.',
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
