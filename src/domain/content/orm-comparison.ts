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
  /** One line: what the seed table said and why it changed (only where the fact sheet corrects it). */
  readonly correction?: string;
}

/** The seed's Django ORM vs SQLAlchemy table, corrected (Django 6.1, SQLAlchemy 2.0/2.1; October 2026). */
export const ORM_COMPARISON: readonly OrmComparisonRow[] = [
  {
    id: 'queries',
    aspect: 'Queries',
    django:
      'Book.objects.filter(...): chainable QuerySets that hit the database only when evaluated.',
    sqlalchemy:
      'select(Book).where(...), run with session.execute() or session.scalars() (2.0 style).',
    sources: [SOURCES.djangoDocs, SOURCES.sqlalchemyQueryGuide],
  },
  {
    id: 'session',
    aspect: 'Session and transactions',
    django:
      'No session object. Each query commits on its own by default; group work with transaction.atomic(), or set ATOMIC_REQUESTS to wrap every view in a transaction.',
    sqlalchemy:
      'An explicit Session (identity map, unit of work) that your app scopes, usually one per request: a FastAPI dependency, or the app context with Flask-SQLAlchemy. In 2.1 autoflush always applies.',
    sources: [SOURCES.djangoTransactions, SOURCES.sqlalchemyWhatsNew21],
    correction:
      'The seed said Django manages a session automatically per request; Django has no session object, and per-request transactions are opt-in.',
  },
  {
    id: 'migrations',
    aspect: 'Migrations',
    django: 'Built in: makemigrations and migrate.',
    sqlalchemy:
      'Alembic, a separate package (1.19.1, August 2026). Flask-Migrate (4.1.0) wraps it for Flask.',
    sources: [SOURCES.djangoDocs, SOURCES.alembic, SOURCES.flaskMigrate],
  },
  {
    id: 'async',
    aspect: 'Async',
    django:
      'Async QuerySet methods (aget(), acreate(), async for) since 4.1 and async model methods since 4.2, but database work still runs in threads and transactions are not available in async code.',
    sqlalchemy:
      'asyncio extension since 1.4 for Core and ORM (create_async_engine, AsyncSession) over asyncpg, psycopg 3, aiosqlite or aiomysql/asyncmy. From 2.1, install sqlalchemy[asyncio].',
    sources: [
      SOURCES.django41Notes,
      SOURCES.djangoAsync,
      SOURCES.sqlalchemyInstall,
      SOURCES.sqlalchemyWhatsNew21,
    ],
    correction:
      'The seed said "limited" versus "full (asyncpg)": roughly right, but Django has had an async ORM API since 4.1, and SQLAlchemy async works over several drivers.',
  },
  {
    id: 'relationship-loading',
    aspect: 'Relationship loading',
    django:
      'Lazy by default. Eager loading with select_related (a JOIN) or prefetch_related (a second query) avoids N+1 queries; 6.1 fetch modes (FETCH_PEERS) batch lazy loads automatically.',
    sqlalchemy:
      'Lazy by default. Eager loading with joinedload, selectinload or subqueryload avoids N+1 queries. Under asyncio, implicit lazy loads are not allowed: use eager loaders, lazy="raise" or awaitable_attrs.',
    sources: [SOURCES.django61Notes, SOURCES.sqlalchemyAsyncExample],
    correction:
      'The seed filed these tools under "lazy loading"; they are eager-loading tools, and both ORMs load relations lazily by default.',
  },
  {
    id: 'ecosystem',
    aspect: 'Built on top of it',
    django: 'The admin, forms, DRF and django-ninja all read Django model metadata.',
    sqlalchemy:
      'Flask-SQLAlchemy 3.x, SQLModel (0.0.39, June 2026), SQLAdmin, Flask-Admin and starlette-admin.',
    sources: [SOURCES.djangoAdmin, SOURCES.djangoNinja, SOURCES.sqlModel, SOURCES.bestOfWebPython],
  },
  {
    id: 'latest-version',
    aspect: 'Latest version',
    django: 'Ships with Django: 6.1.2 (6 October 2026).',
    sqlalchemy: '2.1.3 (2 October 2026); the 2.0 line is at 2.0.52 (11 August 2026).',
    sources: [SOURCES.django612Notes, SOURCES.sqlalchemyQueryGuide, SOURCES.sqlalchemy20Changelog],
  },
] as const satisfies readonly OrmComparisonRow[];
