/**
 * The rated criteria of scoring model 2027-02, as released: frozen data, every text and source
 * written out in full. They are 2027-01's, re-derived where the fact audit of 7 December 2026
 * corrected what a text rests on, and where this project's own benchmark measured what a rating
 * claims (docs/scoring-model-2027-02.md lists each change). A test pins its digest.
 */
import type { Criterion } from '../model-types';

export const CRITERIA_2027_02: readonly Criterion[] = [
  {
    id: 'async_io',
    kind: 'framework',
    label: 'Async I/O and concurrency',
    question:
      'Will the app spend most of its time waiting on I/O with many concurrent requests (external APIs, LLM calls, streaming)?',
    whyItMatters:
      'Async-native stacks serve many concurrent waiting requests per process; thread-based stacks need more workers/memory.',
    ratings: {
      django: 2,
      fastapi: 3,
      flask: 1,
    },
    justification: {
      django:
        'Async views since 3.1 and async QuerySet API since 4.1, but ORM work still runs in threads, no async transactions, and sync middleware forces thread-per-request.',
      fastapi:
        'ASGI-native on Starlette; async endpoints by default, plain def endpoints offloaded to a threadpool.',
      flask:
        'async def views work since 2.0 with flask[async], but under WSGI each request still holds a worker; docs point to Quart for async-heavy apps.',
    },
    sources: {
      django: [
        {
          label: 'Django 3.1 release notes',
          ref: 'https://docs.djangoproject.com/en/6.1/releases/3.1/',
          asOf: '2020-08-04',
        },
        {
          label: 'Django 4.1 release notes',
          ref: 'https://docs.djangoproject.com/en/6.1/releases/4.1/',
          asOf: '2022-08-03',
        },
        {
          label: 'Django 6.1 docs: asynchronous support',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/async/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: concurrency and async / await',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/async.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: using async and await',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/async-await.rst',
          asOf: '2026-02-18',
        },
        {
          label: 'Flask 3.1.3 pyproject.toml (dependencies)',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/pyproject.toml',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'websockets_realtime',
    kind: 'framework',
    label: 'WebSockets and real-time',
    question: 'Do you need WebSockets or other real-time push (chat, live dashboards)?',
    whyItMatters:
      'Real-time features need a long-lived-connection (ASGI) stack; bolting them on adds infrastructure.',
    ratings: {
      django: 2,
      fastapi: 3,
      flask: 1,
    },
    justification: {
      django:
        'Django Channels, an official Django project, adds WebSockets; it runs under Daphne or another ASGI server and usually needs a channel layer.',
      fastapi: 'WebSocket routes are built in through Starlette.',
      flask:
        'Only through extensions (Flask-SocketIO; flask-sock, last released in 2023) and gevent or eventlet-style servers.',
    },
    sources: {
      django: [
        {
          label:
            'Django Channels 4.3.2 README (an official Django project; runs under Daphne or another ASGI server)',
          ref: 'https://github.com/django/channels/blob/4.3.2/README.rst',
          asOf: '2025-11-20',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: WebSockets',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/advanced/websockets.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask-SocketIO release v5.6.1',
          ref: 'https://github.com/miguelgrinberg/Flask-SocketIO/releases/tag/v5.6.1',
          asOf: '2026-02-21',
        },
        {
          label: 'flask-sock release v0.7.0',
          ref: 'https://github.com/miguelgrinberg/flask-sock/releases/tag/v0.7.0',
          asOf: '2023-10-02',
        },
      ],
    },
  },
  {
    id: 'builtin_admin',
    kind: 'framework',
    label: 'Admin panel',
    question: 'Do non-developers need a ready-made admin/back-office UI over your data?',
    whyItMatters: 'An auto-generated admin saves weeks of CRUD UI work for internal users.',
    ratings: {
      django: 3,
      fastapi: 1,
      flask: 2,
    },
    justification: {
      django: 'django.contrib.admin is built in and generated from models.',
      fastapi:
        'No admin; the third-party SQLAdmin (now at smithyhq/sqladmin) or starlette-admin add one over SQLAlchemy or SQLModel.',
      flask: "Flask-Admin (Pallets-Eco) is a mature extension modelled on Django's admin.",
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: the admin site',
          ref: 'https://docs.djangoproject.com/en/6.1/ref/contrib/admin/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'SQLAdmin release 0.31.0 (smithyhq/sqladmin)',
          ref: 'https://github.com/smithyhq/sqladmin/releases/tag/0.31.0',
          asOf: '2026-08-06',
        },
        {
          label: 'SQLAdmin 0.31.0 pyproject.toml (now at smithyhq/sqladmin)',
          ref: 'https://github.com/smithyhq/sqladmin/blob/0.31.0/pyproject.toml',
          asOf: '2026-08-06',
        },
        {
          label: 'starlette-admin release 1.0.0',
          ref: 'https://github.com/jowilf/starlette-admin/releases/tag/1.0.0',
          asOf: '2026-08-16',
        },
      ],
      flask: [
        {
          label: 'Flask-Admin v2.2.0 README',
          ref: 'https://github.com/pallets-eco/flask-admin/blob/v2.2.0/README.md',
          asOf: '2026-05-07',
        },
        {
          label: 'Flask-Admin release v2.2.0',
          ref: 'https://github.com/pallets-eco/flask-admin/releases/tag/v2.2.0',
          asOf: '2026-05-07',
        },
      ],
    },
  },
  {
    id: 'orm_integrated',
    kind: 'framework',
    label: 'Integrated ORM and migrations',
    question: 'Do you want an ORM and migrations that come integrated with the framework?',
    whyItMatters:
      'An integrated ORM drives admin, forms, auth and migrations from one model definition; choose-your-own gives flexibility but more wiring.',
    ratings: {
      django: 3,
      fastapi: 1,
      flask: 2,
    },
    justification: {
      django: 'Built-in ORM plus makemigrations/migrate; admin, forms and DRF reuse the models.',
      fastapi:
        'No ORM or migrations integration: the SQL tutorial uses SQLModel (which installs beside SQLAlchemy 2.1 since 0.0.48), Alembic is set up by hand, and nothing plays the part Flask-Migrate plays for Flask.',
      flask:
        'No DB layer by design; Flask-SQLAlchemy + Flask-Migrate (Alembic) is the standard, well-trodden pairing.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: Django at a glance',
          ref: 'https://docs.djangoproject.com/en/6.1/intro/overview/',
          asOf: '2026-10-06',
        },
        {
          label: 'Django 6.1 docs: migrations',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/migrations/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: SQL (relational) databases',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/sql-databases.md',
          asOf: '2026-07-29',
        },
        {
          label: 'SQLModel 0.0.48 on PyPI (requires SQLAlchemy >=2.0.14,<2.2.0)',
          ref: 'https://pypi.org/project/sqlmodel/0.0.48/',
          asOf: '2026-12-07',
        },
        {
          label: 'Alembic 1.19.1 docs: tutorial',
          ref: 'https://github.com/sqlalchemy/alembic/blob/rel_1_19_1/docs/build/tutorial.rst',
          asOf: '2026-08-08',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
        {
          label: 'Flask-SQLAlchemy 3.1.1 README',
          ref: 'https://github.com/pallets-eco/flask-sqlalchemy/blob/3.1.1/README.rst',
          asOf: '2023-09-11',
        },
        {
          label: 'Flask-Migrate release v4.1.0',
          ref: 'https://github.com/miguelgrinberg/Flask-Migrate/releases/tag/v4.1.0',
          asOf: '2025-01-10',
        },
      ],
    },
  },
  {
    id: 'raw_throughput',
    kind: 'framework',
    label: 'Raw throughput',
    question: 'Is raw request throughput/latency per server a top-3 requirement?',
    whyItMatters:
      'Framework overhead matters for high-RPS, thin endpoints; for DB-heavy apps the database usually dominates.',
    ratings: {
      django: 1,
      fastapi: 3,
      flask: 1,
    },
    justification: {
      django:
        "Heaviest request stack of the three: on framework-bound work (JSON, a validated body) this project measured 14–21% of FastAPI's throughput under gunicorn, level with the others on an ORM read, where the database sets the pace.",
      fastapi:
        "Fastest of the three on framework-bound work: 3 to 7 times the others' requests per second in this project's benchmark and ahead in public benchmarks; with an ORM in the loop the database, not the framework, sets the pace.",
      flask:
        "A light core on WSGI: this project measured 14–31% of FastAPI's throughput on framework-bound work, nearer Django than FastAPI, and level with both on an ORM read.",
    },
    sources: {
      django: [
        {
          label: 'HttpArena results: JSON processing at 4,096 connections (10 April 2026)',
          ref: 'https://github.com/MDA2AV/HttpArena/blob/d5c872811e1da1ae4e81b5e092a72dd9a59aad03/site/data/json-4096.json',
          asOf: '2026-04-10',
        },
        {
          label: 'TechEmpower benchmarks Round 23: Python framework configs',
          ref: 'https://github.com/TechEmpower/FrameworkBenchmarks/tree/R23/frameworks/Python',
          asOf: '2025-01-23',
        },
      ],
      fastapi: [
        {
          label: 'HttpArena results: JSON processing at 4,096 connections (10 April 2026)',
          ref: 'https://github.com/MDA2AV/HttpArena/blob/d5c872811e1da1ae4e81b5e092a72dd9a59aad03/site/data/json-4096.json',
          asOf: '2026-04-10',
        },
        {
          label: 'HttpArena results: JSON processing at 4,096 connections (28 April 2026)',
          ref: 'https://github.com/MDA2AV/HttpArena/blob/388c50945e4c076a51c4a97d2203ee819881a871/site/data/json-4096.json',
          asOf: '2026-04-28',
        },
        {
          label: 'TechEmpower benchmarks Round 23: Python framework configs',
          ref: 'https://github.com/TechEmpower/FrameworkBenchmarks/tree/R23/frameworks/Python',
          asOf: '2025-01-23',
        },
      ],
      flask: [
        {
          label: 'HttpArena results: JSON processing at 4,096 connections (10 April 2026)',
          ref: 'https://github.com/MDA2AV/HttpArena/blob/d5c872811e1da1ae4e81b5e092a72dd9a59aad03/site/data/json-4096.json',
          asOf: '2026-04-10',
        },
        {
          label: 'TechEmpower benchmarks Round 23: Python framework configs',
          ref: 'https://github.com/TechEmpower/FrameworkBenchmarks/tree/R23/frameworks/Python',
          asOf: '2025-01-23',
        },
      ],
    },
  },
  {
    id: 'auto_api_docs',
    kind: 'framework',
    label: 'Auto-generated API docs',
    question: 'Do you need interactive, auto-generated API documentation (OpenAPI/Swagger)?',
    whyItMatters:
      'Auto-generated contracts speed up frontend/mobile/partner integration and client generation.',
    ratings: {
      django: 2,
      fastapi: 3,
      flask: 2,
    },
    justification: {
      django:
        "Not in core; DRF's own OpenAPI generator is deprecated in favour of drf-spectacular, or use django-ninja which generates OpenAPI from type hints.",
      fastapi: 'Built in: OpenAPI + JSON Schema with Swagger UI and ReDoc served automatically.',
      flask:
        'Not in core; APIFlask or flask-smorest generate OpenAPI with Swagger UI from schemas, as django-ninja does for Django.',
    },
    sources: {
      django: [
        {
          label: 'Django REST framework 3.18.0 docs: schemas',
          ref: 'https://github.com/encode/django-rest-framework/blob/3.18.0/docs/api-guide/schemas.md',
          asOf: '2026-08-07',
        },
        {
          label: 'django-ninja v1.6.3 README',
          ref: 'https://github.com/vitalik/django-ninja/blob/v1.6.3/README.md',
          asOf: '2026-08-17',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: features',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'APIFlask 3.1.1 README',
          ref: 'https://github.com/apiflask/apiflask/blob/3.1.1/README.md',
          asOf: '2026-06-19',
        },
        {
          label: 'flask-smorest 0.47.0 README',
          ref: 'https://github.com/marshmallow-code/flask-smorest/blob/0.47.0/README.rst',
          asOf: '2026-03-22',
        },
        {
          label: 'APIFlask 3.1.1 README',
          ref: 'https://github.com/apiflask/apiflask/blob/3.1.1/README.md',
          asOf: '2026-06-19',
        },
      ],
    },
  },
  {
    id: 'typed_validation',
    kind: 'framework',
    label: 'Validation from type hints',
    question: 'Do you want request/response validation driven by Python type hints?',
    whyItMatters:
      'Type-driven validation reduces boilerplate and gives editor autocompletion and fewer runtime errors.',
    ratings: {
      django: 2,
      fastapi: 3,
      flask: 1,
    },
    justification: {
      django:
        'Forms/ModelForms and DRF serializers validate well but are not type-hint driven; django-ninja adds Pydantic-based typing.',
      fastapi:
        'Pydantic v2 is a hard dependency; parameters and bodies are validated from type hints.',
      flask: 'No validation layer in core; marshmallow, WTForms or Pydantic via APIFlask.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: working with forms',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/forms/',
          asOf: '2026-10-06',
        },
        {
          label: 'django-ninja v1.6.3 README',
          ref: 'https://github.com/vitalik/django-ninja/blob/v1.6.3/README.md',
          asOf: '2026-08-17',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 pyproject.toml (dependencies, classifiers)',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/pyproject.toml',
          asOf: '2026-07-29',
        },
        {
          label: 'FastAPI 0.141.1 docs: release notes',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/release-notes.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
        {
          label: 'APIFlask 3.1.1 README',
          ref: 'https://github.com/apiflask/apiflask/blob/3.1.1/README.md',
          asOf: '2026-06-19',
        },
        {
          label: 'flask-smorest 0.47.0 README',
          ref: 'https://github.com/marshmallow-code/flask-smorest/blob/0.47.0/README.rst',
          asOf: '2026-03-22',
        },
      ],
    },
  },
  {
    id: 'server_rendered_html',
    kind: 'framework',
    label: 'Server-rendered HTML',
    question: 'Will the product be mostly server-rendered HTML pages (possibly with HTMX)?',
    whyItMatters:
      'First-class templating, forms and CSRF make page-based apps much faster to build.',
    ratings: {
      django: 3,
      fastapi: 1,
      flask: 3,
    },
    justification: {
      django:
        'Django template language (plus Jinja2 backend), forms, CSRF; template partials added in 6.0 help HTMX-style fragments.',
      fastapi:
        "Possible via Starlette's Jinja2Templates, but the framework is API-first; forms/CSRF are on you.",
      flask: 'Jinja2 is a core dependency; templating and blueprints are first-class.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: templates',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/templates/',
          asOf: '2026-10-06',
        },
        {
          label: 'Django 6.0 release notes',
          ref: 'https://docs.djangoproject.com/en/6.0/releases/6.0/',
          asOf: '2025-12-03',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: templates',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/advanced/templates.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 pyproject.toml (dependencies)',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/pyproject.toml',
          asOf: '2026-02-18',
        },
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'builtin_auth',
    kind: 'framework',
    label: 'Built-in accounts and login',
    question: 'Do you need user accounts, login, permissions out of the box?',
    whyItMatters:
      'Rolling your own auth is slow and risky; built-in auth comes with reviewed security defaults.',
    ratings: {
      django: 3,
      fastapi: 1,
      flask: 1,
    },
    justification: {
      django: 'django.contrib.auth: users, groups, permissions, sessions, password hashing.',
      fastapi:
        'Security primitives (OAuth2/JWT, API keys) integrated with OpenAPI, but no user model; fastapi-users is now in maintenance mode.',
      flask:
        'Core only has signed-cookie sessions; Flask-Login (last released in 2023) or the actively maintained Flask-Security add accounts.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: user authentication',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/auth/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: features',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md',
          asOf: '2026-07-29',
        },
        {
          label: 'fastapi-users v15.0.5 README (maintenance mode)',
          ref: 'https://github.com/fastapi-users/fastapi-users/blob/v15.0.5/README.md',
          asOf: '2026-03-27',
        },
      ],
      flask: [
        {
          label: 'Flask-Login release 0.6.3',
          ref: 'https://github.com/maxcountryman/flask-login/releases/tag/0.6.3',
          asOf: '2023-10-30',
        },
        {
          label: 'Flask-Security release 5.8.1',
          ref: 'https://github.com/pallets-eco/flask-security/releases/tag/5.8.1',
          asOf: '2026-05-21',
        },
      ],
    },
  },
  {
    id: 'full_web_app',
    kind: 'framework',
    label: 'Full web application',
    question: 'Is this a full product (pages, accounts, admin, email, many data models)?',
    whyItMatters: 'Batteries-included stacks cut integration work for broad, CRUD-heavy products.',
    ratings: {
      django: 3,
      fastapi: 1,
      flask: 2,
    },
    justification: {
      django: 'Batteries included: ORM, admin, auth, forms, templates, migrations, tasks API.',
      fastapi: 'Possible but you assemble ORM, admin, auth, templates yourself.',
      flask: 'Workable with a curated set of extensions; more assembly and decisions.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: Django at a glance',
          ref: 'https://docs.djangoproject.com/en/6.1/intro/overview/',
          asOf: '2026-10-06',
        },
        {
          label: 'Django 6.1 docs: tasks framework',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/tasks/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: SQL (relational) databases',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/sql-databases.md',
          asOf: '2026-07-29',
        },
        {
          label: 'FastAPI 0.141.1 docs: features',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'small_api_service',
    kind: 'framework',
    label: 'Small API service',
    question: 'Is this a small, API-only service (a few endpoints, JSON in/out)?',
    whyItMatters: 'Minimal frameworks start faster and carry less unused machinery.',
    ratings: {
      django: 1,
      fastapi: 3,
      flask: 3,
    },
    justification: {
      django:
        'Works (especially with django-ninja), but project/settings/apps structure is heavy for a few endpoints.',
      fastapi: 'Designed for this: validation, docs and DI included with little code.',
      flask:
        'Designed for small services: a view that returns a dict is a JSON response, and a few endpoints fit in one module.',
    },
    sources: {
      django: [
        {
          label: 'django-ninja v1.6.3 README',
          ref: 'https://github.com/vitalik/django-ninja/blob/v1.6.3/README.md',
          asOf: '2026-08-17',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: features',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
        {
          label: 'Flask docs 3.1.x: Quickstart, APIs with JSON',
          ref: 'https://flask.palletsprojects.com/en/3.1.x/quickstart/#apis-with-json',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'monolith',
    kind: 'framework',
    label: 'Large modular monolith',
    question: 'Will one codebase hold many business domains and grow for years (modular monolith)?',
    whyItMatters:
      'Strong conventions and a built-in app structure keep large monoliths consistent.',
    ratings: {
      django: 3,
      fastapi: 2,
      flask: 2,
    },
    justification: {
      django:
        'Apps/settings conventions, migrations and admin scale to large monoliths (heuristic; no survey data).',
      fastapi: 'APIRouter + DI help, but project layout is team-defined.',
      flask: 'Blueprints help, but structure is team-defined.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: Django at a glance',
          ref: 'https://docs.djangoproject.com/en/6.1/intro/overview/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: features',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'microservices',
    kind: 'framework',
    label: 'Microservices',
    question: 'Will you deploy many small, independently scaled services (containers)?',
    whyItMatters:
      'Small footprint, explicit API contracts and async I/O suit service meshes (heuristic).',
    ratings: {
      django: 1,
      fastapi: 3,
      flask: 2,
    },
    justification: {
      django:
        'Heavier per service; fine but often overkill for single-purpose services (heuristic).',
      fastapi: 'Small surface, OpenAPI contracts per service, ASGI (heuristic).',
      flask: 'Small footprint and simple WSGI deployment (heuristic).',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: Django at a glance',
          ref: 'https://docs.djangoproject.com/en/6.1/intro/overview/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: features',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'beginner_friendly',
    kind: 'framework',
    label: 'Beginner friendly',
    question: 'Is the team new to Python web development?',
    whyItMatters:
      'A gentle learning curve shortens onboarding; half of Python devs surveyed in 2024 had under two years of professional experience (secondary).',
    ratings: {
      django: 2,
      fastapi: 2,
      flask: 3,
    },
    justification: {
      django:
        'Excellent tutorial and docs, but many concepts (apps, ORM, migrations, settings) up front.',
      fastapi: 'Very good docs, but assumes comfort with type hints and async/await concepts.',
      flask: 'Tiny core; a working app fits in one file.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: Django at a glance',
          ref: 'https://docs.djangoproject.com/en/6.1/intro/overview/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: concurrency and async / await',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/async.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'conventions',
    kind: 'framework',
    label: 'Conventions over configuration',
    question:
      'Do you prefer the framework to make structural decisions for you (convention over configuration)?',
    whyItMatters:
      'Conventions reduce bikeshedding and ease handover; freedom suits unusual architectures.',
    ratings: {
      django: 3,
      fastapi: 1,
      flask: 1,
    },
    justification: {
      django: 'Opinionated project layout, ORM, admin, forms, settings.',
      fastapi: 'Opinionated about typing/DI/validation, but not about ORM, layout or auth.',
      flask: 'Explicitly leaves database, forms and most choices to you.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 FAQ: general',
          ref: 'https://docs.djangoproject.com/en/6.1/faq/general/',
          asOf: '2026-10-06',
        },
        {
          label: 'Django 6.1 docs: Django at a glance',
          ref: 'https://docs.djangoproject.com/en/6.1/intro/overview/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: features',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md',
          asOf: '2026-07-29',
        },
        {
          label: 'FastAPI 0.141.1 docs: SQL (relational) databases',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/sql-databases.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'ecosystem_maturity',
    kind: 'framework',
    label: 'Mature ecosystem',
    question: 'How important is a large, mature ecosystem of reusable packages?',
    whyItMatters:
      'Mature ecosystems reduce build-it-yourself risk and have long-maintained packages.',
    ratings: {
      django: 3,
      fastapi: 2,
      flask: 2,
    },
    justification: {
      django:
        '21 years old (open-sourced in July 2005); DRF, Channels, django-ninja and many reusable apps; DRF calls itself feature-complete.',
      fastapi:
        'Widely adopted but younger (first tagged in December 2018); some key add-ons are already in maintenance mode (fastapi-users).',
      flask:
        '16 years of extensions, but several popular ones are slow-moving (Flask-Login last release 2023, flask-sock 2023).',
    },
    sources: {
      django: [
        {
          label: 'Django weblog: two years of Django (open-sourced July 2005)',
          ref: 'https://www.djangoproject.com/weblog/2007/jul/15/twoyears/',
          asOf: '2007-07-15',
        },
        {
          label: 'Django REST framework 3.18.0 docs: contributing ("feature-complete")',
          ref: 'https://github.com/encode/django-rest-framework/blob/3.18.0/docs/community/contributing.md',
          asOf: '2026-08-07',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI release 0.1.11 (first tag)',
          ref: 'https://github.com/fastapi/fastapi/releases/tag/0.1.11',
          asOf: '2018-12-15',
        },
        {
          label: 'fastapi-users v15.0.5 README (maintenance mode)',
          ref: 'https://github.com/fastapi-users/fastapi-users/blob/v15.0.5/README.md',
          asOf: '2026-03-27',
        },
      ],
      flask: [
        {
          label: 'Flask-Login release 0.6.3',
          ref: 'https://github.com/maxcountryman/flask-login/releases/tag/0.6.3',
          asOf: '2023-10-30',
        },
        {
          label: 'flask-sock release v0.7.0',
          ref: 'https://github.com/miguelgrinberg/flask-sock/releases/tag/v0.7.0',
          asOf: '2023-10-02',
        },
        {
          label: 'Flask-Security release 5.8.1',
          ref: 'https://github.com/pallets-eco/flask-security/releases/tag/5.8.1',
          asOf: '2026-05-21',
        },
      ],
    },
  },
  {
    id: 'hiring_pool',
    kind: 'framework',
    label: 'Hiring pool',
    question: 'Does hiring/availability of developers matter?',
    whyItMatters:
      'Larger user bases make hiring and onboarding easier. Note: no primary job-postings data was found; ratings use usage surveys.',
    ratings: {
      django: 3,
      fastapi: 3,
      flask: 2,
    },
    justification: {
      django:
        'A large, long-standing user base and pool of experienced developers; the Python developer surveys list it among the most used web frameworks, though we show no share we could not check on a primary page.',
      fastapi:
        'Fastest growing in the surveys: 25% (2022) -> 29% (2023) -> 38% (2024 survey, taken late 2024).',
      flask:
        'Long among the most used Python web frameworks, with a smaller pool than Django; we show no survey share we could not check on a primary page.',
    },
    sources: {
      django: [
        {
          label: 'PSF + JetBrains Python Developers Survey 2022 results',
          ref: 'https://lp.jetbrains.com/python-developers-survey-2022/',
          asOf: '2023',
        },
        {
          label: 'PSF + JetBrains Python Developers Survey 2023 results',
          ref: 'https://lp.jetbrains.com/python-developers-survey-2023/',
          asOf: '2024',
        },
        {
          label: 'PSF + JetBrains Python Developers Survey 2024 results (survey taken late 2024)',
          ref: 'https://lp.jetbrains.com/python-developers-survey-2024/',
          asOf: '2025',
        },
      ],
      fastapi: [
        {
          label: 'PSF + JetBrains Python Developers Survey 2022 results',
          ref: 'https://lp.jetbrains.com/python-developers-survey-2022/',
          asOf: '2023',
        },
        {
          label: 'PSF + JetBrains Python Developers Survey 2023 results',
          ref: 'https://lp.jetbrains.com/python-developers-survey-2023/',
          asOf: '2024',
        },
        {
          label: 'PSF + JetBrains Python Developers Survey 2024 results (survey taken late 2024)',
          ref: 'https://lp.jetbrains.com/python-developers-survey-2024/',
          asOf: '2025',
        },
      ],
      flask: [
        {
          label: 'PSF + JetBrains Python Developers Survey 2022 results',
          ref: 'https://lp.jetbrains.com/python-developers-survey-2022/',
          asOf: '2023',
        },
        {
          label: 'PSF + JetBrains Python Developers Survey 2023 results',
          ref: 'https://lp.jetbrains.com/python-developers-survey-2023/',
          asOf: '2024',
        },
        {
          label: 'PSF + JetBrains Python Developers Survey 2024 results (survey taken late 2024)',
          ref: 'https://lp.jetbrains.com/python-developers-survey-2024/',
          asOf: '2025',
        },
      ],
    },
  },
  {
    id: 'long_term_stability',
    kind: 'framework',
    label: 'Long-term stability and LTS',
    question:
      'Is this a long-lived or existing (legacy) system where predictable upgrades and LTS matter?',
    whyItMatters: 'LTS lines and formal deprecation policies lower upgrade risk over years.',
    ratings: {
      django: 3,
      fastapi: 1,
      flask: 2,
    },
    justification: {
      django:
        'LTS releases get security fixes for at least three years (5.2 LTS, released April 2025) under a formal deprecation policy; from 2028 every annual release gets three years of support (DEP 0020).',
      fastapi:
        'Still 0.x with a Beta classifier; minor releases have removed Pydantic v1 support and older Python versions.',
      flask:
        'Stable 3.x line with deprecation-then-removal in feature releases, but no LTS branch.',
    },
    sources: {
      django: [
        {
          label:
            'Django 5.2 release notes (a long-term support release: security fixes for at least three years)',
          ref: 'https://docs.djangoproject.com/en/5.2/releases/5.2/',
          asOf: '2025-04-02',
        },
        {
          label: 'DEP 0020: Annual Release Cycle (accepted)',
          ref: 'https://github.com/django/deps/blob/1f31f095900bd28673fbffe814661aad43af4b2e/accepted/0020-annual-release-cycle.rst',
          asOf: '2026-04-24',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: release notes',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/release-notes.md',
          asOf: '2026-07-29',
        },
        {
          label: 'FastAPI 0.141.1 pyproject.toml (dependencies, classifiers)',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/pyproject.toml',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 changelog',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/CHANGES.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'ml_model_serving',
    kind: 'framework',
    label: 'Serving ML/LLM models',
    question: 'Will the service mainly expose ML/LLM models or data-science code as an API?',
    whyItMatters:
      'Model serving needs typed I/O schemas, concurrency for slow calls, and easy docs for consumers.',
    ratings: {
      django: 1,
      fastapi: 3,
      flask: 2,
    },
    justification: {
      django: 'Capable but heavyweight for a thin inference API.',
      fastapi:
        "Pydantic schemas, async endpoints and auto docs fit inference APIs; JetBrains' write-up of its 2024 survey links FastAPI's growth to data-science newcomers (secondary).",
      flask: 'Simple and long used for model endpoints; no typed schemas or async by default.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: Django at a glance',
          ref: 'https://docs.djangoproject.com/en/6.1/intro/overview/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'PSF + JetBrains Python Developers Survey 2024 results (survey taken late 2024)',
          ref: 'https://lp.jetbrains.com/python-developers-survey-2024/',
          asOf: '2025',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'background_jobs',
    kind: 'framework',
    label: 'Background jobs',
    question: 'Do you need background jobs (emails, reports, long tasks)?',
    whyItMatters: 'Built-in task APIs reduce glue code; heavy work still needs a queue/worker.',
    ratings: {
      django: 2,
      fastapi: 2,
      flask: 1,
    },
    justification: {
      django:
        'Django 6.0+ Tasks framework standardises defining/enqueueing tasks, but you must run a worker backend.',
      fastapi:
        'BackgroundTasks runs small jobs in-process after the response; docs recommend Celery for heavy work.',
      flask: 'No built-in tasks; docs show a Celery pattern.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: tasks framework',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/tasks/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: background tasks',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/background-tasks.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: background tasks with Celery',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/patterns/celery.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'testing_tooling',
    kind: 'framework',
    label: 'Built-in testing tools',
    question: 'How much do you value built-in testing tools?',
    whyItMatters: 'Good test clients and DB test isolation make CI cheaper.',
    ratings: {
      django: 3,
      fastapi: 2,
      flask: 2,
    },
    justification: {
      django:
        'Test runner, Client/AsyncClient, TestCase with per-test transactions, LiveServerTestCase.',
      fastapi:
        'TestClient (from Starlette, built on httpx2 since Starlette 1.2.0) and dependency overrides for mocking.',
      flask: 'app.test_client() and CLI runner; pytest-friendly.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: testing tools',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/testing/tools/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label:
            'Starlette 1.2.0 starlette/testclient.py (built on httpx2, warns that plain httpx is deprecated)',
          ref: 'https://github.com/Kludex/starlette/blob/1.2.0/starlette/testclient.py',
          asOf: '2026-05-28',
        },
        {
          label: 'FastAPI 0.141.1 docs: testing',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/testing.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: testing Flask applications',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/testing.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'security_defaults',
    kind: 'framework',
    label: 'Security defaults',
    question:
      'Do you want strong web-security defaults (CSRF, CSP, clickjacking, coordinated security releases)?',
    whyItMatters: 'Defaults prevent common OWASP issues without extra libraries.',
    ratings: {
      django: 3,
      fastapi: 2,
      flask: 2,
    },
    justification: {
      django:
        'CSRF protection, auto-escaping against XSS, clickjacking middleware and a built-in CSP since 6.0; security releases are announced in advance.',
      fastapi:
        'Validation via Pydantic and CORS middleware; CSRF/session hardening is on you for cookie-based apps.',
      flask: 'Jinja autoescaping and signed sessions; CSRF via Flask-WTF; security guidance page.',
    },
    sources: {
      django: [
        {
          label:
            "Django 6.1 docs: Django's security policies (security releases are announced in advance)",
          ref: 'https://docs.djangoproject.com/en/6.1/internals/security/',
          asOf: '2026-10-06',
        },
        {
          label: 'Django 6.1 docs: security in Django',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/security/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: features',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: security considerations',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/web-security.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'minimal_core',
    kind: 'answer',
    label: 'Minimal core, free choice of parts',
    question:
      'Do you want to choose every component yourself (ORM, auth, forms, layout) on a small core?',
    whyItMatters:
      'A small core leaves architecture to you: more freedom, more wiring; an integrated stack decides for you.',
    ratings: {
      django: 1,
      fastapi: 2,
      flask: 3,
    },
    justification: {
      django:
        "Components are swappable, but the admin, auth, forms and migrations are built around Django's own ORM and project layout.",
      fastapi:
        'Small core on Starlette with no ORM, auth model or layout imposed, but it is opinionated about Pydantic validation and its dependency-injection system.',
      flask:
        'Design docs: the core stays small and will never include a database layer or form library; extensions are chosen by the developer.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 FAQ: general',
          ref: 'https://docs.djangoproject.com/en/6.1/faq/general/',
          asOf: '2026-10-06',
        },
        {
          label: 'Django 6.1 docs: the admin site',
          ref: 'https://docs.djangoproject.com/en/6.1/ref/contrib/admin/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: features',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'sqlalchemy_fit',
    kind: 'answer',
    label: 'Fit with SQLAlchemy',
    question: 'Do you want SQLAlchemy (with Alembic migrations) as your ORM?',
    whyItMatters:
      'In our assessment SQLAlchemy is the most capable Python ORM outside Django; it has full asyncio support since 1.4.',
    ratings: {
      django: 1,
      fastapi: 3,
      flask: 3,
    },
    justification: {
      django:
        'Possible, but it bypasses the Django ORM that the admin, auth, forms and migrations depend on.',
      fastapi:
        'The official SQL tutorial uses SQLModel (SQLAlchemy plus Pydantic, accepting SQLAlchemy 2.1 since 0.0.48); async SQLAlchemy and Alembic are the common stack.',
      flask: 'Flask-SQLAlchemy with Flask-Migrate (Alembic) is the standard, well-trodden pairing.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: the admin site',
          ref: 'https://docs.djangoproject.com/en/6.1/ref/contrib/admin/',
          asOf: '2026-10-06',
        },
        {
          label: 'Django 6.1 docs: migrations',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/migrations/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: SQL (relational) databases',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/sql-databases.md',
          asOf: '2026-07-29',
        },
        {
          label: 'SQLModel 0.0.48 on PyPI (requires SQLAlchemy >=2.0.14,<2.2.0)',
          ref: 'https://pypi.org/project/sqlmodel/0.0.48/',
          asOf: '2026-12-07',
        },
      ],
      flask: [
        {
          label: 'Flask-SQLAlchemy 3.1.1 README',
          ref: 'https://github.com/pallets-eco/flask-sqlalchemy/blob/3.1.1/README.rst',
          asOf: '2023-09-11',
        },
        {
          label: 'Flask-Migrate release v4.1.0',
          ref: 'https://github.com/miguelgrinberg/Flask-Migrate/releases/tag/v4.1.0',
          asOf: '2025-01-10',
        },
      ],
    },
  },
  {
    id: 'no_relational_db',
    kind: 'answer',
    label: 'Works well without a relational database',
    question:
      'Will the app work without a relational database (a document store, other services, or no storage)?',
    whyItMatters: 'A framework built around an ORM carries machinery you will not use.',
    ratings: {
      django: 1,
      fastapi: 3,
      flask: 3,
    },
    justification: {
      django:
        'Runs without a database, but the admin, auth, sessions by default and migrations all assume one.',
      fastapi: 'No database assumptions: any client library or none.',
      flask: 'No database layer by design: nothing to switch off.',
    },
    sources: {
      django: [
        {
          label: 'Django 6.1 docs: the admin site',
          ref: 'https://docs.djangoproject.com/en/6.1/ref/contrib/admin/',
          asOf: '2026-10-06',
        },
        {
          label: 'Django 6.1 docs: user authentication',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/auth/',
          asOf: '2026-10-06',
        },
        {
          label: 'Django 6.1 docs: migrations',
          ref: 'https://docs.djangoproject.com/en/6.1/topics/migrations/',
          asOf: '2026-10-06',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: SQL (relational) databases',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/sql-databases.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: design decisions',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/design.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'django_experience',
    kind: 'team',
    label: 'Team knows Django',
    question: 'Does the team already know Django?',
    whyItMatters: 'Existing expertise and code lower the cost and risk of delivery.',
    ratings: {
      django: 3,
      fastapi: 1,
      flask: 1,
    },
    justification: {
      django: "The team's existing skills apply directly.",
      fastapi:
        'A different model (type hints, dependency injection, async); little carries over beyond Python and HTTP.',
      flask: 'A different, smaller toolkit to learn; little carries over beyond Python and HTTP.',
    },
    sources: {
      django: [],
      fastapi: [],
      flask: [],
    },
  },
  {
    id: 'flask_experience',
    kind: 'team',
    label: 'Team knows Flask',
    question: 'Does the team already know Flask?',
    whyItMatters: 'Existing expertise and code lower the cost and risk of delivery.',
    ratings: {
      django: 1,
      fastapi: 1,
      flask: 3,
    },
    justification: {
      django: 'A much larger framework with its own conventions to learn.',
      fastapi:
        'Routing decorators look alike, but Pydantic validation, dependency injection and async are new, and Flask extensions do not carry over.',
      flask: "The team's existing skills apply directly.",
    },
    sources: {
      django: [],
      fastapi: [],
      flask: [],
    },
  },
  {
    id: 'small_web_app',
    kind: 'framework',
    label: 'Small web app of a few pages',
    question:
      'Is this a small app of a few pages for a known group of users (an internal tool, a dashboard, an upload page)?',
    whyItMatters:
      'A few pages need routing, templates and forms, not a project layout built for many apps and models.',
    ratings: {
      django: 1,
      fastapi: 2,
      flask: 3,
    },
    justification: {
      django:
        'Project, settings and app layout come first even for a few pages; it pays off mainly when the admin itself is the tool.',
      fastapi:
        'Jinja2 templates, form fields and file uploads work, but rendering HTML forms and CSRF protection are yours to add.',
      flask:
        'A few routes and Jinja2 templates fit in one module, as the quickstart shows; nothing to switch off.',
    },
    sources: {
      django: [
        {
          label: 'Django 5.2 docs: the admin, for an organization’s internal management tool',
          ref: 'https://docs.djangoproject.com/en/5.2/ref/contrib/admin/',
          asOf: '2026-10',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: templates',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/advanced/templates.md',
          asOf: '2026-07-29',
        },
        {
          label: 'FastAPI 0.141.1 docs: form data',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/request-forms.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask 3.1.3 docs: quickstart (a minimal application in one file)',
          ref: 'https://github.com/pallets/flask/blob/3.1.3/docs/quickstart.rst',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'django_orm_fit',
    kind: 'answer',
    label: 'Uses Django’s ORM',
    question: 'Do you want Django’s ORM as your database layer?',
    whyItMatters:
      'Django’s models drive its migrations, admin, forms and auth; outside Django they lose most of that.',
    ratings: {
      django: 3,
      fastapi: 1,
      flask: 1,
    },
    justification: {
      django: 'Its own ORM: one model definition drives migrations, the admin, forms and auth.',
      fastapi:
        'Cannot use Django’s models without configuring Django alongside; its docs and add-ons assume SQLAlchemy or SQLModel.',
      flask:
        'Cannot use Django’s models without configuring Django alongside; its extensions assume SQLAlchemy.',
    },
    sources: {
      django: [
        {
          label: 'Django 5.2 docs: Models',
          ref: 'https://docs.djangoproject.com/en/5.2/topics/db/models/',
          asOf: '2026-10',
        },
      ],
      fastapi: [
        {
          label: 'FastAPI 0.141.1 docs: SQL (relational) databases',
          ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/sql-databases.md',
          asOf: '2026-07-29',
        },
      ],
      flask: [
        {
          label: 'Flask docs 3.1.x: Tutorial',
          ref: 'https://flask.palletsprojects.com/en/3.1.x/tutorial/',
          asOf: '2026-02-18',
        },
      ],
    },
  },
  {
    id: 'codebase_django',
    kind: 'team',
    label: 'Joins an existing Django codebase',
    question: 'Does the project join an existing Django codebase?',
    whyItMatters:
      'Extending the code you run keeps one stack, one deployment and the models and auth you have.',
    ratings: {
      django: 3,
      fastapi: 1,
      flask: 1,
    },
    justification: {
      django: 'The new part reuses the existing project directly.',
      fastapi:
        'A second framework beside it: new deployment, no reuse of its models, settings or auth.',
      flask:
        'A second framework beside it: new deployment, no reuse of its models, settings or auth.',
    },
    sources: {
      django: [],
      fastapi: [],
      flask: [],
    },
  },
  {
    id: 'codebase_flask',
    kind: 'team',
    label: 'Joins an existing Flask codebase',
    question: 'Does the project join an existing Flask codebase?',
    whyItMatters:
      'Extending the code you run keeps one stack, one deployment and the models and auth you have.',
    ratings: {
      django: 1,
      fastapi: 1,
      flask: 3,
    },
    justification: {
      django:
        'A second framework beside it: new deployment, no reuse of its models, settings or auth.',
      fastapi:
        'A second framework beside it: new deployment, no reuse of its models, settings or auth.',
      flask: 'The new part reuses the existing app directly.',
    },
    sources: {
      django: [],
      fastapi: [],
      flask: [],
    },
  },
  {
    id: 'codebase_fastapi',
    kind: 'team',
    label: 'Joins an existing FastAPI codebase',
    question: 'Does the project join an existing FastAPI codebase?',
    whyItMatters:
      'Extending the code you run keeps one stack, one deployment and the models and auth you have.',
    ratings: {
      django: 1,
      fastapi: 3,
      flask: 1,
    },
    justification: {
      django:
        'A second framework beside it: new deployment, no reuse of its models, settings or auth.',
      fastapi: 'The new part reuses the existing service directly.',
      flask:
        'A second framework beside it: new deployment, no reuse of its models, settings or auth.',
    },
    sources: {
      django: [],
      fastapi: [],
      flask: [],
    },
  },
];
