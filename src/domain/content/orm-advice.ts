import type { FrameworkId } from '../frameworks';
import { formatDay } from '../dates';
import { MILESTONES as M, RELEASES as R, versionAndMonth } from './releases';
import type { Source } from './sourced';
import { SOURCES } from './sources';

/** The answer to the wizard's database question; `undefined` (skipped) reads as `any`. */
export type OrmPreference = 'django' | 'sqlalchemy' | 'none' | 'any';

/** Advice on the database layer for the recommended framework. */
export interface OrmAdvice {
  readonly headline: string;
  /** Two to four short sentences. */
  readonly body: readonly string[];
  readonly sources: readonly Source[];
}

const SQLALCHEMY_LAZY =
  'Relations load lazily by default: load them eagerly with selectinload or joinedload to avoid N+1 queries.';
const SQLALCHEMY_ASYNC_LAZY =
  'Under asyncio, implicit lazy loads are not allowed: load relations eagerly with selectinload or joinedload, or use awaitable_attrs.';
const FLASK_SQLALCHEMY = `Flask's core has no database layer by design; Flask-SQLAlchemy (${versionAndMonth(R.flaskSqlalchemy)}) adds SQLAlchemy and ties its session to the app context.`;
const FLASK_MIGRATE = `Run migrations with Flask-Migrate (${versionAndMonth(R.flaskMigrate)}), which wraps Alembic, and add Flask-Admin if you need an admin.`;
const FASTAPI_SQLMODEL =
  'FastAPI has no ORM; its SQL tutorial uses SQLModel, which combines SQLAlchemy and Pydantic models.';
const SQLMODEL_SQLALCHEMY = `SQLModel accepts SQLAlchemy ${M.sqlalchemy21.version} since ${M.sqlmodelAcceptsSqlalchemy21.version} (${formatDay(M.sqlmodelAcceptsSqlalchemy21.date)}), so it can share an environment with the SQLAlchemy ${M.sqlalchemy21.version} the recipe installs; older SQLModel releases need the ${M.sqlalchemy20.version} line.`;
const SQLALCHEMY_ASYNC = `For async endpoints, SQLAlchemy's asyncio extension (create_async_engine, AsyncSession) runs over asyncpg, psycopg 3 or aiosqlite; from ${M.sqlalchemy21.version}, install sqlalchemy[asyncio].`;
const DJANGO_ORM_ASYNC = `Its async API (aget(), acreate(), async for) exists since ${M.django41.version}, but database work still runs in threads and transactions are not available in async code.`;
const DJANGO_EAGER =
  'Relations load lazily by default: load them eagerly with select_related or prefetch_related to avoid N+1 queries.';

const DJANGO_ORM_SOURCES = [
  SOURCES.djangoMigrations,
  SOURCES.djangoAdmin,
  SOURCES.django41Notes,
  SOURCES.djangoAsync,
  SOURCES.djangoQuerysets,
];
const FLASK_SQLALCHEMY_SOURCES = [
  SOURCES.flaskDesign,
  SOURCES.flaskSqlalchemyReadme,
  SOURCES.flaskSqlalchemyContexts,
  R.flaskMigrate.source,
  SOURCES.alembicTutorial,
  SOURCES.flaskAdminReadme,
  SOURCES.sqlalchemyQueryGuide,
];
const FASTAPI_SQLALCHEMY_SOURCES = [
  SOURCES.fastapiSql,
  SOURCES.sqlalchemyInstall,
  SOURCES.sqlalchemyAsyncio,
  SOURCES.alembicTutorial,
  SOURCES.sqlmodelRequirement,
];

const ADVICE = {
  django: {
    django: {
      headline: "Use Django's built-in ORM",
      body: [
        'Your models drive migrations (makemigrations and migrate), the admin, forms, DRF and django-ninja.',
        DJANGO_ORM_ASYNC,
        DJANGO_EAGER,
      ],
      sources: DJANGO_ORM_SOURCES,
    },
    any: {
      headline: "No preference: use Django's built-in ORM",
      body: [
        'It comes with the framework: the admin, forms, DRF and django-ninja all read its models, and migrations are built in.',
        DJANGO_ORM_ASYNC,
        DJANGO_EAGER,
      ],
      sources: DJANGO_ORM_SOURCES,
    },
    sqlalchemy: {
      headline: "Django with SQLAlchemy: possible, at the cost of Django's built-ins",
      body: [
        "Django's admin, forms, DRF and django-ninja all read Django model metadata, so tables defined in SQLAlchemy get none of them.",
        'You would run migrations with Alembic instead of makemigrations, and scope a SQLAlchemy Session per request yourself.',
        'If SQLAlchemy matters more than those built-ins, compare Flask (with Flask-SQLAlchemy) and FastAPI (whose docs use SQLModel).',
      ],
      sources: [
        SOURCES.djangoAdmin,
        SOURCES.djangoNinja,
        SOURCES.alembicTutorial,
        SOURCES.sqlalchemySession,
        SOURCES.fastapiSql,
      ],
    },
    none: {
      headline: 'Django without a relational database: much of the box goes unused',
      body: [
        "Django's admin, auth (users, groups, permissions), model forms and migrations are all built on its ORM and a relational database.",
        'Without one, those parts go unused: weigh whether the rest Django bundles (templates, CSRF and Content-Security-Policy protection, the test client) is worth it for your project.',
      ],
      sources: [
        SOURCES.djangoAdmin,
        SOURCES.djangoAuth,
        SOURCES.djangoSecurity,
        SOURCES.django60Notes,
        SOURCES.djangoTesting,
      ],
    },
  },
  flask: {
    sqlalchemy: {
      headline: 'Use SQLAlchemy through Flask-SQLAlchemy',
      body: [FLASK_SQLALCHEMY, FLASK_MIGRATE, SQLALCHEMY_LAZY],
      sources: FLASK_SQLALCHEMY_SOURCES,
    },
    any: {
      headline: 'No preference: we suggest Flask-SQLAlchemy',
      body: [FLASK_SQLALCHEMY, FLASK_MIGRATE, SQLALCHEMY_LAZY],
      sources: FLASK_SQLALCHEMY_SOURCES,
    },
    django: {
      headline: 'Flask has no built-in ORM: plan on SQLAlchemy',
      body: [
        "Django's ORM ships with Django, and Flask's core has no database layer at all.",
        'On Flask, SQLAlchemy through Flask-SQLAlchemy fills that role, with Flask-Migrate (Alembic) for migrations and Flask-Admin for an admin.',
        'Expect an explicit Session and select(...) queries instead of Model.objects.filter(...).',
      ],
      sources: [
        SOURCES.flaskDesign,
        SOURCES.flaskSqlalchemyReadme,
        R.flaskMigrate.source,
        SOURCES.flaskAdminReadme,
        SOURCES.sqlalchemyQueryGuide,
        SOURCES.djangoQuerysets,
      ],
    },
    none: {
      headline: 'Flask without a relational database: nothing to switch off',
      body: [
        "Flask's core has no database layer by design, so nothing in it assumes one.",
        'Add only the client library for the data store you use.',
      ],
      sources: [SOURCES.flaskDesign],
    },
  },
  fastapi: {
    sqlalchemy: {
      headline: 'Use SQLAlchemy 2.x with its asyncio extension',
      body: [
        SQLALCHEMY_ASYNC,
        SQLALCHEMY_ASYNC_LAZY,
        'Scope one Session per request with a FastAPI dependency, and run migrations with Alembic.',
        `FastAPI's own SQL tutorial uses SQLModel, which builds on SQLAlchemy and Pydantic and accepts SQLAlchemy ${M.sqlalchemy21.version} since ${M.sqlmodelAcceptsSqlalchemy21.version}.`,
      ],
      sources: FASTAPI_SQLALCHEMY_SOURCES,
    },
    any: {
      headline: 'No preference: SQLAlchemy, directly or through SQLModel',
      body: [
        FASTAPI_SQLMODEL,
        'The stack recipe below uses SQLAlchemy’s async API directly and creates its tables with an init-db command; add Alembic for migrations once the models start changing.',
        SQLMODEL_SQLALCHEMY,
        SQLALCHEMY_ASYNC,
      ],
      sources: FASTAPI_SQLALCHEMY_SOURCES,
    },
    django: {
      headline: 'FastAPI has no built-in ORM: plan on SQLAlchemy or SQLModel',
      body: [
        'FastAPI has no ORM; its docs use SQLModel (SQLAlchemy plus Pydantic), and any database library works.',
        "Coming from Django's ORM: migrations move to Alembic, and you scope an explicit Session per request, usually with a dependency.",
        "If you wanted Django's admin, the third-party options over SQLAlchemy are SQLAdmin and starlette-admin.",
      ],
      sources: [
        SOURCES.fastapiSql,
        SOURCES.alembicTutorial,
        SOURCES.sqlmodelRequirement,
        R.sqladmin.source,
        R.starletteAdmin.source,
      ],
    },
    none: {
      headline: 'FastAPI without a relational database: no assumptions to undo',
      body: [
        'FastAPI makes no database assumptions: any client library works, or none.',
        'Pydantic models still validate what your endpoints receive and return.',
      ],
      sources: [SOURCES.fastapiSql, SOURCES.fastapiFeatures],
    },
  },
} as const satisfies Record<FrameworkId, Record<OrmPreference, OrmAdvice>>;

/**
 * Two to four sentences on the database layer for `winner`, given the user's answer to the
 * database question. A skipped question (`undefined`) gets the same advice as "no preference".
 */
export function ormAdvice(orm: OrmPreference | undefined, winner: FrameworkId): OrmAdvice {
  return ADVICE[winner][orm ?? 'any'];
}
