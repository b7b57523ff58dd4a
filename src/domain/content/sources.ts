import type { Source } from './sourced';

const FLASK_TAG = 'https://github.com/pallets/flask/blob/3.1.3';
const FASTAPI_TAG = 'https://github.com/fastapi/fastapi/blob/0.141.1';
const DJANGO_DOCS = 'https://docs.djangoproject.com/en/6.1';

/**
 * Every source the content files cite, each a link to a versioned page or a file pinned to a tag
 * or commit. Content files pick from here so one source is spelled one way; release pages live
 * with their versions in releases.ts.
 */
export const SOURCES = {
  // Django
  djangoTwoYears: {
    label: 'Django weblog: two years of Django (open-sourced July 2005)',
    ref: 'https://www.djangoproject.com/weblog/2007/jul/15/twoyears/',
    asOf: '2007-07-15',
  },
  djangoOverview: {
    label: 'Django 6.1 docs: Django at a glance',
    ref: `${DJANGO_DOCS}/intro/overview/`,
    asOf: '2026-10-06',
  },
  djangoMigrations: {
    label: 'Django 6.1 docs: migrations',
    ref: `${DJANGO_DOCS}/topics/migrations/`,
    asOf: '2026-10-06',
  },
  djangoQuerysets: {
    label: 'Django 6.1 docs: making queries',
    ref: `${DJANGO_DOCS}/topics/db/queries/`,
    asOf: '2026-10-06',
  },
  djangoFaqGeneral: {
    label: 'Django 6.1 FAQ: general',
    ref: `${DJANGO_DOCS}/faq/general/`,
    asOf: '2026-10-06',
  },
  django31Notes: {
    label: 'Django 3.1 release notes',
    ref: `${DJANGO_DOCS}/releases/3.1/`,
    asOf: '2020-08-04',
  },
  django41Notes: {
    label: 'Django 4.1 release notes',
    ref: `${DJANGO_DOCS}/releases/4.1/`,
    asOf: '2022-08-03',
  },
  django42Notes: {
    label: 'Django 4.2 release notes',
    ref: `${DJANGO_DOCS}/releases/4.2/`,
    asOf: '2023-04-03',
  },
  django60Notes: {
    label: 'Django 6.0 release notes',
    ref: 'https://docs.djangoproject.com/en/6.0/releases/6.0/',
    asOf: '2025-12-03',
  },
  django61Notes: {
    label: 'Django 6.1 release notes',
    ref: `${DJANGO_DOCS}/releases/6.1/`,
    asOf: '2026-08',
  },
  djangoAsync: {
    label: 'Django 6.1 docs: asynchronous support',
    ref: `${DJANGO_DOCS}/topics/async/`,
    asOf: '2026-10-06',
  },
  djangoTransactions: {
    label: 'Django 6.1 docs: database transactions',
    ref: `${DJANGO_DOCS}/topics/db/transactions/`,
    asOf: '2026-10-06',
  },
  djangoForms: {
    label: 'Django 6.1 docs: working with forms',
    ref: `${DJANGO_DOCS}/topics/forms/`,
    asOf: '2026-10-06',
  },
  djangoAdmin: {
    label: 'Django 6.1 docs: the admin site',
    ref: `${DJANGO_DOCS}/ref/contrib/admin/`,
    asOf: '2026-10-06',
  },
  djangoAuth: {
    label: 'Django 6.1 docs: user authentication',
    ref: `${DJANGO_DOCS}/topics/auth/`,
    asOf: '2026-10-06',
  },
  djangoTemplates: {
    label: 'Django 6.1 docs: templates',
    ref: `${DJANGO_DOCS}/topics/templates/`,
    asOf: '2026-10-06',
  },
  djangoTesting: {
    label: 'Django 6.1 docs: testing tools',
    ref: `${DJANGO_DOCS}/topics/testing/tools/`,
    asOf: '2026-10-06',
  },
  djangoTasks: {
    label: 'Django 6.1 docs: tasks framework',
    ref: `${DJANGO_DOCS}/topics/tasks/`,
    asOf: '2026-10-06',
  },
  djangoSecurity: {
    label: 'Django 6.1 docs: security in Django',
    ref: `${DJANGO_DOCS}/topics/security/`,
    asOf: '2026-10-06',
  },
  django52Notes: {
    label:
      'Django 5.2 release notes (a long-term support release: security fixes for at least three years)',
    ref: 'https://docs.djangoproject.com/en/5.2/releases/5.2/',
    asOf: '2025-04-02',
  },
  djangoSecurityPolicy: {
    label:
      "Django 6.1 docs: Django's security policies (security releases are announced in advance)",
    ref: `${DJANGO_DOCS}/internals/security/`,
    asOf: '2026-10-06',
  },
  django612Notes: {
    label: 'Django 6.1.2 release notes (a data-loss fix and bugfixes, no security fixes)',
    ref: `${DJANGO_DOCS}/releases/6.1.2/`,
    asOf: '2026-10-06',
  },
  channelsReadme: {
    label:
      'Django Channels 4.3.2 README (an official Django project; runs under Daphne or another ASGI server)',
    ref: 'https://github.com/django/channels/blob/4.3.2/README.rst',
    asOf: '2025-11-20',
  },
  drfContributing: {
    label: 'Django REST framework 3.18.0 docs: contributing ("feature-complete")',
    ref: 'https://github.com/encode/django-rest-framework/blob/3.18.0/docs/community/contributing.md',
    asOf: '2026-08-07',
  },
  djangoAnnualCycle: {
    label: 'DEP 0020: Annual Release Cycle (accepted)',
    ref: 'https://github.com/django/deps/blob/1f31f095900bd28673fbffe814661aad43af4b2e/accepted/0020-annual-release-cycle.rst',
    asOf: '2026-04-24',
  },
  drfSchemas: {
    label: 'Django REST framework 3.18.0 docs: schemas',
    ref: 'https://github.com/encode/django-rest-framework/blob/3.18.0/docs/api-guide/schemas.md',
    asOf: '2026-08-07',
  },
  djangoNinja: {
    label: 'django-ninja v1.6.3 README',
    ref: 'https://github.com/vitalik/django-ninja/blob/v1.6.3/README.md',
    asOf: '2026-08-17',
  },

  // Flask
  flaskChanges: {
    label: 'Flask 3.1.3 changelog',
    ref: `${FLASK_TAG}/CHANGES.rst`,
    asOf: '2026-02-18',
  },
  flaskAsync: {
    label: 'Flask 3.1.3 docs: using async and await',
    ref: `${FLASK_TAG}/docs/async-await.rst`,
    asOf: '2026-02-18',
  },
  flaskPyproject: {
    label: 'Flask 3.1.3 pyproject.toml (dependencies)',
    ref: `${FLASK_TAG}/pyproject.toml`,
    asOf: '2026-02-18',
  },
  flaskDesign: {
    label: 'Flask 3.1.3 docs: design decisions',
    ref: `${FLASK_TAG}/docs/design.rst`,
    asOf: '2026-02-18',
  },
  flaskTesting: {
    label: 'Flask 3.1.3 docs: testing Flask applications',
    ref: `${FLASK_TAG}/docs/testing.rst`,
    asOf: '2026-02-18',
  },
  flaskWtforms: {
    label: 'Flask 3.1.3 docs: form validation with WTForms (the Flask-WTF extension)',
    ref: `${FLASK_TAG}/docs/patterns/wtforms.rst`,
    asOf: '2026-02-18',
  },
  flaskQuickstart: {
    label: 'Flask 3.1.3 docs: quickstart (a minimal application in one file)',
    ref: `${FLASK_TAG}/docs/quickstart.rst`,
    asOf: '2026-02-18',
  },
  flaskTutorialLayout: {
    label: 'Flask 3.1.3 docs: tutorial, project layout (a package of several modules)',
    ref: `${FLASK_TAG}/docs/tutorial/layout.rst`,
    asOf: '2026-02-18',
  },
  flaskCelery: {
    label: 'Flask 3.1.3 docs: background tasks with Celery',
    ref: `${FLASK_TAG}/docs/patterns/celery.rst`,
    asOf: '2026-02-18',
  },
  flaskMainChanges: {
    label: 'Flask changelog on main (3.2.0 unreleased)',
    ref: 'https://github.com/pallets/flask/blob/2ac89889f4cc330eabd50f295dcef02828522c69/CHANGES.rst',
    asOf: '2026-04-08',
  },
  flaskSqlalchemyReadme: {
    label: 'Flask-SQLAlchemy 3.1.1 README',
    ref: 'https://github.com/pallets-eco/flask-sqlalchemy/blob/3.1.1/README.rst',
    asOf: '2023-09-11',
  },
  flaskSqlalchemyContexts: {
    label:
      'Flask-SQLAlchemy 3.1.1 docs: the Flask application context (the session is scoped to it)',
    ref: 'https://github.com/pallets-eco/flask-sqlalchemy/blob/3.1.1/docs/contexts.rst',
    asOf: '2023-09-11',
  },
  flaskAdminReadme: {
    label: 'Flask-Admin v2.2.0 README',
    ref: 'https://github.com/pallets-eco/flask-admin/blob/v2.2.0/README.md',
    asOf: '2026-05-07',
  },
  apiFlask: {
    label: 'APIFlask 3.1.1 README',
    ref: 'https://github.com/apiflask/apiflask/blob/3.1.1/README.md',
    asOf: '2026-06-19',
  },
  flaskSmorest: {
    label: 'flask-smorest 0.47.0 README',
    ref: 'https://github.com/marshmallow-code/flask-smorest/blob/0.47.0/README.rst',
    asOf: '2026-03-22',
  },

  // FastAPI
  fastapiPyproject: {
    label: 'FastAPI 0.141.1 pyproject.toml (dependencies, classifiers)',
    ref: `${FASTAPI_TAG}/pyproject.toml`,
    asOf: '2026-07-29',
  },
  fastapiReleaseNotes: {
    label: 'FastAPI 0.141.1 docs: release notes',
    ref: `${FASTAPI_TAG}/docs/en/docs/release-notes.md`,
    asOf: '2026-07-29',
  },
  fastapiFirstTag: {
    label: 'FastAPI release 0.1.11 (first tag)',
    ref: 'https://github.com/fastapi/fastapi/releases/tag/0.1.11',
    asOf: '2018-12-15',
  },
  fastapiFeatures: {
    label: 'FastAPI 0.141.1 docs: features',
    ref: `${FASTAPI_TAG}/docs/en/docs/features.md`,
    asOf: '2026-07-29',
  },
  fastapiAsync: {
    label: 'FastAPI 0.141.1 docs: concurrency and async / await',
    ref: `${FASTAPI_TAG}/docs/en/docs/async.md`,
    asOf: '2026-07-29',
  },
  fastapiSql: {
    label: 'FastAPI 0.141.1 docs: SQL (relational) databases',
    ref: `${FASTAPI_TAG}/docs/en/docs/tutorial/sql-databases.md`,
    asOf: '2026-07-29',
  },
  fastapiForms: {
    label: 'FastAPI 0.141.1 docs: form data',
    ref: `${FASTAPI_TAG}/docs/en/docs/tutorial/request-forms.md`,
    asOf: '2026-07-29',
  },
  fastapiBackgroundTasks: {
    label: 'FastAPI 0.141.1 docs: background tasks',
    ref: `${FASTAPI_TAG}/docs/en/docs/tutorial/background-tasks.md`,
    asOf: '2026-07-29',
  },
  fastapiTemplates: {
    label: 'FastAPI 0.141.1 docs: templates',
    ref: `${FASTAPI_TAG}/docs/en/docs/advanced/templates.md`,
    asOf: '2026-07-29',
  },
  fastapiTesting: {
    label: 'FastAPI 0.141.1 docs: testing',
    ref: `${FASTAPI_TAG}/docs/en/docs/tutorial/testing.md`,
    asOf: '2026-07-29',
  },
  fastapiWebSockets: {
    label: 'FastAPI 0.141.1 docs: WebSockets',
    ref: `${FASTAPI_TAG}/docs/en/docs/advanced/websockets.md`,
    asOf: '2026-07-29',
  },
  fastapiBenchmarks: {
    label: 'FastAPI 0.141.1 docs: benchmarks',
    ref: `${FASTAPI_TAG}/docs/en/docs/benchmarks.md`,
    asOf: '2026-07-29',
  },
  starletteTestClientHttpx2: {
    label:
      'Starlette 1.2.0 starlette/testclient.py (built on httpx2, warns that plain httpx is deprecated)',
    ref: 'https://github.com/Kludex/starlette/blob/1.2.0/starlette/testclient.py',
    asOf: '2026-05-28',
  },
  fastapiUsers: {
    label: 'fastapi-users v15.0.5 README (maintenance mode)',
    ref: 'https://github.com/fastapi-users/fastapi-users/blob/v15.0.5/README.md',
    asOf: '2026-03-27',
  },
  sqlAdminRepo: {
    label: 'SQLAdmin 0.31.0 pyproject.toml (now at smithyhq/sqladmin)',
    ref: 'https://github.com/smithyhq/sqladmin/blob/0.31.0/pyproject.toml',
    asOf: '2026-08-06',
  },

  // Databases
  sqlalchemyQueryGuide: {
    label: 'SQLAlchemy 2.1 docs: ORM querying guide',
    ref: 'https://docs.sqlalchemy.org/en/21/orm/queryguide/index.html',
    asOf: '2026-10-02',
  },
  sqlalchemySession: {
    label: 'SQLAlchemy 2.1 docs: session basics (autoflush)',
    ref: 'https://docs.sqlalchemy.org/en/21/orm/session_basics.html#session-flushing',
    asOf: '2026-10-02',
  },
  sqlalchemyAutoflush21: {
    label: "SQLAlchemy 2.1: what's new, autoflush for every execution",
    ref: 'https://docs.sqlalchemy.org/en/21/changelog/migration_21.html#change-9809',
    asOf: '2026-10-02',
  },
  sqlalchemyInstall: {
    label: 'SQLAlchemy 2.1 docs: installation (the asyncio extra)',
    ref: 'https://docs.sqlalchemy.org/en/21/intro.html',
    asOf: '2026-10-02',
  },
  sqlalchemyAsyncio: {
    label: 'SQLAlchemy 2.1 docs: asyncio extension',
    ref: 'https://docs.sqlalchemy.org/en/21/orm/extensions/asyncio.html',
    asOf: '2026-10-02',
  },
  sqlmodelRequirement: {
    label: 'SQLModel 0.0.48 on PyPI (requires SQLAlchemy >=2.0.14,<2.2.0)',
    ref: 'https://pypi.org/project/sqlmodel/0.0.48/',
    asOf: '2026-12-07',
  },
  alembicTutorial: {
    label: 'Alembic 1.19.1 docs: tutorial',
    ref: 'https://github.com/sqlalchemy/alembic/blob/rel_1_19_1/docs/build/tutorial.rst',
    asOf: '2026-08-08',
  },
  // Performance and popularity
  techEmpowerR23: {
    label: 'TechEmpower benchmarks Round 23: Python framework configs',
    ref: 'https://github.com/TechEmpower/FrameworkBenchmarks/tree/R23/frameworks/Python',
    asOf: '2025-01-23',
  },
  techEmpowerSunset: {
    label: 'TechEmpower: benchmarks sunset announcement',
    ref: 'https://github.com/TechEmpower/FrameworkBenchmarks/issues/10932',
    asOf: '2026-03-24',
  },
  pythonSurvey2022: {
    label: 'PSF + JetBrains Python Developers Survey 2022 results',
    ref: 'https://lp.jetbrains.com/python-developers-survey-2022/',
    asOf: '2023',
  },
  pythonSurvey2023: {
    label: 'PSF + JetBrains Python Developers Survey 2023 results',
    ref: 'https://lp.jetbrains.com/python-developers-survey-2023/',
    asOf: '2024',
  },
  pythonSurvey2024: {
    label: 'PSF + JetBrains Python Developers Survey 2024 results (survey taken late 2024)',
    ref: 'https://lp.jetbrains.com/python-developers-survey-2024/',
    asOf: '2025',
  },
} as const satisfies Record<string, Source>;
