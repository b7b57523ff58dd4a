/**
 * The stack recipe: the packages that complete the recommended framework for these answers, a
 * `pip install` line asking for at least the oldest release that supports the starter (so it
 * installs on a mirror that lags), and a small app to start from that uses every piece and is safe
 * by default: admins behind a login, debug off unless asked for, no production start without a
 * real secret key. Packages and floors are data (content/stack-packages, content/stack-floors);
 * this module decides which pieces the answers call for and writes them out.
 */
import { TUTORIALS } from './content/first-steps';
import type { Release } from './content/releases';
import type { Source } from './content/sourced';
import { PYTHON_FLOOR, STACK_FLOORS, type PackageFloor } from './content/stack-floors';
import { STACK_PACKAGES, type RecipeFeature, type StackPackage } from './content/stack-packages';
import { FRAMEWORK_IDS, FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import type { Answers } from './questions';
import { isLearning } from './wizard-path';

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
  /** The oldest release that supports the starter: the install line's `>=`. */
  readonly floor: PackageFloor;
  /** The newest release we know of, shown apart from the floor; absent when unknown. */
  readonly newest?: Release;
  readonly purpose: string;
  readonly source: Source;
}

/** Shell steps, in order; the last one of `dev` and `production` starts a server. */
export interface RecipeCommands {
  /** Make and enter a virtualenv, then install. */
  readonly setup: readonly string[];
  readonly dev: readonly string[];
  readonly production: readonly string[];
}

/** For someone learning: the smallest app that runs, before the full stack. */
export interface BeginnerStep {
  readonly pipInstall: string;
  readonly starterApp: string;
  readonly filename: string;
  readonly commands: Pick<RecipeCommands, 'setup' | 'dev'>;
  /** The paths it answers, for a browser. */
  readonly routes: readonly string[];
  readonly tutorial: Source;
}

export interface StackRecipe {
  readonly framework: FrameworkId;
  readonly choices: RecipeChoices;
  readonly packages: readonly RecipePackage[];
  /** The oldest Python the recipe installs on, `3.N`. */
  readonly python: string;
  /** One line for a shell, every requirement quoted. */
  readonly pipInstall: string;
  /** A minimal, runnable Python app using the recipe's pieces. */
  readonly starterApp: string;
  readonly filename: string;
  readonly commands: RecipeCommands;
  /** How the first admin user is made, when there is an admin. */
  readonly firstUser?: string;
  /** Why the recipe departs from the answers, where it does. */
  readonly notes: readonly string[];
  /** Present when the answers say the user is learning. */
  readonly beginner?: BeginnerStep;
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
    floor: STACK_FLOORS[pkg.name],
    ...(pkg.latest && { newest: pkg.latest }),
    purpose: pkg.purpose,
    source: pkg.source,
  };
}

/** One requirement as pip reads it, e.g. `SQLAlchemy[asyncio]>=2.0`. */
export function requirementSpec(pkg: Pick<RecipePackage, 'name' | 'extras' | 'floor'>): string {
  const extras = pkg.extras && pkg.extras.length > 0 ? `[${pkg.extras.join(',')}]` : '';
  return `${pkg.name}${extras}>=${pkg.floor.version}`;
}

/** `pip install "A>=1" "B[x]>=2"`: quoted so a shell leaves `>` and `[` alone. */
export function pipInstallLine(
  packages: readonly Pick<RecipePackage, 'name' | 'extras' | 'floor'>[],
) {
  return `pip install ${packages.map((pkg) => `"${requirementSpec(pkg)}"`).join(' ')}`;
}

/** The newest of `3.N` versions. */
function newestPython(versions: readonly string[]): string {
  const minor = (version: string) => Number(version.split('.')[1] ?? 0);
  return versions.reduce((a, b) => (minor(b) > minor(a) ? b : a));
}

/** The oldest Python every package floor (and the project's own floor) supports. */
export function pythonFor(packages: readonly Pick<RecipePackage, 'floor'>[]): string {
  return newestPython([
    PYTHON_FLOOR.version,
    ...packages.flatMap((pkg) => (pkg.floor.python ? [pkg.floor.python] : [])),
  ]);
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
      'Async views run under an ASGI server (Uvicorn), in development too; Django’s ORM still does its database work in a thread.',
    );
  }
  if (choices.framework === 'django') {
    notes.push(
      'Static files: `collectstatic` copies them (the admin’s CSS too) into ./staticfiles; in production your web server or proxy serves that folder at /static/.',
    );
  }
  if (choices.database === 'sqlalchemy') {
    notes.push(
      choices.framework === 'flask'
        ? '`flask --app app init-db` creates the tables. Once the models start changing, add Flask-Migrate (Alembic) and let its migrations own the schema instead.'
        : '`python main.py init-db` creates the tables. Once the models start changing, add Alembic (`alembic init -t async migrations`, then set `target_metadata = Base.metadata` in env.py) and let its migrations own the schema instead.',
    );
  }
  if (choices.framework === 'fastapi' && choices.admin) {
    notes.push(
      'SQLAdmin has no CSRF tokens; its login cookie is SameSite=Lax, so other sites cannot post to the admin with it.',
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

const GENERATE_SECRET = `python -c "import secrets; print(secrets.token_urlsafe(50))"`;

/** A docstring that says what the file is, what it needs and how to run it. */
function docstring(
  summary: string,
  python: string,
  commands: Pick<RecipeCommands, 'setup' | 'dev'> & Partial<Pick<RecipeCommands, 'production'>>,
  after: readonly string[],
) {
  const indent = (steps: readonly string[]) => steps.map((step) => `    ${step}`);
  return [
    `"""${summary}`,
    '',
    `Made by the Python Framework Picker from your answers. Needs Python ${python} or newer.`,
    'To try it (on Windows: `py -m venv .venv` and `.venv\\Scripts\\activate`):',
    '',
    ...indent(commands.setup),
    ...indent(commands.dev),
    '',
    ...after,
    ...(commands.production
      ? [
          '',
          'In production (debug off, a real secret key, or it refuses to start):',
          '',
          ...indent(commands.production),
        ]
      : []),
    '"""',
  ];
}

function setupCommands(pipInstall: string): string[] {
  return ['python3 -m venv .venv', '. .venv/bin/activate', pipInstall];
}

// ---------------------------------------------------------------------------------------------
// Django

function djangoCommands(c: RecipeChoices, pipInstall: string): RecipeCommands {
  return {
    setup: setupCommands(pipInstall),
    dev: [
      'export DJANGO_DEBUG=1',
      'python app.py migrate',
      'python app.py createsuperuser',
      c.async ? 'uvicorn app:application --reload' : 'python app.py runserver',
    ],
    production: [
      'unset DJANGO_DEBUG',
      `export DJANGO_SECRET_KEY="$(${GENERATE_SECRET})"`,
      'export DJANGO_ALLOWED_HOSTS=example.com DJANGO_BEHIND_PROXY=1',
      'python app.py check --deploy --fail-level WARNING',
      'python app.py migrate',
      'python app.py collectstatic --noinput',
      c.async ? 'uvicorn app:application --workers 2' : 'gunicorn app:application --workers 2',
    ],
  };
}

function djangoApp(c: RecipeChoices, python: string, commands: RecipeCommands): string {
  const apps = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
    ...(c.api === 'drf' ? ['rest_framework'] : []),
  ];
  const def = c.async ? 'async def' : 'def';
  const healthPath = c.api === 'ninja' ? '/api/health' : '/api/health/';
  const userCount = c.async ? 'await User.objects.acount()' : 'User.objects.count()';
  const lines = [
    ...docstring('A minimal Django project in one file.', python, commands, [
      `Then open http://127.0.0.1:8000${c.pages ? '/' : healthPath} (also /admin/${c.api === 'ninja' ? ' and /api/docs' : ''}).`,
      '`createsuperuser` makes the first admin user; the admin asks for that login.',
      'DJANGO_DEBUG=1 turns on debug mode for local work; without it the app wants',
      'DJANGO_SECRET_KEY (50+ random characters) and DJANGO_ALLOWED_HOSTS.',
      'Behind a proxy that terminates HTTPS and sets X-Forwarded-Proto, set DJANGO_BEHIND_PROXY=1;',
      'the proxy also serves ./staticfiles at /static/. HSTS starts at DJANGO_HSTS_SECONDS=3600:',
      'raise it once HTTPS works everywhere.',
      'Move to `django-admin startproject` when you add models of your own.',
    ]),
    '',
    'import os',
    'import sys',
    '',
    'import django',
    'from django.conf import settings',
    'from django.core.exceptions import ImproperlyConfigured',
    '',
    'DEBUG = os.environ.get("DJANGO_DEBUG") == "1"',
    'SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")',
    'if len(SECRET_KEY) < 50:',
    '    if not DEBUG:',
    '        raise ImproperlyConfigured(',
    '            "Set DJANGO_SECRET_KEY to 50 or more random characters, e.g. "',
    `            'export DJANGO_SECRET_KEY="$(${GENERATE_SECRET})" '`,
    '            "(or DJANGO_DEBUG=1 for local work)."',
    '        )',
    '    SECRET_KEY = "django-insecure-local-development-only"',
    'HTTPS = not DEBUG',
    '',
    'settings.configure(',
    '    DEBUG=DEBUG,',
    '    SECRET_KEY=SECRET_KEY,',
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
    '    STATIC_ROOT="staticfiles",',
    '    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",',
    '    # HTTPS outside debug mode: redirects, secure cookies and HSTS (see the docstring).',
    '    SECURE_SSL_REDIRECT=HTTPS,',
    '    SESSION_COOKIE_SECURE=HTTPS,',
    '    CSRF_COOKIE_SECURE=HTTPS,',
    '    SECURE_HSTS_SECONDS=int(os.environ.get("DJANGO_HSTS_SECONDS", "3600")) if HTTPS else 0,',
    '    SECURE_HSTS_INCLUDE_SUBDOMAINS=os.environ.get("DJANGO_HSTS_SUBDOMAINS", "1") == "1",',
    '    SECURE_HSTS_PRELOAD=os.environ.get("DJANGO_HSTS_PRELOAD", "1") == "1",',
    '    SECURE_PROXY_SSL_HEADER=(',
    '        ("HTTP_X_FORWARDED_PROTO", "https") if os.environ.get("DJANGO_BEHIND_PROXY") == "1" else None',
    '    ),',
    ')',
    'django.setup()',
    '',
    '# Imported after setup(): these modules need the settings above.',
    'from django.contrib import admin  # noqa: E402',
    'from django.contrib.auth.models import User  # noqa: E402',
    ...(c.async
      ? [
          'from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler  # noqa: E402',
          'from django.core.asgi import get_asgi_application  # noqa: E402',
        ]
      : ['from django.core.wsgi import get_wsgi_application  # noqa: E402']),
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
    ...(c.async
      ? [
          'application = get_asgi_application()',
          'if DEBUG:',
          '    # Like runserver: serve static files (the admin’s CSS) while developing.',
          '    application = ASGIStaticFilesHandler(application)',
        ]
      : ['application = get_wsgi_application()']),
    '',
    'if __name__ == "__main__":',
    '    execute_from_command_line(sys.argv)',
  );
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Flask

function flaskCommands(c: RecipeChoices, pipInstall: string): RecipeCommands {
  const db = c.database === 'sqlalchemy';
  return {
    setup: setupCommands(pipInstall),
    dev: [
      'export FLASK_DEBUG=1',
      ...(db ? ['flask --app app init-db'] : []),
      ...(c.admin ? ['flask --app app create-admin admin'] : []),
      'flask --app app run',
    ],
    production: [
      'unset FLASK_DEBUG',
      `export SECRET_KEY="$(${GENERATE_SECRET})"`,
      ...(db ? ['flask --app app init-db'] : []),
      'gunicorn app:app --workers 2',
    ],
  };
}

const FLASK_LOGIN_PAGE = [
  'LOGIN_PAGE = """<!doctype html>',
  '<title>Sign in</title>',
  '<h1>Sign in to the admin</h1>',
  '<form method="post">',
  '  {{ form.csrf_token }}',
  '  <p>{{ form.username.label }} {{ form.username(autocomplete="username") }}</p>',
  '  <p>{{ form.password.label }} {{ form.password(autocomplete="current-password") }}</p>',
  '  {% if failed %}<p role="alert">Wrong username or password.</p>{% endif %}',
  '  <button type="submit">Sign in</button>',
  '</form>',
  '"""',
];

function flaskAdminCode(): string[] {
  return [
    '',
    '',
    'class AdminUser(db.Model):',
    '    id = db.Column(db.Integer, primary_key=True)',
    '    username = db.Column(db.String(80), unique=True, nullable=False)',
    '    password_hash = db.Column(db.String(255), nullable=False)',
    '',
    '',
    '@app.cli.command("create-admin")',
    '@click.argument("username")',
    '@click.password_option(envvar="ADMIN_PASSWORD")',
    'def create_admin(username, password):',
    '    """Add an admin user (asks for the password, or reads ADMIN_PASSWORD)."""',
    '    db.session.add(AdminUser(username=username, password_hash=generate_password_hash(password)))',
    '    db.session.commit()',
    '    click.echo(f"Admin user {username} created: sign in at /admin/login/")',
    '',
    '',
    'def signed_in():',
    '    user_id = session.get("admin_user_id")',
    '    return user_id is not None and db.session.get(AdminUser, user_id) is not None',
    '',
    '',
    ...FLASK_LOGIN_PAGE,
    '',
    '',
    '# SecureForm adds a CSRF token (kept in the signed session) to every admin form.',
    'class LoginForm(SecureForm):',
    '    username = StringField("Username", validators=[InputRequired()])',
    '    password = PasswordField("Password", validators=[InputRequired()])',
    '',
    '',
    'class SignedInIndexView(AdminIndexView):',
    '    @expose("/")',
    '    def index(self):',
    '        if not signed_in():',
    '            return redirect(url_for(".login"))',
    '        return super().index()',
    '',
    '    @expose("/login/", methods=["GET", "POST"])',
    '    def login(self):',
    '        form = LoginForm(request.form)',
    '        failed = False',
    '        if request.method == "POST" and form.validate():',
    '            user = db.session.scalar(db.select(AdminUser).filter_by(username=form.username.data))',
    '            if user and check_password_hash(user.password_hash, form.password.data):',
    '                session.clear()',
    '                session["admin_user_id"] = user.id',
    '                return redirect(url_for(".index"))',
    '            failed = True',
    '        return render_template_string(LOGIN_PAGE, form=form, failed=failed)',
    '',
    '    @expose("/logout/", methods=["POST"])',
    '    def logout(self):',
    '        if SecureForm(request.form).validate():',
    '            session.clear()',
    '        return redirect(url_for(".login"))',
    '',
    '',
    'class SignedInModelView(ModelView):',
    '    form_base_class = SecureForm',
    '',
    '    def is_accessible(self):',
    '        return signed_in()',
    '',
    '    def inaccessible_callback(self, name, **kwargs):',
    '        return redirect(url_for("admin.login"))',
    '',
    '',
    'admin = Admin(app, name="Admin", index_view=SignedInIndexView())',
    'admin.add_view(SignedInModelView(Item, db))',
  ];
}

function flaskApp(c: RecipeChoices, python: string, commands: RecipeCommands): string {
  const db = c.database === 'sqlalchemy';
  const apiflask = c.api === 'apiflask';
  const flaskNames = [
    ...(apiflask ? [] : ['Flask']),
    ...(c.admin ? ['redirect'] : []),
    ...(c.pages || c.admin ? ['render_template_string'] : []),
    ...(apiflask && !c.admin ? [] : ['request']),
    ...(c.admin ? ['session', 'url_for'] : []),
  ];
  const open = [
    ...(c.pages ? ['/'] : []),
    '/items',
    ...(c.admin ? ['/admin/'] : []),
    ...(apiflask ? ['/docs'] : []),
  ];
  const lines = [
    ...docstring('A minimal Flask app.', python, commands, [
      `Then open http://127.0.0.1:5000${open[0]}${open.length > 1 ? ` (also ${listed(open.slice(1))})` : ''}.`,
      ...(c.admin
        ? [
            '`create-admin` makes the first admin user (it asks for a password); /admin/ asks for that login.',
          ]
        : []),
      'FLASK_DEBUG=1 turns on debug mode for local work; without it the app wants',
      'SECRET_KEY (32+ random characters) and sends its session cookie over HTTPS only.',
    ]),
    '',
    'import os',
    '',
    ...(c.admin ? ['import click'] : []),
    ...(apiflask
      ? ['from apiflask import APIFlask, Schema', 'from apiflask.fields import Integer, String']
      : []),
    ...(flaskNames.length > 0 ? [`from flask import ${flaskNames.join(', ')}`] : []),
    ...(c.admin
      ? [
          'from flask_admin import Admin, AdminIndexView, expose',
          'from flask_admin.contrib.sqla import ModelView',
          'from flask_admin.form import SecureForm',
        ]
      : []),
    ...(db ? ['from flask_sqlalchemy import SQLAlchemy'] : []),
    ...(c.admin
      ? [
          'from werkzeug.security import check_password_hash, generate_password_hash',
          'from wtforms import PasswordField, StringField',
          'from wtforms.validators import InputRequired',
        ]
      : []),
    '',
    apiflask
      ? 'app = APIFlask(__name__, title="My API", version="0.1.0")'
      : 'app = Flask(__name__)',
    'app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "")',
    'if len(app.config["SECRET_KEY"]) < 32:',
    '    if not app.debug:',
    '        raise RuntimeError(',
    '            "Set SECRET_KEY to 32 or more random characters, e.g. "',
    `            'export SECRET_KEY="$(${GENERATE_SECRET})" '`,
    '            "(or FLASK_DEBUG=1 for local work)."',
    '        )',
    '    app.config["SECRET_KEY"] = "local-development-only"',
    'app.config["SESSION_COOKIE_SECURE"] = not app.debug',
    'app.config["SESSION_COOKIE_SAMESITE"] = "Lax"',
  ];
  if (db) {
    lines.push(
      'app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL", "sqlite:///app.db")',
      '',
      'db = SQLAlchemy(app)',
      '',
      '',
      'class Item(db.Model):',
      '    id = db.Column(db.Integer, primary_key=True)',
      '    name = db.Column(db.String(100), nullable=False)',
      '',
      '',
      '@app.cli.command("init-db")',
      'def init_db():',
      '    """Create the tables that do not exist yet."""',
      '    db.create_all()',
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
  if (c.admin) lines.push(...flaskAdminCode());
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// FastAPI

function fastapiCommands(c: RecipeChoices, pipInstall: string): RecipeCommands {
  const db = c.database === 'sqlalchemy';
  return {
    setup: setupCommands(pipInstall),
    dev: [
      ...(c.admin ? ['export APP_DEBUG=1'] : []),
      ...(db ? ['python main.py init-db'] : []),
      ...(c.admin ? ['python main.py create-admin admin'] : []),
      'uvicorn main:app --reload',
    ],
    production: [
      ...(c.admin ? ['unset APP_DEBUG', `export SECRET_KEY="$(${GENERATE_SECRET})"`] : []),
      ...(db ? ['python main.py init-db'] : []),
      'uvicorn main:app --workers 2',
    ],
  };
}

const FASTAPI_PASSWORDS = [
  '',
  '',
  '# Passwords are stored as salted scrypt hashes (standard library only).',
  'def hash_password(password: str) -> str:',
  '    salt = secrets.token_bytes(16)',
  '    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)',
  '    return f"scrypt${salt.hex()}${digest.hex()}"',
  '',
  '',
  'def check_password(password: str, stored: str) -> bool:',
  '    _, salt, digest = stored.split("$")',
  '    candidate = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1)',
  '    return hmac.compare_digest(candidate.hex(), digest)',
  '',
  '',
  'class AdminAuth(AuthenticationBackend):',
  '    async def login(self, request: Request) -> bool:',
  '        form = await request.form()',
  '        async with SessionLocal() as session:',
  '            user = await session.scalar(',
  '                select(AdminUser).where(AdminUser.username == str(form.get("username", "")))',
  '            )',
  '        if user is None or not check_password(str(form.get("password", "")), user.password_hash):',
  '            return False',
  '        request.session.clear()',
  '        request.session["admin_user_id"] = user.id',
  '        return True',
  '',
  '    async def logout(self, request: Request) -> bool:',
  '        request.session.clear()',
  '        return True',
  '',
  '    async def authenticate(self, request: Request) -> bool:',
  '        return "admin_user_id" in request.session',
];

function fastapiApp(c: RecipeChoices, python: string, commands: RecipeCommands): string {
  const db = c.database === 'sqlalchemy';
  const after = [
    `Then open http://127.0.0.1:8000/docs${c.admin ? ' and http://127.0.0.1:8000/admin/' : ''} .`,
    ...(db ? ['`init-db` creates the tables (see the note on migrations).'] : []),
    ...(c.admin
      ? [
          '`create-admin` makes the first admin user (it asks for a password, or reads',
          'ADMIN_PASSWORD); /admin/ asks for that login. APP_DEBUG=1 is for local work;',
          'without it the app wants SECRET_KEY (32+ random characters) to sign the login cookie.',
        ]
      : []),
  ];
  const lines = [...docstring('A minimal FastAPI app.', python, commands, after), ''];
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
    'import argparse',
    'import asyncio',
    ...(c.admin ? ['import getpass', 'import hashlib', 'import hmac'] : []),
    'import os',
    ...(c.admin ? ['import secrets'] : []),
    'from collections.abc import AsyncIterator',
    'from contextlib import asynccontextmanager',
    'from typing import Annotated',
    '',
    'from fastapi import Depends, FastAPI',
    'from pydantic import BaseModel, ConfigDict',
    ...(c.admin
      ? [
          'from sqladmin import Admin, ModelView',
          'from sqladmin.authentication import AuthenticationBackend',
        ]
      : []),
    'from sqlalchemy import String, select',
    'from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine',
    'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column',
    ...(c.admin ? ['from starlette.requests import Request'] : []),
    '',
    ...(c.admin
      ? [
          'DEBUG = os.environ.get("APP_DEBUG") == "1"',
          'SECRET_KEY = os.environ.get("SECRET_KEY", "")',
          'if len(SECRET_KEY) < 32:',
          '    if not DEBUG:',
          '        raise RuntimeError(',
          '            "Set SECRET_KEY to 32 or more random characters, e.g. "',
          `            'export SECRET_KEY="$(${GENERATE_SECRET})" '`,
          '            "(or APP_DEBUG=1 for local work)."',
          '        )',
          '    SECRET_KEY = "local-development-only"',
          '',
        ]
      : []),
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
    ...(c.admin
      ? [
          '',
          'class AdminUser(Base):',
          '    __tablename__ = "admin_users"',
          '',
          '    id: Mapped[int] = mapped_column(primary_key=True)',
          '    username: Mapped[str] = mapped_column(String(80), unique=True)',
          '    password_hash: Mapped[str] = mapped_column(String(255))',
          '',
        ]
      : []),
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
    '    yield',
    '    await engine.dispose()',
    '',
    '',
    `app = FastAPI(title="My API", lifespan=lifespan${c.admin ? ', debug=DEBUG' : ''})`,
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
      ...FASTAPI_PASSWORDS,
      '',
      '',
      'class ItemAdmin(ModelView, model=Item):',
      '    column_list = [Item.id, Item.name]',
      '',
      '',
      'admin = Admin(app, engine, authentication_backend=AdminAuth(secret_key=SECRET_KEY))',
      'admin.add_view(ItemAdmin)',
    );
  }
  lines.push(
    '',
    '',
    'async def init_db() -> None:',
    '    async with engine.begin() as connection:',
    '        await connection.run_sync(Base.metadata.create_all)',
    '    await engine.dispose()',
    '',
    ...(c.admin
      ? [
          '',
          'async def create_admin(username: str, password: str) -> None:',
          '    async with SessionLocal() as session:',
          '        session.add(AdminUser(username=username, password_hash=hash_password(password)))',
          '        await session.commit()',
          '    await engine.dispose()',
          '    print(f"Admin user {username} created: sign in at /admin/login")',
          '',
        ]
      : []),
    '',
    'if __name__ == "__main__":',
    '    parser = argparse.ArgumentParser(description="Manage the database.")',
    '    commands = parser.add_subparsers(dest="command", required=True)',
    '    commands.add_parser("init-db", help="create the tables that do not exist yet")',
    ...(c.admin
      ? [
          '    new_admin = commands.add_parser("create-admin", help="add an admin user")',
          '    new_admin.add_argument("username")',
        ]
      : []),
    '    args = parser.parse_args()',
    ...(c.admin
      ? [
          '    if args.command == "create-admin":',
          '        password = os.environ.get("ADMIN_PASSWORD") or getpass.getpass()',
          '        asyncio.run(create_admin(args.username, password))',
          '    else:',
          '        asyncio.run(init_db())',
        ]
      : ['    asyncio.run(init_db())']),
  );
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The beginner's first step

function beginnerStep(framework: FrameworkId): BeginnerStep {
  const pick = (names: readonly string[]) =>
    STACK_PACKAGES.filter((pkg) => pkg.framework === framework && names.includes(pkg.name)).map(
      (pkg) => ({ name: pkg.name, floor: STACK_FLOORS[pkg.name] }),
    );
  const packages = pick(
    framework === 'fastapi' ? ['fastapi', 'uvicorn'] : [FRAMEWORK_NAMES[framework]],
  );
  const pipInstall = pipInstallLine(packages);
  const python = pythonFor(packages);
  const setup = setupCommands(pipInstall);
  const tutorial = TUTORIALS[framework];
  const closing = [`Next: the official tutorial, ${tutorial.ref}`];
  switch (framework) {
    case 'django': {
      const commands = { setup, dev: ['python app.py runserver'] };
      const lines = [
        ...docstring('Your first Django app: one file, a page and a route.', python, commands, [
          'Then open http://127.0.0.1:8000/ and http://127.0.0.1:8000/hello/Ada/ .',
          ...closing,
        ]),
        '',
        'import os',
        'import secrets',
        'import sys',
        '',
        'from django.conf import settings',
        '',
        'settings.configure(',
        '    DEBUG=os.environ.get("DJANGO_DEBUG") == "1",',
        '    # Nothing here is signed or stored, so a fresh random key each start is fine.',
        '    SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),',
        '    ALLOWED_HOSTS=["localhost", "127.0.0.1"],',
        '    ROOT_URLCONF=__name__,',
        ')',
        '',
        'from django.core.management import execute_from_command_line  # noqa: E402',
        'from django.http import HttpResponse  # noqa: E402',
        'from django.urls import path  # noqa: E402',
        'from django.utils.html import escape  # noqa: E402',
        '',
        '',
        'def home(request):',
        '    return HttpResponse("<h1>Hello, Django</h1><p>Try /hello/your-name/</p>")',
        '',
        '',
        'def hello(request, name):',
        '    return HttpResponse(f"<h1>Hello, {escape(name)}!</h1>")',
        '',
        '',
        'urlpatterns = [',
        '    path("", home),',
        '    path("hello/<str:name>/", hello),',
        ']',
        '',
        'if __name__ == "__main__":',
        '    execute_from_command_line(sys.argv)',
      ];
      return {
        pipInstall,
        starterApp: `${lines.join('\n')}\n`,
        filename: 'app.py',
        commands,
        routes: ['/', '/hello/Ada/'],
        tutorial,
      };
    }
    case 'flask': {
      const commands = { setup, dev: ['flask --app app run --debug'] };
      const lines = [
        ...docstring('Your first Flask app: one file, a page and a route.', python, commands, [
          'Then open http://127.0.0.1:5000/ and http://127.0.0.1:5000/hello/Ada .',
          '`--debug` reloads on changes and shows errors in the browser: for your machine only.',
          ...closing,
        ]),
        '',
        'from flask import Flask',
        'from markupsafe import escape',
        '',
        'app = Flask(__name__)',
        '',
        '',
        '@app.get("/")',
        'def home():',
        '    return "<h1>Hello, Flask</h1><p>Try /hello/your-name</p>"',
        '',
        '',
        '@app.get("/hello/<name>")',
        'def hello(name):',
        '    return f"<h1>Hello, {escape(name)}!</h1>"',
      ];
      return {
        pipInstall,
        starterApp: `${lines.join('\n')}\n`,
        filename: 'app.py',
        commands,
        routes: ['/', '/hello/Ada'],
        tutorial,
      };
    }
    case 'fastapi': {
      const commands = { setup, dev: ['uvicorn main:app --reload'] };
      const lines = [
        ...docstring('Your first FastAPI app: one file, a page and a route.', python, commands, [
          'Then open http://127.0.0.1:8000/ , http://127.0.0.1:8000/hello/Ada and the',
          'interactive docs at http://127.0.0.1:8000/docs .',
          ...closing,
        ]),
        '',
        'from html import escape',
        '',
        'from fastapi import FastAPI',
        'from fastapi.responses import HTMLResponse',
        '',
        'app = FastAPI()',
        '',
        '',
        '@app.get("/", response_class=HTMLResponse)',
        'async def home() -> str:',
        '    return "<h1>Hello, FastAPI</h1><p>Try /hello/your-name and /docs</p>"',
        '',
        '',
        '@app.get("/hello/{name}")',
        'async def hello(name: str) -> dict[str, str]:',
        '    return {"message": f"Hello, {escape(name)}!"}',
      ];
      return {
        pipInstall,
        starterApp: `${lines.join('\n')}\n`,
        filename: 'main.py',
        commands,
        routes: ['/', '/hello/Ada', '/docs'],
        tutorial,
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------

function commandsFor(c: RecipeChoices, pipInstall: string): RecipeCommands {
  switch (c.framework) {
    case 'django':
      return djangoCommands(c, pipInstall);
    case 'flask':
      return flaskCommands(c, pipInstall);
    case 'fastapi':
      return fastapiCommands(c, pipInstall);
  }
}

function firstUserFor(c: RecipeChoices): string | undefined {
  if (!c.admin) return undefined;
  switch (c.framework) {
    case 'django':
      return '`python app.py createsuperuser` makes the first admin user.';
    case 'flask':
      return '`flask --app app create-admin admin` makes the first admin user; it asks for a password.';
    case 'fastapi':
      return '`python main.py create-admin admin` makes the first admin user; it asks for a password.';
  }
}

/**
 * The stack recipe for the recommended framework and the answers: packages (each with the oldest
 * release that supports the starter and its source, and the newest known release), the Python it
 * needs, a `pip install` line, a starter app that is safe by default, the commands to run it in
 * development and production, and, for someone learning, a smallest first app to begin with.
 */
export function recipeFor(answers: Answers, winner: FrameworkId): StackRecipe {
  const choices = recipeChoices(answers, winner);
  const features = featuresOf(choices);
  const packages = STACK_PACKAGES.filter(
    (pkg) =>
      pkg.framework === winner &&
      pkg.needs.every((need) => features.has(need)) &&
      !(pkg.unless ?? []).some((feature) => features.has(feature)),
  ).map((pkg) => toRecipePackage(pkg, features));
  const pipInstall = pipInstallLine(packages);
  const python = pythonFor(packages);
  const commands = commandsFor(choices, pipInstall);
  const build = { django: djangoApp, flask: flaskApp, fastapi: fastapiApp }[winner];
  const firstUser = firstUserFor(choices);
  return {
    framework: winner,
    choices,
    packages,
    python,
    pipInstall,
    starterApp: build(choices, python, commands),
    filename: winner === 'fastapi' ? 'main.py' : 'app.py',
    commands,
    ...(firstUser && { firstUser }),
    notes: notesFor(answers, choices),
    ...(isLearning(answers) && { beginner: beginnerStep(winner) }),
  };
}

/**
 * Every answer that changes a recipe, with "no answer" for each: enough to reach every recipe the
 * code can write, whether or not that framework would win with those answers.
 */
export function recipeAnswerVariants(): Answers[] {
  const values = <T extends string>(list: readonly T[]) => [...list, undefined];
  const variants: Answers[] = [];
  for (const kind of values(['webapp', 'api', 'micro', 'ml', 'learn'] as const))
    for (const orm of values(['django', 'sqlalchemy', 'none', 'any'] as const))
      for (const admin of values(['no', 'nice', 'must'] as const))
        for (const docs of values(['no', 'nice', 'must'] as const))
          for (const async of values(['nice', 'important'] as const))
            for (const team of values(['typed', 'new'] as const)) {
              const answers: Record<string, string> = {};
              for (const [key, value] of Object.entries({ kind, async, admin, orm, docs, team })) {
                if (value !== undefined) answers[key] = value;
              }
              variants.push(answers as Answers);
            }
  return variants;
}

/**
 * One recipe per distinct install line, starter app and commands, for every framework and every
 * answer variant: what `npm run verify:recipes` installs and runs. Beginner steps come with the
 * recipes that carry them.
 */
export function distinctRecipes(): StackRecipe[] {
  const byContent = new Map<string, StackRecipe>();
  for (const framework of FRAMEWORK_IDS) {
    for (const answers of recipeAnswerVariants()) {
      const recipe = recipeFor(answers, framework);
      const key = JSON.stringify([recipe.pipInstall, recipe.starterApp, recipe.commands]);
      const known = byContent.get(key);
      // Keep the variant that carries a beginner step, so those are run too.
      if (!known || (!known.beginner && recipe.beginner)) byContent.set(key, recipe);
    }
  }
  return [...byContent.values()];
}
