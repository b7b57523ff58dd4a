import type { FrameworkId } from '../frameworks';
import type { Source } from './sourced';
import { SOURCES } from './sources';

/** What one framework offers for one feature, with where that comes from. */
export interface FeatureCell {
  readonly text: string;
  readonly sources: readonly Source[];
}

/** One row of the side-by-side comparison. */
export interface FeatureRow {
  /** Kebab-case, stable. */
  readonly id: string;
  /** Row label, e.g. "Async". */
  readonly label: string;
  /** Criterion ids this row is about, to mark rows the user prioritised; may be empty. */
  readonly criteria: readonly string[];
  readonly cells: Readonly<Record<FrameworkId, FeatureCell>>;
  /** The whole row is a heuristic or opinion (e.g. "Best use"), not a sourced fact. */
  readonly opinion?: true;
  /** One line: what the seed comparison said and why it changed (only where the fact sheet corrects it). */
  readonly correction?: string;
}

/**
 * The seed's comparison table (Year to Best use), corrected per the fact sheet, followed by rows
 * the sheet supports well. Facts as of October 2026 sources.
 */
// Annotated with the interface so readers see optional fields (opinion, correction) on every row;
// `satisfies` still checks each literal entry.
export const FEATURE_ROWS: readonly FeatureRow[] = [
  {
    id: 'year',
    label: 'First released',
    criteria: [],
    cells: {
      django: {
        text: '2005: open-sourced on 15 July 2005.',
        sources: [SOURCES.djangoTwoYears],
      },
      flask: {
        text: '2010: Flask 0.1 came out on 16 April 2010.',
        sources: [SOURCES.flaskChanges, SOURCES.flaskAprilFools],
      },
      fastapi: {
        text: '2018: first tagged release (0.1.11) on 15 December 2018.',
        sources: [SOURCES.fastapiHistory],
      },
    },
  },
  {
    id: 'philosophy',
    label: 'Philosophy',
    criteria: ['conventions', 'minimal_core'],
    cells: {
      django: {
        text: 'Batteries included: ORM, migrations, admin, auth, forms, templates, i18n and caching ship with it.',
        sources: [SOURCES.djangoDocs],
      },
      flask: {
        text: 'Micro: a small core on Werkzeug, Jinja2 and Click. The core will never have a database layer or form library.',
        sources: [SOURCES.flaskDesign],
      },
      fastapi: {
        text: 'API-first and async (ASGI), built on Starlette and Pydantic v2, driven by type hints.',
        sources: [SOURCES.fastapiFeatures],
      },
    },
  },
  {
    id: 'async',
    label: 'Async',
    criteria: ['async_io'],
    cells: {
      django: {
        text: 'Async views since 3.1 and an async ORM API (aget(), acreate(), async for) since 4.1. Database work still runs in threads, transactions are not available in async code, and any sync middleware costs a thread per request.',
        sources: [SOURCES.django31Notes, SOURCES.django41Notes, SOURCES.djangoAsync],
      },
      flask: {
        text: 'async def views and hooks since 2.0, installed as flask[async]. Under WSGI each request still holds one worker, so it is slower than async-first frameworks; the docs suggest Quart for mostly-async code.',
        sources: [SOURCES.flaskAsync, SOURCES.flaskPyproject],
      },
      fastapi: {
        text: 'Native: ASGI on Starlette. Plain def endpoints are allowed too and run in a threadpool.',
        sources: [SOURCES.fastapiAsync, SOURCES.fastapiFeatures],
      },
    },
    correction:
      'The seed said Django was "limited (3.1+)" and Flask had none; Flask has had async views since 2.0 and Django an async ORM API since 4.1.',
  },
  {
    id: 'orm',
    label: 'ORM',
    criteria: ['orm_integrated', 'sqlalchemy_fit'],
    cells: {
      django: {
        text: 'Built in. The admin, forms, DRF and django-ninja all read its model definitions.',
        sources: [SOURCES.djangoDocs, SOURCES.djangoNinja],
      },
      flask: {
        text: 'None in core, by design. Flask-SQLAlchemy adds SQLAlchemy as an extension.',
        sources: [SOURCES.flaskDesign],
      },
      fastapi: {
        text: 'None built in. The official SQL tutorial uses SQLModel (SQLAlchemy + Pydantic); any database library works.',
        sources: [SOURCES.fastapiSql],
      },
    },
  },
  {
    id: 'admin',
    label: 'Admin panel',
    criteria: ['builtin_admin'],
    cells: {
      django: {
        text: 'Built in (django.contrib.admin), generated from your models.',
        sources: [SOURCES.djangoAdmin],
      },
      flask: {
        text: 'Flask-Admin extension (2.2.0, May 2026), now maintained by Pallets-Eco.',
        sources: [SOURCES.flaskAdmin],
      },
      fastapi: {
        text: 'None built in. Third-party options: SQLAdmin (0.24.0, March 2026) or starlette-admin (1.0.0, August 2026).',
        sources: [SOURCES.sqlAdmin, SOURCES.starletteAdmin],
      },
    },
  },
  {
    id: 'api-docs',
    label: 'API docs',
    criteria: ['auto_api_docs'],
    cells: {
      django: {
        text: "No OpenAPI in core. django-ninja generates OpenAPI and interactive docs from type hints; DRF users add drf-spectacular, since DRF's own schema generator is deprecated.",
        sources: [SOURCES.drfSchemas, SOURCES.djangoNinja],
      },
      flask: {
        text: 'None in core. APIFlask and flask-smorest generate OpenAPI docs from your schemas.',
        sources: [SOURCES.apiFlask, SOURCES.flaskSmorest],
      },
      fastapi: {
        text: 'Built in: OpenAPI and JSON Schema, served with Swagger UI and ReDoc.',
        sources: [SOURCES.fastapiFeatures],
      },
    },
    correction:
      'The seed said "manual" for Django and Flask; neither core has OpenAPI, but well-known add-ons generate it.',
  },
  {
    id: 'validation',
    label: 'Validation',
    criteria: ['typed_validation'],
    cells: {
      django: {
        text: 'Built in for HTML: forms, ModelForms and model validators. For APIs: DRF serializers, or Pydantic through django-ninja.',
        sources: [SOURCES.djangoForms, SOURCES.djangoNinja],
      },
      flask: {
        text: 'None in core. Extensions add it: marshmallow or Pydantic with APIFlask, marshmallow with flask-smorest, WTForms with Flask-WTF.',
        sources: [SOURCES.flaskDesign, SOURCES.apiFlask, SOURCES.flaskSmorest],
      },
      fastapi: {
        text: 'Built in: Pydantic v2 validates parameters and bodies from type hints. Pydantic v1 support was dropped in 0.126.0 (December 2025).',
        sources: [SOURCES.fastapiFeatures, SOURCES.fastapiReleaseNotes, SOURCES.fastapiPyproject],
      },
    },
    correction:
      'The seed said "manual" for Django and Flask; Django ships forms and model validators, and Flask extensions add schema validation.',
  },
  {
    id: 'performance',
    label: 'Performance',
    criteria: ['raw_throughput'],
    opinion: true,
    cells: {
      django: {
        text: 'Lowest of the three, as a rough relative guess. The last TechEmpower round tested Django 3.2 with MySQL, so it says little about Django 6.1.',
        sources: [SOURCES.techEmpowerR23],
      },
      flask: {
        text: 'In the middle, as a rough relative guess. The last TechEmpower round tested Flask 2.2 with the Pony ORM.',
        sources: [SOURCES.techEmpowerR23],
      },
      fastapi: {
        text: 'Highest of the three, as a rough relative guess. Its docs say only Starlette and Uvicorn beat it among Python frameworks; the last TechEmpower round tested 0.109 with raw asyncpg.',
        sources: [SOURCES.fastapiBenchmarks, SOURCES.techEmpowerR23],
      },
    },
    correction:
      'The seed ranked them lower, medium and highest as if measured; the order is plausible, but the only benchmarks test old versions on different databases, and TechEmpower ended with Round 23.',
  },
  {
    id: 'best-use',
    label: 'Best use',
    criteria: ['full_web_app', 'small_api_service', 'microservices'],
    opinion: true,
    cells: {
      django: {
        text: 'Full web apps with accounts, an admin and many data models.',
        sources: [],
      },
      flask: {
        text: 'Server-rendered sites and APIs where you want to pick each part yourself.',
        sources: [SOURCES.flaskDesign],
      },
      fastapi: {
        text: 'JSON APIs, microservices and async-heavy backends.',
        sources: [],
      },
    },
    correction:
      'The seed said Flask suits "small APIs"; "micro" means a small core, not small apps, and Flask also serves server-rendered sites.',
  },
  {
    id: 'auth',
    label: 'Auth',
    criteria: ['builtin_auth'],
    cells: {
      django: {
        text: 'Built in: users, groups, permissions, sessions and password hashing (django.contrib.auth).',
        sources: [SOURCES.djangoAuth, SOURCES.django61Notes],
      },
      flask: {
        text: 'Extensions: Flask-Security (5.8.1, May 2026) or Flask-Login (no release since 0.6.3, October 2023).',
        sources: [SOURCES.flaskSecurity, SOURCES.flaskLogin],
      },
      fastapi: {
        text: 'Security utilities (OAuth2 with JWT, HTTP Basic, API keys) integrated with the OpenAPI docs, but no user model. fastapi-users is in maintenance mode (security fixes only).',
        sources: [SOURCES.fastapiFeatures, SOURCES.fastapiUsers],
      },
    },
  },
  {
    id: 'migrations',
    label: 'Migrations',
    criteria: ['orm_integrated'],
    cells: {
      django: {
        text: 'Built in: makemigrations and migrate.',
        sources: [SOURCES.djangoDocs],
      },
      flask: {
        text: 'Alembic through Flask-Migrate (4.1.0, January 2025).',
        sources: [SOURCES.flaskMigrate, SOURCES.alembic],
      },
      fastapi: {
        text: 'Alembic, used directly (1.19.1, August 2026).',
        sources: [SOURCES.alembic],
      },
    },
  },
  {
    id: 'websockets',
    label: 'WebSockets',
    criteria: ['websockets_realtime'],
    cells: {
      django: {
        text: 'Through Django Channels (4.3.2, November 2025), an official Django project; needs an ASGI server such as Daphne.',
        sources: [SOURCES.djangoChannels],
      },
      flask: {
        text: 'Not in core. Flask-SocketIO (5.6.1, February 2026) or flask-sock (no release since 0.7.0, October 2023).',
        sources: [SOURCES.flaskAsync, SOURCES.flaskSocketIo, SOURCES.flaskSock],
      },
      fastapi: {
        text: "Built in, through Starlette's WebSocket support.",
        sources: [SOURCES.fastapiWebSockets],
      },
    },
  },
  {
    id: 'templates',
    label: 'Templates',
    criteria: ['server_rendered_html'],
    cells: {
      django: {
        text: 'Django template language, or a Jinja2 backend; template partials since 6.0.',
        sources: [SOURCES.djangoTemplates, SOURCES.django60Notes],
      },
      flask: {
        text: 'Jinja2, a core dependency.',
        sources: [SOURCES.flaskDesign, SOURCES.flaskPyproject],
      },
      fastapi: {
        text: "Optional, through Starlette's Jinja2Templates.",
        sources: [SOURCES.fastapiTemplates],
      },
    },
  },
  {
    id: 'background-jobs',
    label: 'Background jobs',
    criteria: ['background_jobs'],
    cells: {
      django: {
        text: 'The Tasks framework (django.tasks, 6.0+) defines and queues jobs but has no worker: you run a backend for it. Celery is the other common route.',
        sources: [SOURCES.djangoTasks, SOURCES.django60Notes],
      },
      flask: {
        text: 'Nothing in core; the docs describe a Celery pattern.',
        sources: [SOURCES.flaskCelery],
      },
      fastapi: {
        text: 'BackgroundTasks runs small jobs in the same process after the response; the docs suggest Celery for heavy work.',
        sources: [SOURCES.fastapiBackgroundTasks],
      },
    },
  },
  {
    id: 'test-client',
    label: 'Test client',
    criteria: ['testing_tooling'],
    cells: {
      django: {
        text: 'Built in: django.test.Client and AsyncClient, plus TestCase.',
        sources: [SOURCES.djangoTesting],
      },
      flask: {
        text: 'Built in: app.test_client().',
        sources: [SOURCES.flaskTesting],
      },
      fastapi: {
        text: 'Built in: TestClient (based on HTTPX) and dependency overrides.',
        sources: [SOURCES.fastapiTesting],
      },
    },
  },
  {
    id: 'release-policy',
    label: 'Releases and support',
    criteria: ['long_term_stability'],
    cells: {
      django: {
        text: 'A feature release about every 8 months and a long-term support (LTS) release every third; 5.2 LTS gets security fixes until April 2028.',
        sources: [SOURCES.djangoEndOfLife],
      },
      flask: {
        text: 'The 3.x series continues (3.1.3, February 2026); the coming 3.2 drops Python 3.9.',
        sources: [SOURCES.flaskChanges, SOURCES.flaskPyproject],
      },
      fastapi: {
        text: 'Still 0.x with no LTS. Minor releases have removed Pydantic v1 and Python 3.8 and 3.9 support.',
        sources: [SOURCES.fastapiReleaseNotes, SOURCES.fastapiPyproject],
      },
    },
  },
] as const satisfies readonly FeatureRow[];
