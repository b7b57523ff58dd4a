import type { FrameworkId } from '../frameworks';
import type { Source } from './sourced';
import type { FlooredPackage } from './stack-floors';
import { SOURCES } from './sources';

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
  /** Release (tag) date, `YYYY-MM-DD`. */
  readonly date: string;
}

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
  /** Absent when the fact sheet names the package without an exact version. */
  readonly latest?: ConfirmedRelease;
  /** What it does in this stack, one line. */
  readonly purpose: string;
  readonly source: Source;
}

const TAGS = {
  djangoNinja: {
    label: 'django-ninja release tags',
    ref: 'vitalik/django-ninja',
    asOf: '2026-08-17',
  },
  drf: {
    label: 'Django REST framework release tags',
    ref: 'encode/django-rest-framework',
    asOf: '2026-08-07',
  },
  gunicorn: {
    label: 'Gunicorn news 2026 and ASGI docs',
    ref: 'benoitc/gunicorn:docs/content/2026-news.md',
    asOf: '2026-08-18',
  },
  apiFlask: { label: 'APIFlask release tags', ref: 'apiflask/apiflask', asOf: '2026-06-19' },
  flaskAdmin: {
    label: 'Flask-Admin release tags',
    ref: 'pallets-eco/flask-admin',
    asOf: '2026-05-07',
  },
  pydantic: { label: 'Pydantic release tags', ref: 'pydantic/pydantic', asOf: '2026-08-18' },
  uvicorn: { label: 'Uvicorn release tags', ref: 'Kludex/uvicorn', asOf: '2026-07-08' },
} as const satisfies Record<string, Source>;

/**
 * Every package a stack recipe can name, per framework, in the order a `pip install` line lists
 * them: the framework, its API layer, the database pieces, the admin, the server. Versions and
 * dates are the newest releases framework-facts.md confirms (sections 2, 4, 5 and 7, sources up to
 * October 2026), shown as the newest known release; the install line asks for the floor in
 * stack-floors.ts, the oldest release that supports the starter.
 */
export const STACK_PACKAGES: readonly StackPackage[] = [
  // Django: ORM, migrations and admin are built in.
  {
    name: 'Django',
    framework: 'django',
    needs: [],
    latest: { version: '6.1.2', date: '2026-10-06' },
    purpose: 'The framework, with its ORM, migrations, admin, auth and templates built in.',
    source: SOURCES.django612Notes,
  },
  {
    name: 'django-ninja',
    framework: 'django',
    needs: ['ninja'],
    latest: { version: '1.6.3', date: '2026-08-17' },
    purpose: 'API endpoints validated by Pydantic, with OpenAPI docs generated from type hints.',
    source: TAGS.djangoNinja,
  },
  {
    name: 'djangorestframework',
    framework: 'django',
    needs: ['drf'],
    latest: { version: '3.18.0', date: '2026-08-07' },
    purpose: 'Django REST framework: serializers, API views and permissions (needs Django 5.2+).',
    source: TAGS.drf,
  },
  {
    name: 'gunicorn',
    framework: 'django',
    needs: [],
    unless: ['async'],
    latest: { version: '26.1.0', date: '2026-08-18' },
    purpose: 'The production WSGI server.',
    source: TAGS.gunicorn,
  },
  {
    name: 'uvicorn',
    framework: 'django',
    needs: ['async'],
    purpose: 'An ASGI server, for async views in development and production.',
    source: TAGS.uvicorn,
  },

  // Flask: a small core; the database layer, migrations and admin are extensions.
  {
    name: 'Flask',
    framework: 'flask',
    needs: [],
    extras: [{ name: 'async', when: 'async' }],
    latest: { version: '3.1.3', date: '2026-02-18' },
    purpose:
      'The framework: routing, Jinja2 templates and a test client; the async extra allows async def views.',
    source: SOURCES.flaskChanges,
  },
  {
    name: 'APIFlask',
    framework: 'flask',
    needs: ['apiflask'],
    latest: { version: '3.1.1', date: '2026-06-19' },
    purpose: 'Flask with request validation, serialisation and automatic OpenAPI docs.',
    source: TAGS.apiFlask,
  },
  {
    name: 'Flask-SQLAlchemy',
    framework: 'flask',
    needs: ['sqlalchemy'],
    purpose: 'SQLAlchemy tied to the Flask app (it installs SQLAlchemy).',
    source: SOURCES.bestOfWebPython,
  },
  {
    name: 'Flask-Admin',
    framework: 'flask',
    needs: ['sqlalchemy', 'admin'],
    latest: { version: '2.2.0', date: '2026-05-07' },
    purpose: 'An admin panel generated from your models, behind a login with CSRF-protected forms.',
    source: TAGS.flaskAdmin,
  },
  {
    name: 'gunicorn',
    framework: 'flask',
    needs: [],
    latest: { version: '26.1.0', date: '2026-08-18' },
    purpose: 'The production WSGI server.',
    source: TAGS.gunicorn,
  },

  // FastAPI: an API framework; the database layer and admin are separate projects.
  {
    name: 'fastapi',
    framework: 'fastapi',
    needs: [],
    latest: { version: '0.141.1', date: '2026-07-29' },
    purpose:
      'The framework: async endpoints, dependency injection and OpenAPI docs from type hints.',
    source: SOURCES.fastapiReleaseNotes,
  },
  {
    name: 'pydantic',
    framework: 'fastapi',
    needs: [],
    latest: { version: '2.13.4', date: '2026-05-06' },
    purpose:
      'Request and response models. FastAPI installs it; it is listed because the app imports it.',
    source: TAGS.pydantic,
  },
  {
    name: 'SQLAlchemy',
    framework: 'fastapi',
    needs: ['sqlalchemy'],
    extras: [{ name: 'asyncio' }],
    latest: { version: '2.1.3', date: '2026-10-02' },
    purpose:
      'The ORM, used through its asyncio extension (since 2.1 the asyncio extra installs greenlet).',
    source: SOURCES.sqlalchemyQueryGuide,
  },
  {
    name: 'aiosqlite',
    framework: 'fastapi',
    needs: ['sqlalchemy'],
    purpose:
      'An async SQLite driver, to start without a database server; use asyncpg or psycopg 3 for PostgreSQL.',
    source: SOURCES.sqlalchemyInstall,
  },
  {
    name: 'sqladmin',
    framework: 'fastapi',
    needs: ['sqlalchemy', 'admin'],
    // The full extra brings itsdangerous, which the login's session cookie needs.
    extras: [{ name: 'full' }],
    latest: { version: '0.24.0', date: '2026-03-30' },
    purpose: 'SQLAdmin: an admin panel over the SQLAlchemy models, behind a login.',
    source: SOURCES.sqlAdmin,
  },
  {
    name: 'uvicorn',
    framework: 'fastapi',
    needs: [],
    latest: { version: '0.51.0', date: '2026-07-08' },
    purpose: 'The ASGI server FastAPI runs on by default.',
    source: TAGS.uvicorn,
  },
];
