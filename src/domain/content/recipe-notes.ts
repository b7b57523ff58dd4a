import type { AnswerTraits, RecipeChoices } from '../recipe-choices';
import { SOURCES } from './sources';
import type { Source } from './sourced';

/** A sentence beside a recipe: why it departs from the answers, or what to do next. */
export interface RecipeNote {
  readonly text: string;
  readonly source: Source;
}

interface NoteRule {
  readonly when: (choices: RecipeChoices, traits: AnswerTraits) => boolean;
  readonly text: string;
  readonly source: Source;
}

const DJANGO_DOCS = 'https://docs.djangoproject.com/en/5.2';
const ASOF = '2026-12-07';

const DJANGO_STANDALONE: Source = {
  label: 'Django 5.2 docs: settings (django.setup() for standalone use)',
  ref: `${DJANGO_DOCS}/topics/settings/#calling-django-setup-is-required-for-standalone-django-usage`,
  asOf: ASOF,
};

/**
 * Every note a recipe can carry, in the order shown, each with the page that shows it. A rule
 * reads the recipe's choices and what the answers mean (content/recipe-rules), never the answer
 * values, so it covers values added later. Django's pages are its 5.2 docs: the release series
 * the recipe's floor installs on every Python it supports.
 */
export const RECIPE_NOTES: readonly NoteRule[] = [
  {
    when: (c, t) => c.framework === 'django' && t.orm?.named === 'sqlalchemy',
    text: 'Django’s admin, auth and forms are built on its own ORM, so the recipe keeps it rather than adding SQLAlchemy.',
    source: SOURCES.djangoAdmin,
  },
  {
    when: (c, t) => c.framework === 'django' && t.orm?.relational === false,
    text: 'Django’s own tables (users, sessions, the admin) still need a database: the starter keeps them in a SQLite file.',
    source: {
      label: 'Django 5.2 docs: how to use sessions (stored in the database by default)',
      ref: `${DJANGO_DOCS}/topics/http/sessions/`,
      asOf: ASOF,
    },
  },
  {
    when: (c, t) => c.framework === 'flask' && t.orm?.named === 'django',
    text: 'Django’s ORM needs Django’s settings and app registry set up around it, so this recipe uses SQLAlchemy, the usual database layer with Flask.',
    source: DJANGO_STANDALONE,
  },
  {
    when: (c, t) => c.framework === 'fastapi' && t.orm?.named === 'django',
    text: 'Django’s ORM needs Django’s settings and app registry set up around it, so this recipe uses SQLAlchemy, the usual database layer with FastAPI.',
    source: DJANGO_STANDALONE,
  },
  {
    when: (c, t) => c.framework === 'flask' && c.database === 'none' && t.admin.wanted,
    text: 'Flask-Admin manages the tables of a database, so the recipe leaves the admin out: you chose no relational database.',
    source: SOURCES.flaskAdminReadme,
  },
  {
    when: (c, t) => c.framework === 'fastapi' && c.database === 'none' && t.admin.wanted,
    text: 'SQLAdmin manages SQLAlchemy models, so the recipe leaves the admin out: you chose no relational database.',
    source: {
      label: 'SQLAdmin 0.31.0 README',
      ref: 'https://github.com/smithyhq/sqladmin/blob/0.31.0/README.md',
      asOf: ASOF,
    },
  },
  {
    when: (c, t) => c.framework === 'fastapi' && t.kind?.jsonOnly === false,
    text: 'FastAPI can render pages with Starlette’s optional Jinja2Templates; the starter sticks to JSON endpoints.',
    source: SOURCES.fastapiTemplates,
  },
  {
    when: (c, t) => c.framework === 'fastapi' && t.kind?.websockets === true,
    text: 'FastAPI has WebSocket routes built in (`@app.websocket`); the starter has none yet.',
    source: SOURCES.fastapiWebSockets,
  },
  {
    when: (c, t) => c.framework === 'django' && t.kind?.websockets === true,
    text: 'Django’s views answer HTTP requests; WebSockets need Channels, a Django project the starter does not include.',
    source: {
      label: 'Django Channels 4.3.2 README',
      ref: 'https://github.com/django/channels/blob/4.3.2/README.rst',
      asOf: '2025-11-20',
    },
  },
  {
    when: (c, t) => c.framework === 'flask' && t.kind?.websockets === true,
    text: 'Flask answers HTTP requests; WebSockets need an extension such as Flask-Sock, which the starter does not include.',
    source: {
      label: 'Flask-Sock v0.7.0 README',
      ref: 'https://github.com/miguelgrinberg/flask-sock/blob/v0.7.0/README.md',
      asOf: '2023-10-02',
    },
  },
  {
    when: (c) => c.framework === 'flask' && c.async,
    text: 'Under WSGI each async Flask view still holds a worker; Flask’s docs point to Quart for mostly-async apps.',
    source: SOURCES.flaskAsync,
  },
  {
    when: (c) => c.framework === 'django' && c.async,
    text: 'Async views run under an ASGI server (Uvicorn), in development too; Django’s ORM still does its database work in a thread.',
    source: SOURCES.djangoAsync,
  },
  {
    when: (c) => c.framework === 'django',
    text: 'Static files: `collectstatic` copies them (the admin’s CSS too) into ./staticfiles; in production your web server or proxy serves that folder at /static/.',
    source: {
      label: 'Django 5.2 docs: how to deploy static files',
      ref: `${DJANGO_DOCS}/howto/static-files/deployment/`,
      asOf: ASOF,
    },
  },
  {
    when: (c) => c.framework === 'flask' && c.database === 'sqlalchemy',
    text: '`flask --app app init-db` creates the tables. Once the models start changing, add Flask-Migrate (Alembic) and let its migrations own the schema instead.',
    source: {
      label: 'Flask-SQLAlchemy 3.1.1 quickstart: create the tables',
      ref: 'https://github.com/pallets-eco/flask-sqlalchemy/blob/3.1.1/docs/quickstart.rst',
      asOf: ASOF,
    },
  },
  {
    when: (c) => c.framework === 'fastapi' && c.database === 'sqlalchemy',
    text: '`python main.py init-db` creates the tables. Once the models start changing, add Alembic (`alembic init -t async migrations`, then set `target_metadata = Base.metadata` in env.py) and let its migrations own the schema instead.',
    source: {
      label: 'Alembic 1.19.1 cookbook: using asyncio with Alembic',
      ref: 'https://github.com/sqlalchemy/alembic/blob/rel_1_19_1/docs/build/cookbook.rst',
      asOf: ASOF,
    },
  },
  {
    when: (c) => c.framework === 'fastapi' && c.admin,
    text: 'SQLAdmin has no CSRF protection of its own: the starter gives every admin form a token through SQLAdmin’s `form_base_class` and WTForms’ SessionCSRF, and refuses admin writes sent from other sites.',
    source: {
      label: 'WTForms 3.2.1 docs: CSRF protection (SessionCSRF)',
      ref: 'https://github.com/pallets-eco/wtforms/blob/3.2.1/docs/csrf.rst',
      asOf: ASOF,
    },
  },
];

/** The notes for a recipe, in display order. */
export function notesFor(choices: RecipeChoices, traits: AnswerTraits): RecipeNote[] {
  return RECIPE_NOTES.filter((rule) => rule.when(choices, traits)).map(({ text, source }) => ({
    text,
    source,
  }));
}
