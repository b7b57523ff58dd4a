/**
 * The 27 rated criteria of scoring model 2026-11, copied from the project's reference data
 * (criteria.json). Released data: ids, ratings and weights never change (ship a new model
 * instead); texts and sources were brought up to the data date of December 2026, and every
 * justification is shown as the project's assessment.
 */
import { MILESTONES as M, RELEASES as R } from '../content/releases';
import { SOURCES } from '../content/sources';
import type { Criterion } from '../model-types';

export const CRITERIA_2026_11 = [
  {
    id: 'async_io',
    kind: 'framework',
    label: 'Async I/O and concurrency',
    question:
      'Will the app spend most of its time waiting on I/O with many concurrent requests (external APIs, LLM calls, streaming)?',
    whyItMatters:
      'Async-native stacks serve many concurrent waiting requests per process; thread-based stacks need more workers/memory.',
    ratings: { django: 2, fastapi: 3, flask: 1 },
    justification: {
      django: `Async views since ${M.django31.version} and async QuerySet API since ${M.django41.version}, but ORM work still runs in threads, no async transactions, and sync middleware forces thread-per-request.`,
      fastapi:
        'ASGI-native on Starlette; async endpoints by default, plain def endpoints offloaded to a threadpool.',
      flask: `async def views work since ${M.flask20.version} with flask[async], but under WSGI each request still holds a worker; docs point to Quart for async-heavy apps.`,
    },
    sources: {
      django: [SOURCES.django31Notes, SOURCES.django41Notes, SOURCES.djangoAsync],
      fastapi: [SOURCES.fastapiAsync],
      flask: [SOURCES.flaskAsync, SOURCES.flaskPyproject],
    },
  },
  {
    id: 'websockets_realtime',
    kind: 'framework',
    label: 'WebSockets and real-time',
    question: 'Do you need WebSockets or other real-time push (chat, live dashboards)?',
    whyItMatters:
      'Real-time features need a long-lived-connection (ASGI) stack; bolting them on adds infrastructure.',
    ratings: { django: 2, fastapi: 3, flask: 1 },
    justification: {
      django: `Django Channels (official Django project, ${R.channels.version}) adds WebSockets; requires an ASGI server such as Daphne and usually a channel layer.`,
      fastapi: 'WebSocket routes are built in through Starlette.',
      flask: `Only via extensions (Flask-SocketIO ${R.flaskSocketio.version}; flask-sock last released 2023) and gevent/eventlet-style servers.`,
    },
    sources: {
      django: [R.channels.source],
      fastapi: [SOURCES.fastapiWebSockets],
      flask: [R.flaskSocketio.source, R.flaskSock.source],
    },
  },
  {
    id: 'builtin_admin',
    kind: 'framework',
    label: 'Admin panel',
    question: 'Do non-developers need a ready-made admin/back-office UI over your data?',
    whyItMatters: 'An auto-generated admin saves weeks of CRUD UI work for internal users.',
    ratings: { django: 3, fastapi: 1, flask: 2 },
    justification: {
      django: 'django.contrib.admin is built in and generated from models.',
      fastapi: `No admin; third-party SQLAdmin (${R.sqladmin.version}, now at smithyhq/sqladmin) or starlette-admin (${R.starletteAdmin.version}) over SQLAlchemy/SQLModel.`,
      flask: `Flask-Admin (${R.flaskAdmin.version}, Pallets-Eco) is a mature extension modelled on Django's admin.`,
    },
    sources: {
      django: [SOURCES.djangoAdmin],
      fastapi: [R.sqladmin.source, SOURCES.sqlAdminRepo, R.starletteAdmin.source],
      flask: [SOURCES.flaskAdminReadme, R.flaskAdmin.source],
    },
  },
  {
    id: 'orm_integrated',
    kind: 'framework',
    label: 'Integrated ORM and migrations',
    question: 'Do you want an ORM and migrations that come integrated with the framework?',
    whyItMatters:
      'An integrated ORM drives admin, forms, auth and migrations from one model definition; choose-your-own gives flexibility but more wiring.',
    ratings: { django: 3, fastapi: 2, flask: 2 },
    justification: {
      django: 'Built-in ORM plus makemigrations/migrate; admin, forms and DRF reuse the models.',
      fastapi:
        'No ORM; docs use SQLModel (SQLAlchemy + Pydantic) and Alembic for migrations; async SQLAlchemy works well.',
      flask:
        'No DB layer by design; Flask-SQLAlchemy + Flask-Migrate (Alembic) is the standard, well-trodden pairing.',
    },
    sources: {
      django: [SOURCES.djangoOverview, SOURCES.djangoMigrations],
      fastapi: [SOURCES.fastapiSql, SOURCES.alembicTutorial, SOURCES.sqlalchemyAsyncio],
      flask: [SOURCES.flaskDesign, SOURCES.flaskSqlalchemyReadme, R.flaskMigrate.source],
    },
  },
  {
    id: 'raw_throughput',
    kind: 'framework',
    label: 'Raw throughput',
    question: 'Is raw request throughput/latency per server a top-3 requirement?',
    whyItMatters:
      'Framework overhead matters for high-RPS, thin endpoints; for DB-heavy apps the database usually dominates.',
    ratings: { django: 1, fastapi: 3, flask: 2 },
    justification: {
      django: `Heaviest request stack of the three; TechEmpower entries exist but run Django ${M.django32.version} + Meinheld + MySQL, so numbers are dated (exact R23 figures not available here).`,
      fastapi:
        'Project docs cite TechEmpower placing it just below Starlette/Uvicorn among Python frameworks; R23 entry uses Gunicorn+UvicornWorker with raw asyncpg. Relative rating only.',
      flask: `Light core; TechEmpower entries use Flask ${M.flask22.version} + Meinheld; still WSGI thread/process model. Relative rating, not measured here.`,
    },
    sources: {
      django: [SOURCES.techEmpowerR23, SOURCES.techEmpowerSunset],
      fastapi: [SOURCES.fastapiBenchmarks, SOURCES.techEmpowerR23],
      flask: [SOURCES.techEmpowerR23, SOURCES.techEmpowerSunset],
    },
  },
  {
    id: 'auto_api_docs',
    kind: 'framework',
    label: 'Auto-generated API docs',
    question: 'Do you need interactive, auto-generated API documentation (OpenAPI/Swagger)?',
    whyItMatters:
      'Auto-generated contracts speed up frontend/mobile/partner integration and client generation.',
    ratings: { django: 2, fastapi: 3, flask: 1 },
    justification: {
      django:
        "Not in core; DRF's own OpenAPI generator is deprecated in favour of drf-spectacular, or use django-ninja which generates OpenAPI from type hints.",
      fastapi: 'Built in: OpenAPI + JSON Schema with Swagger UI and ReDoc served automatically.',
      flask: 'Not in core; APIFlask or flask-smorest generate OpenAPI from schemas.',
    },
    sources: {
      django: [SOURCES.drfSchemas, SOURCES.djangoNinja],
      fastapi: [SOURCES.fastapiFeatures],
      flask: [SOURCES.apiFlask, SOURCES.flaskSmorest],
    },
  },
  {
    id: 'typed_validation',
    kind: 'framework',
    label: 'Validation from type hints',
    question: 'Do you want request/response validation driven by Python type hints?',
    whyItMatters:
      'Type-driven validation reduces boilerplate and gives editor autocompletion and fewer runtime errors.',
    ratings: { django: 2, fastapi: 3, flask: 1 },
    justification: {
      django:
        'Forms/ModelForms and DRF serializers validate well but are not type-hint driven; django-ninja adds Pydantic-based typing.',
      fastapi:
        'Pydantic v2 is a hard dependency; parameters and bodies are validated from type hints.',
      flask: 'No validation layer in core; marshmallow, WTForms or Pydantic via APIFlask.',
    },
    sources: {
      django: [SOURCES.djangoForms, SOURCES.djangoNinja],
      fastapi: [SOURCES.fastapiPyproject, SOURCES.fastapiReleaseNotes],
      flask: [SOURCES.flaskDesign, SOURCES.apiFlask, SOURCES.flaskSmorest],
    },
  },
  {
    id: 'server_rendered_html',
    kind: 'framework',
    label: 'Server-rendered HTML',
    question: 'Will the product be mostly server-rendered HTML pages (possibly with HTMX)?',
    whyItMatters:
      'First-class templating, forms and CSRF make page-based apps much faster to build.',
    ratings: { django: 3, fastapi: 1, flask: 3 },
    justification: {
      django: `Django template language (plus Jinja2 backend), forms, CSRF; template partials added in ${M.django60.version} help HTMX-style fragments.`,
      fastapi:
        "Possible via Starlette's Jinja2Templates, but the framework is API-first; forms/CSRF are on you.",
      flask: 'Jinja2 is a core dependency; templating and blueprints are first-class.',
    },
    sources: {
      django: [SOURCES.djangoTemplates, SOURCES.django60Notes],
      fastapi: [SOURCES.fastapiTemplates],
      flask: [SOURCES.flaskPyproject, SOURCES.flaskDesign],
    },
  },
  {
    id: 'builtin_auth',
    kind: 'framework',
    label: 'Built-in accounts and login',
    question: 'Do you need user accounts, login, permissions out of the box?',
    whyItMatters:
      'Rolling your own auth is slow and risky; built-in auth comes with reviewed security defaults.',
    ratings: { django: 3, fastapi: 1, flask: 1 },
    justification: {
      django: 'django.contrib.auth: users, groups, permissions, sessions, password hashing.',
      fastapi:
        'Security primitives (OAuth2/JWT, API keys) integrated with OpenAPI, but no user model; fastapi-users is now in maintenance mode.',
      flask: `Core only has signed-cookie sessions; Flask-Login (last release 2023) or Flask-Security (${R.flaskSecurity.version}, active).`,
    },
    sources: {
      django: [SOURCES.djangoAuth],
      fastapi: [SOURCES.fastapiFeatures, SOURCES.fastapiUsers],
      flask: [R.flaskLogin.source, R.flaskSecurity.source],
    },
  },
  {
    id: 'full_web_app',
    kind: 'framework',
    label: 'Full web application',
    question: 'Is this a full product (pages, accounts, admin, email, many data models)?',
    whyItMatters: 'Batteries-included stacks cut integration work for broad, CRUD-heavy products.',
    ratings: { django: 3, fastapi: 1, flask: 2 },
    justification: {
      django: 'Batteries included: ORM, admin, auth, forms, templates, migrations, tasks API.',
      fastapi: 'Possible but you assemble ORM, admin, auth, templates yourself.',
      flask: 'Workable with a curated set of extensions; more assembly and decisions.',
    },
    sources: {
      django: [SOURCES.djangoOverview, SOURCES.djangoTasks],
      fastapi: [SOURCES.fastapiSql, SOURCES.fastapiFeatures],
      flask: [SOURCES.flaskDesign],
    },
  },
  {
    id: 'small_api_service',
    kind: 'framework',
    label: 'Small API service',
    question: 'Is this a small, API-only service (a few endpoints, JSON in/out)?',
    whyItMatters: 'Minimal frameworks start faster and carry less unused machinery.',
    ratings: { django: 1, fastapi: 3, flask: 2 },
    justification: {
      django:
        'Works (especially with django-ninja), but project/settings/apps structure is heavy for a few endpoints.',
      fastapi: 'Designed for this: validation, docs and DI included with little code.',
      flask: 'Minimal core, quick to start; add validation/docs via extensions.',
    },
    sources: {
      django: [SOURCES.djangoNinja],
      fastapi: [SOURCES.fastapiFeatures],
      flask: [SOURCES.flaskDesign],
    },
  },
  {
    id: 'monolith',
    kind: 'framework',
    label: 'Large modular monolith',
    question: 'Will one codebase hold many business domains and grow for years (modular monolith)?',
    whyItMatters:
      'Strong conventions and a built-in app structure keep large monoliths consistent.',
    ratings: { django: 3, fastapi: 2, flask: 2 },
    justification: {
      django:
        'Apps/settings conventions, migrations and admin scale to large monoliths (heuristic; no survey data).',
      fastapi: 'APIRouter + DI help, but project layout is team-defined.',
      flask: 'Blueprints help, but structure is team-defined.',
    },
    sources: {
      django: [SOURCES.djangoOverview],
      fastapi: [SOURCES.fastapiFeatures],
      flask: [SOURCES.flaskDesign],
    },
  },
  {
    id: 'microservices',
    kind: 'framework',
    label: 'Microservices',
    question: 'Will you deploy many small, independently scaled services (containers)?',
    whyItMatters:
      'Small footprint, explicit API contracts and async I/O suit service meshes (heuristic).',
    ratings: { django: 1, fastapi: 3, flask: 2 },
    justification: {
      django:
        'Heavier per service; fine but often overkill for single-purpose services (heuristic).',
      fastapi: 'Small surface, OpenAPI contracts per service, ASGI (heuristic).',
      flask: 'Small footprint and simple WSGI deployment (heuristic).',
    },
    sources: {
      django: [SOURCES.djangoOverview],
      fastapi: [SOURCES.fastapiFeatures],
      flask: [SOURCES.flaskDesign],
    },
  },
  {
    id: 'beginner_friendly',
    kind: 'framework',
    label: 'Beginner friendly',
    question: 'Is the team new to Python web development?',
    whyItMatters:
      'A gentle learning curve shortens onboarding; half of Python devs surveyed in 2024 had under two years of professional experience (secondary).',
    ratings: { django: 2, fastapi: 2, flask: 3 },
    justification: {
      django:
        'Excellent tutorial and docs, but many concepts (apps, ORM, migrations, settings) up front.',
      fastapi: 'Very good docs, but assumes comfort with type hints and async/await concepts.',
      flask: 'Tiny core; a working app fits in one file.',
    },
    sources: {
      django: [SOURCES.djangoOverview],
      fastapi: [SOURCES.fastapiAsync],
      flask: [SOURCES.flaskDesign],
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
    ratings: { django: 3, fastapi: 1, flask: 1 },
    justification: {
      django: 'Opinionated project layout, ORM, admin, forms, settings.',
      fastapi: 'Opinionated about typing/DI/validation, but not about ORM, layout or auth.',
      flask: 'Explicitly leaves database, forms and most choices to you.',
    },
    sources: {
      django: [SOURCES.djangoFaqGeneral, SOURCES.djangoOverview],
      fastapi: [SOURCES.fastapiFeatures, SOURCES.fastapiSql],
      flask: [SOURCES.flaskDesign],
    },
  },
  {
    id: 'ecosystem_maturity',
    kind: 'framework',
    label: 'Mature ecosystem',
    question: 'How important is a large, mature ecosystem of reusable packages?',
    whyItMatters:
      'Mature ecosystems reduce build-it-yourself risk and have long-maintained packages.',
    ratings: { django: 3, fastapi: 2, flask: 2 },
    justification: {
      django:
        "20 years old (open-sourced July 2005); DRF, Channels, ninja, many apps; DRF now 'feature-complete'.",
      fastapi:
        'Fast-growing (≈100K GitHub stars, June 2026) but younger; some key add-ons already in maintenance mode (fastapi-users).',
      flask:
        '16 years of extensions, but several popular ones are slow-moving (Flask-Login last release 2023, flask-sock 2023).',
    },
    sources: {
      django: [SOURCES.djangoTwoYears, R.djangorestframework.source, R.channels.source],
      fastapi: [SOURCES.fastapiFirstTag, SOURCES.fastapiUsers],
      flask: [R.flaskLogin.source, R.flaskSock.source, R.flaskSecurity.source],
    },
  },
  {
    id: 'hiring_pool',
    kind: 'framework',
    label: 'Hiring pool',
    question: 'Does hiring/availability of developers matter?',
    whyItMatters:
      'Larger user bases make hiring and onboarding easier. Note: no primary job-postings data was found; ratings use usage surveys.',
    ratings: { django: 3, fastapi: 3, flask: 2 },
    justification: {
      django:
        'Large long-standing user base: 39% and 33% of surveyed Python developers in the 2022 and 2023 surveys; we found no primary source for its 2024 share.',
      fastapi:
        'Fastest growing in the surveys: 25% (2022) -> 29% (2023) -> 38% (2024 survey, taken late 2024).',
      flask:
        'Usage share fell from 39% (2022) to 33% (2023); we found no primary source for its 2024 share.',
    },
    sources: {
      django: [SOURCES.pythonSurvey2022, SOURCES.pythonSurvey2023, SOURCES.pythonSurvey2024],
      fastapi: [SOURCES.pythonSurvey2022, SOURCES.pythonSurvey2023, SOURCES.pythonSurvey2024],
      flask: [SOURCES.pythonSurvey2022, SOURCES.pythonSurvey2023, SOURCES.pythonSurvey2024],
    },
  },
  {
    id: 'long_term_stability',
    kind: 'framework',
    label: 'Long-term stability and LTS',
    question:
      'Is this a long-lived or existing (legacy) system where predictable upgrades and LTS matter?',
    whyItMatters: 'LTS lines and formal deprecation policies lower upgrade risk over years.',
    ratings: { django: 3, fastapi: 1, flask: 2 },
    justification: {
      django: `LTS releases with about three years of support (${M.django52.version} LTS to April 2028) and a formal deprecation policy; from 2028 every annual release gets three years of support (DEP 0020).`,
      fastapi: `Still 0.x with Beta classifier; minor releases removed Pydantic v1 (${M.fastapiDropPydanticV1.version}, ${M.fastapiPydanticV1Gone.version}) and Python ${M.python38.version} and ${M.python39.version} support (${M.fastapiDropPy38.version}, ${M.fastapiDropPy39.version}).`,
      flask:
        'Stable 3.x line with deprecation-then-removal in feature releases, but no LTS branch.',
    },
    sources: {
      django: [SOURCES.djangoEndOfLife, SOURCES.djangoAnnualCycle],
      fastapi: [SOURCES.fastapiReleaseNotes, SOURCES.fastapiPyproject],
      flask: [SOURCES.flaskChanges],
    },
  },
  {
    id: 'ml_model_serving',
    kind: 'framework',
    label: 'Serving ML/LLM models',
    question: 'Will the service mainly expose ML/LLM models or data-science code as an API?',
    whyItMatters:
      'Model serving needs typed I/O schemas, concurrency for slow calls, and easy docs for consumers.',
    ratings: { django: 1, fastapi: 3, flask: 2 },
    justification: {
      django: 'Capable but heavyweight for a thin inference API.',
      fastapi:
        'Pydantic schemas, async endpoints and auto docs fit inference APIs; survey commentary links FastAPI growth to data-science newcomers (secondary).',
      flask: 'Simple and long used for model endpoints; no typed schemas or async by default.',
    },
    sources: {
      django: [SOURCES.djangoOverview],
      fastapi: [SOURCES.fastapiFeatures, SOURCES.pythonSurvey2024],
      flask: [SOURCES.flaskDesign],
    },
  },
  {
    id: 'background_jobs',
    kind: 'framework',
    label: 'Background jobs',
    question: 'Do you need background jobs (emails, reports, long tasks)?',
    whyItMatters: 'Built-in task APIs reduce glue code; heavy work still needs a queue/worker.',
    ratings: { django: 2, fastapi: 2, flask: 1 },
    justification: {
      django: `Django ${M.django60.version}+ Tasks framework standardises defining/enqueueing tasks, but you must run a worker backend.`,
      fastapi:
        'BackgroundTasks runs small jobs in-process after the response; docs recommend Celery for heavy work.',
      flask: 'No built-in tasks; docs show a Celery pattern.',
    },
    sources: {
      django: [SOURCES.djangoTasks],
      fastapi: [SOURCES.fastapiBackgroundTasks],
      flask: [SOURCES.flaskCelery],
    },
  },
  {
    id: 'testing_tooling',
    kind: 'framework',
    label: 'Built-in testing tools',
    question: 'How much do you value built-in testing tools?',
    whyItMatters: 'Good test clients and DB test isolation make CI cheaper.',
    ratings: { django: 3, fastapi: 2, flask: 2 },
    justification: {
      django:
        'Test runner, Client/AsyncClient, TestCase with per-test transactions, LiveServerTestCase.',
      fastapi: `TestClient (from Starlette, built on httpx2 since ${M.starlette17.version}) and dependency overrides for mocking.`,
      flask: 'app.test_client() and CLI runner; pytest-friendly.',
    },
    sources: {
      django: [SOURCES.djangoTesting],
      fastapi: [SOURCES.fastapiTesting, SOURCES.starletteTestClient],
      flask: [SOURCES.flaskTesting],
    },
  },
  {
    id: 'security_defaults',
    kind: 'framework',
    label: 'Security defaults',
    question:
      'Do you want strong web-security defaults (CSRF, CSP, clickjacking, coordinated security releases)?',
    whyItMatters: 'Defaults prevent common OWASP issues without extra libraries.',
    ratings: { django: 3, fastapi: 2, flask: 2 },
    justification: {
      django: `CSRF, XSS auto-escaping, clickjacking middleware, built-in CSP since ${M.django60.version}, scheduled security releases (e.g. ${R.django.version} on ${R.django.date}).`,
      fastapi:
        'Validation via Pydantic and CORS middleware; CSRF/session hardening is on you for cookie-based apps.',
      flask: 'Jinja autoescaping and signed sessions; CSRF via Flask-WTF; security guidance page.',
    },
    sources: {
      django: [SOURCES.djangoSecurity, SOURCES.django60Notes, R.django.source],
      fastapi: [SOURCES.fastapiFeatures],
      flask: [SOURCES.flaskWebSecurity],
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
    ratings: { django: 1, fastapi: 2, flask: 3 },
    justification: {
      django:
        "Components are swappable, but the admin, auth, forms and migrations are built around Django's own ORM and project layout.",
      fastapi:
        'Small core on Starlette with no ORM, auth model or layout imposed, but it is opinionated about Pydantic validation and its dependency-injection system.',
      flask:
        'Design docs: the core stays small and will never include a database layer or form library; extensions are chosen by the developer.',
    },
    sources: {
      django: [SOURCES.djangoFaqGeneral, SOURCES.djangoAdmin],
      fastapi: [SOURCES.fastapiFeatures],
      flask: [SOURCES.flaskDesign],
    },
  },
  {
    id: 'sqlalchemy_fit',
    kind: 'answer',
    label: 'Fit with SQLAlchemy',
    question: 'Do you want SQLAlchemy (with Alembic migrations) as your ORM?',
    whyItMatters: `In our assessment SQLAlchemy is the most capable Python ORM outside Django; it has full asyncio support since ${M.sqlalchemy14.version}.`,
    ratings: { django: 1, fastapi: 3, flask: 3 },
    justification: {
      django:
        'Possible, but it bypasses the Django ORM that the admin, auth, forms and migrations depend on.',
      fastapi: `The official SQL tutorial uses SQLModel (SQLAlchemy + Pydantic, SQLAlchemy below ${M.sqlalchemy21.version} only); async SQLAlchemy and Alembic are the common stack.`,
      flask: 'Flask-SQLAlchemy with Flask-Migrate (Alembic) is the standard, well-trodden pairing.',
    },
    sources: {
      django: [SOURCES.djangoAdmin, SOURCES.djangoMigrations],
      fastapi: [SOURCES.fastapiSql, SOURCES.sqlalchemyAsyncio, SOURCES.alembicTutorial],
      flask: [SOURCES.flaskSqlalchemyReadme, R.flaskMigrate.source],
    },
  },
  {
    id: 'no_relational_db',
    kind: 'answer',
    label: 'Works well without a relational database',
    question:
      'Will the app work without a relational database (a document store, other services, or no storage)?',
    whyItMatters: 'A framework built around an ORM carries machinery you will not use.',
    ratings: { django: 1, fastapi: 3, flask: 3 },
    justification: {
      django:
        'Runs without a database, but the admin, auth, sessions by default and migrations all assume one.',
      fastapi: 'No database assumptions: any client library or none.',
      flask: 'No database layer by design: nothing to switch off.',
    },
    sources: {
      django: [SOURCES.djangoAdmin, SOURCES.djangoAuth, SOURCES.djangoMigrations],
      fastapi: [SOURCES.fastapiSql],
      flask: [SOURCES.flaskDesign],
    },
  },
  {
    id: 'django_experience',
    kind: 'team',
    label: 'Team knows Django',
    question: 'Does the team already know Django?',
    whyItMatters: 'Existing expertise and code lower the cost and risk of delivery.',
    ratings: { django: 3, fastapi: 1, flask: 1 },
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
    ratings: { django: 1, fastapi: 2, flask: 3 },
    justification: {
      django: 'A much larger framework with its own conventions to learn.',
      fastapi:
        'Decorator-based routing on a small core feels familiar to Flask developers; type hints and async are new.',
      flask: "The team's existing skills apply directly.",
    },
    sources: {
      django: [],
      fastapi: [],
      flask: [],
    },
  },
] as const satisfies readonly Criterion[];
