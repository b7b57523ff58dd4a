import { FRAMEWORK_IDS, type FrameworkId } from '../frameworks';
import { BENCH_SOURCES as B } from './bench-references';
import { measuredSentence } from './bench-measured';
import { shortDate } from '../dates';
import { MILESTONES as M, RELEASES as R, versionAndMonth } from './releases';
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
  /** The whole row is the project's assessment (e.g. "Best use"), not a checkable fact. */
  readonly opinion?: true;
  /** One line: what widely shared comparisons said and why it changed (only where the fact sheet corrects it). */
  readonly correction?: string;
  /** A page of this site with the details behind the row: the performance row's measurements. */
  readonly details?: 'performance';
}

/**
 * The common comparison table (Year to Best use), corrected per the fact sheet, followed by rows
 * the sheet supports well. Facts as of the data date (data-date.ts); versions from releases.ts.
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
        text: `2010: Flask ${M.flask01.version} came out on 16 April 2010.`,
        sources: [SOURCES.flaskChanges],
      },
      fastapi: {
        text: `2018: first tagged release (${M.fastapiFirstTag.version}) on 15 December 2018.`,
        sources: [SOURCES.fastapiFirstTag],
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
        sources: [SOURCES.djangoOverview, SOURCES.djangoFaqGeneral],
      },
      flask: {
        text: 'Micro: a small core on Werkzeug, Jinja2 and Click. The core will never have a database layer or form library.',
        sources: [SOURCES.flaskDesign, SOURCES.flaskPyproject],
      },
      fastapi: {
        text: 'API-first and async (ASGI), built on Starlette and Pydantic v2, driven by type hints.',
        sources: [SOURCES.fastapiFeatures, SOURCES.fastapiPyproject],
      },
    },
  },
  {
    id: 'async',
    label: 'Async',
    criteria: ['async_io'],
    cells: {
      django: {
        text: `Async views since ${M.django31.version} and an async ORM API (aget(), acreate(), async for) since ${M.django41.version}. Database work still runs in threads, transactions are not available in async code, and any sync middleware costs a thread per request.`,
        sources: [SOURCES.django31Notes, SOURCES.django41Notes, SOURCES.djangoAsync],
      },
      flask: {
        text: `async def views and hooks since ${M.flask20.version}, installed as flask[async]. Under WSGI each request still holds one worker, so it is slower than async-first frameworks; the docs suggest Quart for mostly-async code.`,
        sources: [SOURCES.flaskAsync, SOURCES.flaskPyproject],
      },
      fastapi: {
        text: 'Native: ASGI on Starlette. Plain def endpoints are allowed too and run in a threadpool.',
        sources: [SOURCES.fastapiAsync, SOURCES.fastapiFeatures],
      },
    },
    correction: `Widely shared comparisons said Django was "limited (${M.django31.version}+)" and Flask had none; Flask has had async views since ${M.flask20.version} and Django an async ORM API since ${M.django41.version}.`,
  },
  {
    id: 'orm',
    label: 'ORM',
    criteria: ['orm_integrated', 'sqlalchemy_fit'],
    cells: {
      django: {
        text: 'Built in. The admin, forms, DRF and django-ninja all read its model definitions.',
        sources: [SOURCES.djangoQuerysets, SOURCES.djangoAdmin, SOURCES.djangoNinja],
      },
      flask: {
        text: 'None in core, by design. Flask-SQLAlchemy adds SQLAlchemy as an extension.',
        sources: [SOURCES.flaskDesign, SOURCES.flaskSqlalchemyReadme],
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
        text: `Flask-Admin extension (${versionAndMonth(R.flaskAdmin)}), now maintained by Pallets-Eco.`,
        sources: [SOURCES.flaskAdminReadme, R.flaskAdmin.source],
      },
      fastapi: {
        text: `None built in. Third-party options: SQLAdmin (${versionAndMonth(R.sqladmin)}, now developed at smithyhq/sqladmin) or starlette-admin (${versionAndMonth(R.starletteAdmin)}).`,
        sources: [R.sqladmin.source, SOURCES.sqlAdminRepo, R.starletteAdmin.source],
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
      'Widely shared comparisons said "manual" for Django and Flask; neither core has OpenAPI, but well-known add-ons generate it.',
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
        sources: [
          SOURCES.flaskDesign,
          SOURCES.apiFlask,
          SOURCES.flaskSmorest,
          SOURCES.flaskWtforms,
        ],
      },
      fastapi: {
        text: `Built in: Pydantic v2 validates parameters and bodies from type hints. Pydantic v1 support was dropped in ${M.fastapiDropPydanticV1.version} (December 2025).`,
        sources: [SOURCES.fastapiFeatures, SOURCES.fastapiReleaseNotes, SOURCES.fastapiPyproject],
      },
    },
    correction:
      'Widely shared comparisons said "manual" for Django and Flask; Django ships forms and model validators, and Flask extensions add schema validation.',
  },
  {
    id: 'performance',
    label: 'Performance',
    criteria: ['raw_throughput'],
    details: 'performance',
    cells: {
      django: {
        text: `${measuredSentence('django')} TechEmpower’s last entries ran Django ${M.django32.version} with MySQL.`,
        sources: [B.techEmpowerR23Configs, B.techEmpowerSunset],
      },
      flask: {
        text: `${measuredSentence('flask')} HttpArena’s JSON test (April 2026): 67,465 requests per second to a tuned FastAPI’s 256,218; 82,137 to a production-style one’s 85,612.`,
        sources: [B.httpArenaJsonApril10, B.httpArenaJsonApril28],
      },
      fastapi: {
        text: `${measuredSentence('fastapi')} HttpArena’s JSON test (April 2026): 256,218 requests per second to Flask’s 67,465 tuned with orjson; 85,612 to 82,137 production-style.`,
        sources: [B.httpArenaJsonApril10, B.httpArenaFastapiOrjson, B.httpArenaJsonApril28],
      },
    },
    correction:
      'Widely shared comparisons ranked them lower, medium and highest as if measured; this project measures them by workload instead, and the order depends on the workload.',
  },
  {
    id: 'best-use',
    label: 'Best use',
    criteria: ['full_web_app', 'small_api_service', 'microservices'],
    opinion: true,
    cells: {
      django: {
        text: 'Full web apps with accounts, an admin and many data models.',
        sources: [SOURCES.djangoOverview],
      },
      flask: {
        text: 'Server-rendered sites and APIs where you want to pick each part yourself.',
        sources: [SOURCES.flaskDesign],
      },
      fastapi: {
        text: 'JSON APIs, microservices and async-heavy backends.',
        sources: [SOURCES.fastapiFeatures],
      },
    },
    correction:
      'Widely shared comparisons said Flask suits "small APIs"; "micro" means a small core, not small apps, and Flask also serves server-rendered sites.',
  },
  {
    id: 'auth',
    label: 'Auth',
    criteria: ['builtin_auth'],
    cells: {
      django: {
        text: 'Built in: users, groups, permissions, sessions and password hashing (django.contrib.auth).',
        sources: [SOURCES.djangoAuth],
      },
      flask: {
        text: `Extensions: Flask-Security (${versionAndMonth(R.flaskSecurity)}) or Flask-Login (no release since ${versionAndMonth(R.flaskLogin)}).`,
        sources: [R.flaskSecurity.source, R.flaskLogin.source],
      },
      fastapi: {
        text: 'Security utilities (OAuth2 with JWT, HTTP Basic, API keys) integrated with the OpenAPI docs, but no user model. fastapi-users is in maintenance mode (security and dependency updates only).',
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
        sources: [SOURCES.djangoMigrations],
      },
      flask: {
        text: `Alembic through Flask-Migrate (${versionAndMonth(R.flaskMigrate)}).`,
        sources: [R.flaskMigrate.source, SOURCES.alembicTutorial],
      },
      fastapi: {
        text: `Alembic, used directly (${versionAndMonth(R.alembic)}).`,
        sources: [R.alembic.source, SOURCES.alembicTutorial],
      },
    },
  },
  {
    id: 'websockets',
    label: 'WebSockets',
    criteria: ['websockets_realtime'],
    cells: {
      django: {
        text: `Through Django Channels (${versionAndMonth(R.channels)}), an official Django project; needs an ASGI server such as Daphne.`,
        sources: [SOURCES.channelsReadme, R.channels.source],
      },
      flask: {
        text: `Not in core. Flask-SocketIO (${versionAndMonth(R.flaskSocketio)}) or flask-sock (no release since ${versionAndMonth(R.flaskSock)}).`,
        sources: [SOURCES.flaskAsync, R.flaskSocketio.source, R.flaskSock.source],
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
        text: `Django template language, or a Jinja2 backend; template partials since ${M.django60.version}.`,
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
        text: `The Tasks framework (django.tasks, ${M.django60.version}+) defines and queues jobs but has no worker: you run a backend for it.`,
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
        text: `Built in: TestClient and dependency overrides. The client comes from Starlette, which from ${M.starletteTestClientHttpx2.version} builds it on httpx2 and warns that plain httpx is deprecated there.`,
        sources: [SOURCES.fastapiTesting, SOURCES.starletteTestClientHttpx2],
      },
    },
  },
  {
    id: 'release-policy',
    label: 'Releases and support',
    criteria: ['long_term_stability'],
    cells: {
      django: {
        text: `Until ${M.django62.version} LTS (April 2027), a feature release about every 8 months and an LTS every third; ${M.django52.version} LTS, released in April 2025, gets security fixes for at least three years. From 2028 (DEP 0020), one feature release a year, each supported for three years, with no separate LTS.`,
        sources: [SOURCES.djangoAnnualCycle, SOURCES.django52Notes],
      },
      flask: {
        text: `The 3.x series continues (${versionAndMonth(R.flask)}); the coming ${M.flask32.version}, unreleased as of ${shortDate(R.flask.checked)}, drops Python ${M.python39.version}.`,
        sources: [R.flask.source, SOURCES.flaskMainChanges],
      },
      fastapi: {
        text: `Still 0.x with no LTS. Minor releases have removed Pydantic v1 and Python ${M.python38.version} and ${M.python39.version} support.`,
        sources: [SOURCES.fastapiReleaseNotes, SOURCES.fastapiPyproject],
      },
    },
  },
] as const satisfies readonly FeatureRow[];

/**
 * Every source of a row's cells, each once, first mention first: what backs the row's correction,
 * which restates what the cells say.
 */
export function rowSources(row: FeatureRow): readonly Source[] {
  const seen = new Set<string>();
  return FRAMEWORK_IDS.flatMap((id) => row.cells[id].sources).filter((source) => {
    const key = `${source.ref}|${source.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
