/**
 * The stack recipe: the packages that complete the recommended framework for these answers, a
 * `pip install` line asking for at least the newest release the fact sheet confirms, and a small
 * app to start from that uses every piece. Packages and versions are data (content/stack-packages);
 * this module only decides which pieces the answers call for and writes them out.
 */
import type { Source } from './content/sourced';
import { STACK_PACKAGES, type RecipeFeature, type StackPackage } from './content/stack-packages';
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import type { Answers } from './questions';

export interface RecipeChoices {
  readonly framework: FrameworkId;
  /** Django keeps its own ORM; Flask and FastAPI use SQLAlchemy unless there is no database. */
  readonly database: 'django-orm' | 'sqlalchemy' | 'none';
  readonly admin: boolean;
  readonly api: 'ninja' | 'drf' | 'apiflask' | 'fastapi' | 'none';
  /** Async views (Django under ASGI, Flask's async extra); FastAPI is async either way. */
  readonly async: boolean;
  /** A server-rendered page besides the JSON endpoints. */
  readonly pages: boolean;
}

export interface RecipePackage {
  readonly name: string;
  readonly extras?: readonly string[];
  /** The newest release the fact sheet confirms; absent when it names no exact version. */
  readonly minVersion?: string;
  /** That release's date. */
  readonly asOf?: string;
  readonly purpose: string;
  readonly source: Source;
}

export interface StackRecipe {
  readonly framework: FrameworkId;
  readonly choices: RecipeChoices;
  readonly packages: readonly RecipePackage[];
  /** One line for a shell, every requirement quoted. */
  readonly pipInstall: string;
  /** A minimal, runnable Python app using the recipe's pieces. */
  readonly starterApp: string;
  readonly filename: string;
  /** Commands to run it, in order. */
  readonly runCommands: readonly string[];
  /** Why the recipe departs from the answers, where it does. */
  readonly notes: readonly string[];
}

const WEIGHTED = ['nice', 'important', 'must'] as const;
const STRONG = ['important', 'must'] as const;

function isOneOf<T extends string>(value: string | undefined, values: readonly T[]): boolean {
  return value !== undefined && (values as readonly string[]).includes(value);
}

/** Decides which pieces the answers call for. */
export function recipeChoices(answers: Answers, framework: FrameworkId): RecipeChoices {
  const apiKind = isOneOf(answers.kind, ['api', 'micro', 'ml']);
  const wantsAsync = isOneOf(answers.async, STRONG) || answers.kind === 'ml';
  const wantsDocs = isOneOf(answers.docs, WEIGHTED);
  const pages = framework !== 'fastapi' && !apiKind;
  switch (framework) {
    case 'django':
      return {
        framework,
        database: 'django-orm',
        // Django's admin is built in and part of every new project.
        admin: true,
        // django-ninja for docs from type hints, typed teams and async endpoints; else DRF.
        api:
          wantsDocs || (apiKind && (answers.team === 'typed' || wantsAsync))
            ? 'ninja'
            : apiKind
              ? 'drf'
              : 'none',
        async: wantsAsync,
        pages,
      };
    case 'flask':
    case 'fastapi': {
      const database = answers.orm === 'none' ? 'none' : 'sqlalchemy';
      return {
        framework,
        database,
        admin: isOneOf(answers.admin, WEIGHTED) && database !== 'none',
        api: framework === 'fastapi' ? 'fastapi' : wantsDocs ? 'apiflask' : 'none',
        async: framework === 'fastapi' || wantsAsync,
        pages,
      };
    }
  }
}

function featuresOf(choices: RecipeChoices): Set<RecipeFeature> {
  const features = new Set<RecipeFeature>();
  if (choices.database === 'sqlalchemy') features.add('sqlalchemy');
  if (choices.admin) features.add('admin');
  if (choices.api === 'ninja' || choices.api === 'drf' || choices.api === 'apiflask') {
    features.add(choices.api);
  }
  if (choices.async) features.add('async');
  return features;
}

function toRecipePackage(pkg: StackPackage, features: ReadonlySet<RecipeFeature>): RecipePackage {
  const extras = (pkg.extras ?? [])
    .filter((extra) => extra.when === undefined || features.has(extra.when))
    .map((extra) => extra.name);
  return {
    name: pkg.name,
    ...(extras.length > 0 && { extras }),
    ...(pkg.latest && { minVersion: pkg.latest.version, asOf: pkg.latest.date }),
    purpose: pkg.purpose,
    source: pkg.source,
  };
}

/** One requirement as pip reads it, e.g. `sqlalchemy[asyncio]>=2.1.3`, or just the name. */
export function requirementSpec(pkg: RecipePackage): string {
  const extras = pkg.extras && pkg.extras.length > 0 ? `[${pkg.extras.join(',')}]` : '';
  return `${pkg.name}${extras}${pkg.minVersion ? `>=${pkg.minVersion}` : ''}`;
}

/** `pip install "A>=1" "B[x]>=2" C`: quoted so a shell leaves `>` and `[` alone. */
export function pipInstallLine(packages: readonly RecipePackage[]): string {
  return `pip install ${packages.map((pkg) => `"${requirementSpec(pkg)}"`).join(' ')}`;
}

function notesFor(answers: Answers, choices: RecipeChoices): string[] {
  const name = FRAMEWORK_NAMES[choices.framework];
  const notes: string[] = [];
  if (choices.framework === 'django' && answers.orm === 'sqlalchemy') {
    notes.push(
      'Django’s admin, auth and forms are built on its own ORM, so the recipe keeps it rather than adding SQLAlchemy.',
    );
  }
  if (choices.framework === 'django' && answers.orm === 'none') {
    notes.push(
      'Django’s own tables (users, sessions, the admin) still need a database: the starter keeps them in a SQLite file.',
    );
  }
  if (choices.framework !== 'django' && answers.orm === 'django') {
    notes.push(
      `Django’s ORM only runs inside Django, so this recipe uses SQLAlchemy, the usual database layer with ${name}.`,
    );
  }
  if (
    choices.framework !== 'django' &&
    choices.database === 'none' &&
    isOneOf(answers.admin, WEIGHTED)
  ) {
    notes.push(
      'An admin panel needs a database to manage, so the recipe leaves it out: you chose no relational database.',
    );
  }
  if (choices.framework === 'fastapi' && isOneOf(answers.kind, ['webapp', 'learn'])) {
    notes.push(
      'FastAPI can render pages with Starlette’s optional Jinja2Templates; the starter sticks to JSON endpoints.',
    );
  }
  if (choices.framework === 'flask' && choices.async) {
    notes.push(
      'Under WSGI each async Flask view still holds a worker; Flask’s docs point to Quart for mostly-async apps.',
    );
  }
  if (choices.framework === 'django' && choices.async) {
    notes.push(
      'Async views run under ASGI (gunicorn’s native asgi worker); Django’s ORM still does its database work in a thread.',
    );
  }
  return notes;
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** A docstring that says what the file is and how to run it. */
function docstring(summary: string, pipInstall: string, steps: readonly string[], after: string[]) {
  return [
    `"""${summary}`,
    '',
    'Made by the Python Framework Picker from your answers. To try it:',
    '',
    `    ${pipInstall}`,
    ...steps.map((step) => `    ${step}`),
    '',
    ...after,
    '"""',
  ];
}

function djangoApp(c: RecipeChoices, pipInstall: string, run: readonly string[]): string {
  const apps = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
    ...(c.api === 'drf' ? ['rest_framework'] : []),
  ];
  const server = c.async
    ? 'gunicorn app:application --worker-class asgi'
    : 'gunicorn app:application';
  const def = c.async ? 'async def' : 'def';
  const healthPath = c.api === 'ninja' ? '/api/health' : '/api/health/';
  const userCount = c.async ? 'await User.objects.acount()' : 'User.objects.count()';
  const lines = [
    ...docstring('A minimal Django project in one file.', pipInstall, run, [
      `Then open http://127.0.0.1:8000${c.pages ? '/' : healthPath} (also /admin/${c.api === 'ninja' ? ' and /api/docs' : ''}).`,
      `In production: ${server}`,
      'Move to `django-admin startproject` when you add models of your own.',
    ]),
    '',
    'import os',
    'import sys',
    '',
    'import django',
    'from django.conf import settings',
    '',
    'settings.configure(',
    '    DEBUG=os.environ.get("DJANGO_DEBUG", "1") == "1",',
    '    SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "dev-only-change-me"),',
    '    ALLOWED_HOSTS=os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1").split(","),',
    '    ROOT_URLCONF=__name__,',
    '    INSTALLED_APPS=[',
    ...apps.map((app) => `        "${app}",`),
    '    ],',
    '    MIDDLEWARE=[',
    '        "django.middleware.security.SecurityMiddleware",',
    '        "django.contrib.sessions.middleware.SessionMiddleware",',
    '        "django.middleware.common.CommonMiddleware",',
    '        "django.middleware.csrf.CsrfViewMiddleware",',
    '        "django.contrib.auth.middleware.AuthenticationMiddleware",',
    '        "django.contrib.messages.middleware.MessageMiddleware",',
    '        "django.middleware.clickjacking.XFrameOptionsMiddleware",',
    '    ],',
    '    TEMPLATES=[',
    '        {',
    '            "BACKEND": "django.template.backends.django.DjangoTemplates",',
    '            "APP_DIRS": True,',
    '            "OPTIONS": {',
    '                "context_processors": [',
    '                    "django.template.context_processors.request",',
    '                    "django.contrib.auth.context_processors.auth",',
    '                    "django.contrib.messages.context_processors.messages",',
    '                ],',
    '            },',
    '        }',
    '    ],',
    '    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}},',
    '    STATIC_URL="static/",',
    '    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",',
    ')',
    'django.setup()',
    '',
    '# Imported after setup(): these modules need the settings above.',
    'from django.contrib import admin  # noqa: E402',
    'from django.contrib.auth.models import User  # noqa: E402',
    c.async
      ? 'from django.core.asgi import get_asgi_application  # noqa: E402'
      : 'from django.core.wsgi import get_wsgi_application  # noqa: E402',
    'from django.core.management import execute_from_command_line  # noqa: E402',
    ...(c.pages ? ['from django.http import HttpResponse  # noqa: E402'] : []),
    ...(c.api === 'none' ? ['from django.http import JsonResponse  # noqa: E402'] : []),
    'from django.urls import path  # noqa: E402',
    ...(c.api === 'ninja' ? ['from ninja import NinjaAPI  # noqa: E402'] : []),
    ...(c.api === 'drf'
      ? [
          'from rest_framework.decorators import api_view  # noqa: E402',
          'from rest_framework.response import Response  # noqa: E402',
        ]
      : []),
    '',
  ];
  if (c.pages) {
    lines.push(
      '',
      `${def} index(request):`,
      `    users = ${userCount}`,
      '    return HttpResponse(f"<h1>It works</h1><p>{users} user(s) so far. Sign in at /admin/.</p>")',
      '',
    );
  }
  if (c.api === 'ninja') {
    lines.push(
      'api = NinjaAPI(title="My API")',
      '',
      '',
      '@api.get("/health")',
      `${def} health(request):`,
      `    return {"status": "ok", "users": ${userCount}}`,
      '',
    );
  } else if (c.api === 'drf') {
    lines.push(
      '',
      '@api_view(["GET"])',
      'def health(request):',
      '    return Response({"status": "ok", "users": User.objects.count()})',
      '',
    );
  } else {
    lines.push(
      '',
      `${def} health(request):`,
      `    return JsonResponse({"status": "ok", "users": ${userCount}})`,
      '',
    );
  }
  lines.push(
    '',
    'urlpatterns = [',
    ...(c.pages ? ['    path("", index),'] : []),
    '    path("admin/", admin.site.urls),',
    c.api === 'ninja' ? '    path("api/", api.urls),' : '    path("api/health/", health),',
    ']',
    '',
    c.async ? 'application = get_asgi_application()' : 'application = get_wsgi_application()',
    '',
    'if __name__ == "__main__":',
    '    execute_from_command_line(sys.argv)',
  );
  return `${lines.join('\n')}\n`;
}

function flaskApp(c: RecipeChoices, pipInstall: string, run: readonly string[]): string {
  const db = c.database === 'sqlalchemy';
  const apiflask = c.api === 'apiflask';
  const flaskNames = [
    ...(apiflask ? [] : ['Flask']),
    ...(c.pages ? ['render_template_string'] : []),
    ...(apiflask ? [] : ['request']),
  ];
  const open = [
    ...(c.pages ? ['/'] : []),
    '/items',
    ...(c.admin ? ['/admin/'] : []),
    ...(apiflask ? ['/docs'] : []),
  ];
  const lines = [
    ...docstring('A minimal Flask app.', pipInstall, run, [
      `Then open http://127.0.0.1:5000${open[0]}${open.length > 1 ? ` (also ${listed(open.slice(1))})` : ''}.`,
      'In production: gunicorn app:app',
    ]),
    '',
    'import os',
    '',
    ...(apiflask
      ? ['from apiflask import APIFlask, Schema', 'from apiflask.fields import Integer, String']
      : []),
    ...(flaskNames.length > 0 ? [`from flask import ${flaskNames.join(', ')}`] : []),
    ...(c.admin
      ? ['from flask_admin import Admin', 'from flask_admin.contrib.sqla import ModelView']
      : []),
    ...(db ? ['from flask_migrate import Migrate', 'from flask_sqlalchemy import SQLAlchemy'] : []),
    '',
    apiflask
      ? 'app = APIFlask(__name__, title="My API", version="0.1.0")'
      : 'app = Flask(__name__)',
    'app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev-only-change-me")',
  ];
  if (db) {
    lines.push(
      'app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL", "sqlite:///app.db")',
      '',
      'db = SQLAlchemy(app)',
      'migrate = Migrate(app, db)',
      '',
      '',
      'class Item(db.Model):',
      '    id = db.Column(db.Integer, primary_key=True)',
      '    name = db.Column(db.String(100), nullable=False)',
      '',
    );
  } else {
    lines.push(
      '',
      '# No database: items live in memory until the app stops.',
      'ITEMS: list[dict] = []',
      '',
    );
  }
  if (apiflask) {
    lines.push(
      '',
      'class ItemIn(Schema):',
      '    name = String(required=True)',
      '',
      '',
      'class ItemOut(Schema):',
      '    id = Integer()',
      '    name = String()',
      '',
    );
  }
  if (c.pages) {
    const count = db ? 'db.session.scalar(db.select(db.func.count(Item.id)))' : 'len(ITEMS)';
    lines.push(
      '',
      '@app.get("/")',
      'def index():',
      '    return render_template_string(',
      '        "<h1>Hello from Flask</h1><p>{{ count }} item(s) so far.</p>",',
      `        count=${count},`,
      '    )',
      '',
    );
  }
  lines.push(
    '',
    '@app.get("/health")',
    `${c.async ? 'async def' : 'def'} health():`,
    '    return {"status": "ok"}',
    '',
  );
  if (apiflask) {
    lines.push(
      '',
      '@app.get("/items")',
      '@app.output(ItemOut(many=True))',
      'def list_items():',
      db
        ? '    return db.session.scalars(db.select(Item).order_by(Item.id)).all()'
        : '    return ITEMS',
      '',
      '',
      '@app.post("/items")',
      '@app.input(ItemIn)',
      '@app.output(ItemOut, status_code=201)',
      'def create_item(json_data):',
      ...(db
        ? [
            '    item = Item(name=json_data["name"])',
            '    db.session.add(item)',
            '    db.session.commit()',
          ]
        : [
            '    item = {"id": len(ITEMS) + 1, "name": json_data["name"]}',
            '    ITEMS.append(item)',
          ]),
      '    return item',
    );
  } else {
    lines.push(
      '',
      '@app.get("/items")',
      'def list_items():',
      ...(db
        ? [
            '    items = db.session.scalars(db.select(Item).order_by(Item.id)).all()',
            '    return [{"id": item.id, "name": item.name} for item in items]',
          ]
        : ['    return ITEMS']),
      '',
      '',
      '@app.post("/items")',
      'def create_item():',
      '    name = str((request.get_json(silent=True) or {}).get("name", "")).strip()',
      '    if not name:',
      '        return {"error": "name is required"}, 400',
      ...(db
        ? [
            '    item = Item(name=name)',
            '    db.session.add(item)',
            '    db.session.commit()',
            '    return {"id": item.id, "name": item.name}, 201',
          ]
        : [
            '    item = {"id": len(ITEMS) + 1, "name": name}',
            '    ITEMS.append(item)',
            '    return item, 201',
          ]),
    );
  }
  if (c.admin) {
    lines.push(
      '',
      '',
      'admin = Admin(app, name="Admin")',
      'admin.add_view(ModelView(Item, db.session))',
    );
  }
  return `${lines.join('\n')}\n`;
}

function fastapiApp(c: RecipeChoices, pipInstall: string, run: readonly string[]): string {
  const db = c.database === 'sqlalchemy';
  const after = [
    `Then open http://127.0.0.1:8000/docs${c.admin ? ' and http://127.0.0.1:8000/admin' : ''} .`,
    ...(db
      ? [
          'Tables are created at start-up to get going; once you run',
          '`alembic init -t async migrations`, let Alembic migrations own the schema.',
        ]
      : []),
  ];
  const lines = [...docstring('A minimal FastAPI app.', pipInstall, run, after), ''];
  if (!db) {
    lines.push(
      'from fastapi import FastAPI',
      'from pydantic import BaseModel',
      '',
      'app = FastAPI(title="My API")',
      '',
      '',
      'class Item(BaseModel):',
      '    name: str',
      '',
      '',
      '# No database: items live in memory until the app stops.',
      'items: list[Item] = []',
      '',
      '',
      '@app.get("/health")',
      'async def health() -> dict[str, str]:',
      '    return {"status": "ok"}',
      '',
      '',
      '@app.get("/items")',
      'async def list_items() -> list[Item]:',
      '    return items',
      '',
      '',
      '@app.post("/items", status_code=201)',
      'async def create_item(item: Item) -> Item:',
      '    items.append(item)',
      '    return item',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    'import os',
    'from collections.abc import AsyncIterator',
    'from contextlib import asynccontextmanager',
    'from typing import Annotated',
    '',
    'from fastapi import Depends, FastAPI',
    'from pydantic import BaseModel, ConfigDict',
    ...(c.admin ? ['from sqladmin import Admin, ModelView'] : []),
    'from sqlalchemy import String, select',
    'from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine',
    'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column',
    '',
    'engine = create_async_engine(os.environ.get("DATABASE_URL", "sqlite+aiosqlite:///./app.db"))',
    'SessionLocal = async_sessionmaker(engine, expire_on_commit=False)',
    '',
    '',
    'class Base(DeclarativeBase):',
    '    pass',
    '',
    '',
    'class Item(Base):',
    '    __tablename__ = "items"',
    '',
    '    id: Mapped[int] = mapped_column(primary_key=True)',
    '    name: Mapped[str] = mapped_column(String(100))',
    '',
    '',
    'class ItemIn(BaseModel):',
    '    name: str',
    '',
    '',
    'class ItemOut(ItemIn):',
    '    model_config = ConfigDict(from_attributes=True)',
    '',
    '    id: int',
    '',
    '',
    '@asynccontextmanager',
    'async def lifespan(app: FastAPI) -> AsyncIterator[None]:',
    '    async with engine.begin() as connection:',
    '        await connection.run_sync(Base.metadata.create_all)',
    '    yield',
    '    await engine.dispose()',
    '',
    '',
    'app = FastAPI(title="My API", lifespan=lifespan)',
    '',
    '',
    'async def get_session() -> AsyncIterator[AsyncSession]:',
    '    async with SessionLocal() as session:',
    '        yield session',
    '',
    '',
    'Session = Annotated[AsyncSession, Depends(get_session)]',
    '',
    '',
    '@app.get("/health")',
    'async def health() -> dict[str, str]:',
    '    return {"status": "ok"}',
    '',
    '',
    '@app.get("/items")',
    'async def list_items(session: Session) -> list[ItemOut]:',
    '    rows = await session.scalars(select(Item).order_by(Item.id))',
    '    return [ItemOut.model_validate(row) for row in rows]',
    '',
    '',
    '@app.post("/items", status_code=201)',
    'async def create_item(item: ItemIn, session: Session) -> ItemOut:',
    '    row = Item(name=item.name)',
    '    session.add(row)',
    '    await session.commit()',
    '    return ItemOut.model_validate(row)',
  );
  if (c.admin) {
    lines.push(
      '',
      '',
      'class ItemAdmin(ModelView, model=Item):',
      '    column_list = [Item.id, Item.name]',
      '',
      '',
      'admin = Admin(app, engine)',
      'admin.add_view(ItemAdmin)',
    );
  }
  return `${lines.join('\n')}\n`;
}

function runCommandsFor(c: RecipeChoices): string[] {
  switch (c.framework) {
    case 'django':
      return ['python app.py migrate', 'python app.py createsuperuser', 'python app.py runserver'];
    case 'flask':
      return c.database === 'sqlalchemy'
        ? [
            'flask --app app db init',
            'flask --app app db migrate -m "Create items"',
            'flask --app app db upgrade',
            'flask --app app run --debug',
          ]
        : ['flask --app app run --debug'];
    case 'fastapi':
      return ['uvicorn main:app --reload'];
  }
}

/**
 * The stack recipe for the recommended framework and the answers: packages (with the newest
 * release the fact sheet confirms, its date and source), a `pip install` line and a starter app.
 */
export function recipeFor(answers: Answers, winner: FrameworkId): StackRecipe {
  const choices = recipeChoices(answers, winner);
  const features = featuresOf(choices);
  const packages = STACK_PACKAGES.filter(
    (pkg) => pkg.framework === winner && pkg.needs.every((need) => features.has(need)),
  ).map((pkg) => toRecipePackage(pkg, features));
  const pipInstall = pipInstallLine(packages);
  const runCommands = runCommandsFor(choices);
  const build = { django: djangoApp, flask: flaskApp, fastapi: fastapiApp }[winner];
  return {
    framework: winner,
    choices,
    packages,
    pipInstall,
    starterApp: build(choices, pipInstall, runCommands),
    filename: winner === 'fastapi' ? 'main.py' : 'app.py',
    runCommands,
    notes: notesFor(answers, choices),
  };
}
