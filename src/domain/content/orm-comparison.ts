import { newestReleaseText } from './framework-profiles';
import { versionAndMonth } from './freshness';
import { MILESTONES as M, RELEASES as R } from './releases';
import type { Source } from './sourced';
import { SOURCES } from './sources';

/** One aspect of Django's ORM set against SQLAlchemy's. Code-like bits are plain text. */
export interface OrmComparisonRow {
  /** Kebab-case, stable. */
  readonly id: string;
  readonly aspect: string;
  readonly django: string;
  readonly sqlalchemy: string;
  readonly sources: readonly Source[];
  /** One line: what widely shared comparisons said and why it changed (only where the fact sheet corrects it). */
  readonly correction?: string;
}

/** The common Django ORM vs SQLAlchemy table, corrected per the fact sheet and the audits of December 2026. */
export const ORM_COMPARISON: readonly OrmComparisonRow[] = [
  {
    id: 'queries',
    aspect: 'Queries',
    django:
      'Book.objects.filter(...): chainable QuerySets that hit the database only when evaluated.',
    sqlalchemy: `select(Book).where(...), run with session.execute() or session.scalars() (${M.sqlalchemy20.version} style).`,
    sources: [SOURCES.djangoQuerysets, SOURCES.sqlalchemyQueryGuide],
  },
  {
    id: 'session',
    aspect: 'Session and transactions',
    django:
      'No session object. Each query commits on its own by default; group work with transaction.atomic(), or set ATOMIC_REQUESTS to wrap every view in a transaction.',
    sqlalchemy: `An explicit Session (identity map, unit of work) that your app scopes, usually one per request: a FastAPI dependency, or the app context with Flask-SQLAlchemy. Autoflush is on by default; from ${M.sqlalchemy21.version} it also runs before plain SQL (Core statements) executed through the Session, and you can still turn it off (autoflush=False, no_autoflush).`,
    sources: [
      SOURCES.djangoTransactions,
      SOURCES.sqlalchemySession,
      SOURCES.sqlalchemyAutoflush21,
      SOURCES.flaskSqlalchemyContexts,
    ],
    correction:
      'Widely shared comparisons said Django manages a session automatically per request; Django has no session object, and per-request transactions are opt-in.',
  },
  {
    id: 'migrations',
    aspect: 'Migrations',
    django: 'Built in: makemigrations and migrate.',
    sqlalchemy: `Alembic, a separate package (${versionAndMonth(R.alembic)}). Flask-Migrate (${versionAndMonth(R.flaskMigrate)}) wraps it for Flask.`,
    sources: [SOURCES.djangoMigrations, R.alembic.source, R.flaskMigrate.source],
  },
  {
    id: 'async',
    aspect: 'Async',
    django: `Async QuerySet methods (aget(), acreate(), async for) since ${M.django41.version} and async model methods since ${M.django42.version}, but database work still runs in threads and transactions are not available in async code.`,
    sqlalchemy: `asyncio extension since ${M.sqlalchemy14.version} for Core and ORM (create_async_engine, AsyncSession) over asyncpg, psycopg 3, aiosqlite or aiomysql/asyncmy. From ${M.sqlalchemy21.version}, install sqlalchemy[asyncio].`,
    sources: [
      SOURCES.django41Notes,
      SOURCES.django42Notes,
      SOURCES.djangoAsync,
      SOURCES.sqlalchemyAsyncio,
      SOURCES.sqlalchemyInstall,
    ],
    correction: `Widely shared comparisons said "limited" versus "full (asyncpg)": roughly right, but Django has had an async ORM API since ${M.django41.version}, and SQLAlchemy async works over several drivers.`,
  },
  {
    id: 'relationship-loading',
    aspect: 'Relationship loading',
    django: `Lazy by default. Eager loading with select_related (a JOIN) or prefetch_related (a second query) avoids N+1 queries; ${M.django61.version} fetch modes (FETCH_PEERS) batch lazy loads automatically.`,
    sqlalchemy:
      'Lazy by default. Eager loading with joinedload, selectinload or subqueryload avoids N+1 queries. Under asyncio, implicit lazy loads are not allowed: use eager loaders, lazy="raise" or awaitable_attrs.',
    sources: [SOURCES.djangoQuerysets, SOURCES.django61Notes, SOURCES.sqlalchemyAsyncio],
    correction:
      'Widely shared comparisons filed these tools under "lazy loading"; they are eager-loading tools, and both ORMs load relations lazily by default.',
  },
  {
    id: 'ecosystem',
    aspect: 'Built on top of it',
    django: 'The admin, forms, DRF and django-ninja all read Django model metadata.',
    sqlalchemy: `Flask-SQLAlchemy (${versionAndMonth(R.flaskSqlalchemy)}), SQLModel (${versionAndMonth(R.sqlmodel)}; it accepts SQLAlchemy ${M.sqlalchemy21.version} since ${M.sqlmodelAcceptsSqlalchemy21.version}), SQLAdmin, Flask-Admin and starlette-admin.`,
    sources: [
      SOURCES.djangoAdmin,
      SOURCES.djangoNinja,
      R.flaskSqlalchemy.source,
      SOURCES.sqlmodelRequirement,
      R.sqlmodel.source,
      R.sqladmin.source,
      SOURCES.flaskAdminReadme,
      R.starletteAdmin.source,
    ],
  },
  {
    id: 'latest-version',
    aspect: 'Newest release we know of',
    django: `Ships with Django: ${newestReleaseText(R.django)}.`,
    sqlalchemy: `${newestReleaseText(R.sqlalchemy)}; the ${M.sqlalchemy20.version} line: ${newestReleaseText(R.sqlalchemy20)}.`,
    sources: [R.django.source, R.sqlalchemy.source, R.sqlalchemy20.source],
  },
] as const satisfies readonly OrmComparisonRow[];
