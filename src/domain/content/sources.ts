import type { Source } from './sourced';

/**
 * Every source the content files cite, as the fact sheet (framework-facts.md, sources up to
 * October 2026) names it. Content files pick from here so one source is spelled one way.
 */
export const SOURCES = {
  // Django
  djangoTwoYears: {
    label: 'Django weblog: two years of Django',
    ref: 'https://www.djangoproject.com/weblog/2007/jul/15/twoyears/',
    asOf: '2007-07-15',
  },
  djangoDocs: {
    label: 'Django documentation (6.1)',
    ref: 'https://docs.djangoproject.com/en/6.1/',
    asOf: '2026',
  },
  django31Notes: {
    label: 'Django 3.1 release notes',
    ref: 'https://docs.djangoproject.com/en/5.2/releases/3.1',
    asOf: '2020-08-04',
  },
  django41Notes: {
    label: 'Django 4.1 release notes',
    ref: 'https://docs.djangoproject.com/en/5.1/releases/4.1/',
    asOf: '2022-08-03',
  },
  django60Notes: {
    label: 'Django 6.0 release notes',
    ref: 'https://docs.djangoproject.com/en/6.0/releases/6.0/',
    asOf: '2025-12-03',
  },
  django61Notes: {
    label: 'Django 6.1 release notes',
    ref: 'django/django:docs/releases/6.1.txt',
    asOf: '2026-08',
  },
  django612Notes: {
    label: 'Django 6.1.2 release notes',
    ref: 'django/django:docs/releases/6.1.2.txt',
    asOf: '2026-10-06',
  },
  djangoAsync: {
    label: 'Django docs: asynchronous support',
    ref: 'django/django:docs/topics/async.txt',
    asOf: '2026',
  },
  djangoTransactions: {
    label: 'Django docs: database transactions',
    ref: 'https://docs.djangoproject.com/en/2.2/topics/db/transactions',
    asOf: '2026',
  },
  djangoForms: {
    label: 'Django docs: forms',
    ref: 'https://docs.djangoproject.com/en/6.1/topics/forms/',
    asOf: '2026',
  },
  djangoAdmin: {
    label: 'Django docs: the admin site',
    ref: 'https://docs.djangoproject.com/en/6.1/ref/contrib/admin/',
    asOf: '2026',
  },
  djangoAuth: {
    label: 'Django docs: authentication',
    ref: 'https://docs.djangoproject.com/en/6.1/topics/auth/',
    asOf: '2026',
  },
  djangoTemplates: {
    label: 'Django docs: templates',
    ref: 'https://docs.djangoproject.com/en/6.1/topics/templates/',
    asOf: '2026',
  },
  djangoTesting: {
    label: 'Django docs: testing tools',
    ref: 'https://docs.djangoproject.com/en/6.1/topics/testing/tools/',
    asOf: '2026',
  },
  djangoTasks: {
    label: 'Django docs: tasks framework',
    ref: 'https://docs.djangoproject.com/en/6.1/topics/tasks/',
    asOf: '2026',
  },
  djangoEndOfLife: {
    label: 'endoflife.date: Django support dates',
    ref: 'https://endoflife.date/api/django.json',
    asOf: '2026-04-10',
  },
  djangoChannels: {
    label: 'Django Channels changelog',
    ref: 'django/channels:CHANGELOG.txt',
    asOf: '2025-11-20',
  },
  drfSchemas: {
    label: 'Django REST framework docs: schemas',
    ref: 'encode/django-rest-framework:docs/api-guide/schemas.md',
    asOf: '2026-08',
  },
  djangoNinja: {
    label: 'django-ninja README',
    ref: 'vitalik/django-ninja:README.md',
    asOf: '2026-08',
  },

  // Flask
  flaskChanges: {
    label: 'Flask changelog',
    ref: 'pallets/flask:CHANGES.rst',
    asOf: '2026-04-08',
  },
  flaskAprilFools: {
    label: 'Armin Ronacher: April 1st post mortem',
    ref: 'http://lucumr.pocoo.org/2010/4/3/april-1st-post-mortem/',
    asOf: '2010-04-03',
  },
  flaskAsync: {
    label: 'Flask docs: async-await',
    ref: 'pallets/flask:docs/async-await.rst',
    asOf: '2026-04-08',
  },
  flaskPyproject: {
    label: 'Flask pyproject.toml',
    ref: 'pallets/flask:pyproject.toml',
    asOf: '2026-04-08',
  },
  flaskDesign: {
    label: 'Flask docs: design decisions',
    ref: 'pallets/flask:docs/design.rst',
    asOf: '2026-04-08',
  },
  flaskTesting: {
    label: 'Flask docs: testing',
    ref: 'pallets/flask:docs/testing.rst',
    asOf: '2026-04-08',
  },
  flaskCelery: {
    label: 'Flask docs: Celery pattern',
    ref: 'pallets/flask:docs/patterns/celery.rst',
    asOf: '2026-04-08',
  },
  flaskAdmin: {
    label: 'Flask-Admin README and tags',
    ref: 'pallets-eco/flask-admin:README.md',
    asOf: '2026-08-03',
  },
  flaskLogin: {
    label: 'Flask-Login release tags',
    ref: 'maxcountryman/flask-login',
    asOf: '2023-10-30',
  },
  flaskSecurity: {
    label: 'Flask-Security release tags',
    ref: 'pallets-eco/flask-security',
    asOf: '2026-05-21',
  },
  flaskSocketIo: {
    label: 'Flask-SocketIO release tags',
    ref: 'miguelgrinberg/Flask-SocketIO',
    asOf: '2026-02-21',
  },
  flaskSock: {
    label: 'flask-sock release tags',
    ref: 'miguelgrinberg/flask-sock',
    asOf: '2023-10-02',
  },
  flaskMigrate: {
    label: 'Flask-Migrate release tags',
    ref: 'miguelgrinberg/Flask-Migrate',
    asOf: '2025-01-10',
  },
  apiFlask: {
    label: 'APIFlask README',
    ref: 'apiflask/apiflask:README.md',
    asOf: '2026-08',
  },
  flaskSmorest: {
    label: 'flask-smorest',
    ref: 'marshmallow-code/flask-smorest',
    asOf: '2026-04',
  },

  // FastAPI
  fastapiHistory: {
    label: 'FastAPI git history and tags',
    ref: 'fastapi/fastapi',
    asOf: '2026-08-19',
  },
  fastapiPyproject: {
    label: 'FastAPI pyproject.toml',
    ref: 'fastapi/fastapi:pyproject.toml',
    asOf: '2026-08-19',
  },
  fastapiReleaseNotes: {
    label: 'FastAPI release notes',
    ref: 'fastapi/fastapi:docs/en/docs/release-notes.md',
    asOf: '2026-08-19',
  },
  fastapiFeatures: {
    label: 'FastAPI docs: features',
    ref: 'fastapi/fastapi:docs/en/docs/features.md',
    asOf: '2026-08-19',
  },
  fastapiAsync: {
    label: 'FastAPI docs: concurrency and async',
    ref: 'fastapi/fastapi:docs/en/docs/async.md',
    asOf: '2026-08-19',
  },
  fastapiSql: {
    label: 'FastAPI docs: SQL databases',
    ref: 'fastapi/fastapi:docs/en/docs/tutorial/sql-databases.md',
    asOf: '2026-08-19',
  },
  fastapiBackgroundTasks: {
    label: 'FastAPI docs: background tasks',
    ref: 'fastapi/fastapi:docs/en/docs/tutorial/background-tasks.md',
    asOf: '2026-08-19',
  },
  fastapiTemplates: {
    label: 'FastAPI docs: templates',
    ref: 'fastapi/fastapi:docs/en/docs/advanced/templates.md',
    asOf: '2026-08-19',
  },
  fastapiTesting: {
    label: 'FastAPI docs: testing',
    ref: 'fastapi/fastapi:docs/en/docs/tutorial/testing.md',
    asOf: '2026-08-19',
  },
  fastapiWebSockets: {
    label: 'FastAPI docs: WebSockets',
    ref: 'fastapi/fastapi:docs/en/docs/advanced/websockets.md',
    asOf: '2026-08-19',
  },
  fastapiBenchmarks: {
    label: 'FastAPI docs: benchmarks',
    ref: 'fastapi/fastapi:docs/en/docs/benchmarks.md',
    asOf: '2026-08-19',
  },
  sqlAdmin: {
    label: 'SQLAdmin release tags',
    ref: 'aminalaee/sqladmin',
    asOf: '2026-03-30',
  },
  starletteAdmin: {
    label: 'starlette-admin release tags',
    ref: 'jowilf/starlette-admin',
    asOf: '2026-08-16',
  },
  fastapiUsers: {
    label: 'fastapi-users README',
    ref: 'fastapi-users/fastapi-users:README.md',
  },

  // Databases
  sqlalchemyQueryGuide: {
    label: 'SQLAlchemy 2.1 ORM query guide',
    ref: 'https://docs.sqlalchemy.org/en/21/orm/queryguide.html',
    asOf: '2026-10-06',
  },
  sqlalchemy20Changelog: {
    label: 'SQLAlchemy 2.0 changelog',
    ref: 'https://docs.sqlalchemy.org/en/20/changelog/index.html',
    asOf: '2026-10-06',
  },
  sqlalchemyWhatsNew21: {
    label: "SQLAlchemy 2.1: what's new",
    ref: 'https://docs.sqlalchemy.org/en/21/changelog/migration_21.html',
    asOf: '2026-10',
  },
  sqlalchemyInstall: {
    label: 'SQLAlchemy 2.1 installation guide',
    ref: 'https://docs.sqlalchemy.org/en/21/faq/installation.html',
    asOf: '2026-09-08',
  },
  sqlalchemyAsyncExample: {
    label: 'SQLAlchemy asyncio ORM example',
    ref: 'https://sqlalchemy.org/docs/_modules/examples/asyncio/async_orm.html',
    asOf: '2026-08',
  },
  alembic: {
    label: 'Alembic release tags',
    ref: 'sqlalchemy/alembic',
    asOf: '2026-08-08',
  },
  sqlModel: {
    label: 'SQLModel release tags',
    ref: 'fastapi/sqlmodel',
    asOf: '2026-06-25',
  },

  // Performance and popularity
  techEmpowerR23: {
    label: 'TechEmpower benchmarks, Round 23 configs',
    ref: 'TechEmpower/FrameworkBenchmarks@R23',
    asOf: '2025-01-23',
  },
  techEmpowerSunset: {
    label: 'TechEmpower: benchmarks sunset announcement',
    ref: 'https://github.com/TechEmpower/FrameworkBenchmarks/issues/10932',
    asOf: '2026-03-24',
  },
  pythonSurvey2023: {
    label: 'PSF + JetBrains Python Developers Survey 2023',
    ref: 'https://lp.jetbrains.com/python-developers-survey-2023/',
  },
  pythonSurvey2024: {
    label: 'PSF + JetBrains Python Developers Survey 2024',
    ref: 'https://lp.jetbrains.com/python-developers-survey-2024/',
  },
  bestOfWebPython: {
    label: 'best-of-web-python list',
    ref: 'ml-tooling/best-of-web-python:README.md',
    asOf: '2026-06-25',
  },
} as const satisfies Record<string, Source>;
