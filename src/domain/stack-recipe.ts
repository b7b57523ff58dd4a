/**
 * The stack recipe: the packages that complete the recommended framework for these answers, a
 * `pip install` line asking for at least the oldest release that supports the starter (so it
 * installs on a mirror that lags), and a small app to start from that uses every piece and is safe
 * by default: admins behind a login with CSRF-protected forms, debug off unless asked for, no
 * fixed secret key anywhere, no production start without a real one. Packages and floors are data
 * (content/stack-packages, content/stack-floors), which pieces the answers call for is
 * recipe-choices.ts, the notes are content/recipe-notes, and the starter apps are the Python
 * files in recipes/, rendered by recipe-template.ts: this module writes them out.
 */
import type { Release } from './content/releases';
import { notesFor, type RecipeNote } from './content/recipe-notes';
import type { Source } from './content/sourced';
import { PYTHON_FLOOR, STACK_FLOORS, type PackageFloor } from './content/stack-floors';
import { STACK_PACKAGES, type RecipeFeature, type StackPackage } from './content/stack-packages';
import type { FrameworkId } from './frameworks';
import type { Answers } from './questions';
import { answerTraits, recipeChoices, type RecipeChoices } from './recipe-choices';
import { renderTemplate, type TemplateFlags, type TemplateValues } from './recipe-template';
import djangoApp from './recipes/django_app.py?raw';
import djangoFirstApp from './recipes/django_first_app.py?raw';
import fastapiFirstMain from './recipes/fastapi_first_main.py?raw';
import fastapiItemsInMemory from './recipes/fastapi_items_in_memory.py?raw';
import fastapiMain from './recipes/fastapi_main.py?raw';
import flaskApp from './recipes/flask_app.py?raw';
import flaskFirstApp from './recipes/flask_first_app.py?raw';

export type { RecipeChoices } from './recipe-choices';
export type { RecipeNote } from './content/recipe-notes';

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
  /**
   * The environment variable that holds the secret key production requires; absent when the app
   * signs nothing (FastAPI without an admin).
   */
  readonly secretName?: 'DJANGO_SECRET_KEY' | 'SECRET_KEY';
  /** How the first admin user is made, when there is an admin. */
  readonly firstUser?: string;
  /** Why the recipe departs from the answers, where it does, and what to do next; each sourced. */
  readonly notes: readonly RecipeNote[];
  /** Present when the answers say the user is learning. */
  readonly beginner?: BeginnerStep;
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

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
}

const GENERATE_SECRET = `python -c "import secrets; print(secrets.token_urlsafe(50))"`;

function setupCommands(pipInstall: string): string[] {
  return ['python3 -m venv .venv', '. .venv/bin/activate', pipInstall];
}

/**
 * The server line of a production phase: the starter's own check first, so a missing secret or
 * a debug flag left on stops it once, before gunicorn or uvicorn start any worker.
 */
function checkedServer(check: string, server: string): string {
  return `${check} && ${server}`;
}

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
      'python app.py migrate',
      'python app.py collectstatic --noinput',
      checkedServer(
        'python app.py check --deploy --fail-level WARNING',
        c.async ? 'uvicorn app:application --workers 2' : 'gunicorn app:application --workers 2',
      ),
    ],
  };
}

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
      checkedServer('flask --app app check', 'gunicorn app:app --workers 2'),
    ],
  };
}

function fastapiCommands(c: RecipeChoices, pipInstall: string): RecipeCommands {
  const db = c.database === 'sqlalchemy';
  const server = 'uvicorn main:app --workers 2';
  return {
    setup: setupCommands(pipInstall),
    dev: [
      ...(c.admin ? ['export APP_DEBUG=1'] : []),
      ...(db ? ['python main.py init-db'] : []),
      ...(c.admin ? ['python main.py create-admin admin'] : []),
      'uvicorn main:app --reload',
    ],
    // Without an admin nothing is signed: no secret to ask for, nothing to check.
    production: [
      ...(c.admin ? ['unset APP_DEBUG', `export SECRET_KEY="$(${GENERATE_SECRET})"`] : []),
      ...(db ? ['python main.py init-db'] : []),
      c.admin ? checkedServer('python main.py check', server) : server,
    ],
  };
}

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

/** A full starter: its template, the flags its `# [if …]` blocks read, and where to open it. */
interface Starter {
  readonly template: string;
  readonly filename: string;
  readonly flags: TemplateFlags;
  readonly open: string;
}

function starterFor(c: RecipeChoices): Starter {
  const db = c.database === 'sqlalchemy';
  switch (c.framework) {
    case 'django': {
      const ninja = c.api === 'ninja';
      const drf = c.api === 'drf';
      const health = ninja ? '/api/health' : '/api/health/';
      return {
        template: djangoApp,
        filename: 'app.py',
        flags: { pages: c.pages, async: c.async, ninja, drf, json_view: !ninja && !drf },
        open: `http://127.0.0.1:8000${c.pages ? '/' : health} (also /admin/${ninja ? ' and /api/docs' : ''})`,
      };
    }
    case 'flask': {
      const apiflask = c.api === 'apiflask';
      const paths = [
        ...(c.pages ? ['/'] : []),
        '/items',
        ...(c.admin ? ['/admin/'] : []),
        ...(apiflask ? ['/docs'] : []),
      ];
      return {
        template: flaskApp,
        filename: 'app.py',
        flags: {
          pages: c.pages,
          db,
          admin: c.admin,
          apiflask,
          async: c.async,
          // Whether anything is imported from flask itself (APIFlask replaces the app class).
          flask_names: !apiflask || c.admin || c.pages,
        },
        open: `http://127.0.0.1:5000${paths[0] ?? '/'}${paths.length > 1 ? ` (also ${listed(paths.slice(1))})` : ''}`,
      };
    }
    case 'fastapi':
      return {
        template: db ? fastapiMain : fastapiItemsInMemory,
        filename: 'main.py',
        flags: { admin: c.admin },
        open: `http://127.0.0.1:8000/docs${c.admin ? ' and http://127.0.0.1:8000/admin/' : ''}`,
      };
  }
}

/** The values every docstring names: the Python it needs and the commands to run it. */
function docValues(python: string, commands: Partial<RecipeCommands>): TemplateValues {
  return {
    python,
    setup: commands.setup ?? [],
    dev: commands.dev ?? [],
    production: commands.production ?? [],
  };
}

/** For someone learning: the smallest app per framework, what it installs and what it answers. */
const FIRST_APPS = {
  django: {
    template: djangoFirstApp,
    filename: 'app.py',
    packages: ['Django'],
    dev: ['python app.py runserver'],
    routes: ['/', '/hello/Ada/'],
    tutorial: {
      label: 'Django tutorial, part 1',
      ref: 'https://docs.djangoproject.com/en/5.2/intro/tutorial01/',
      asOf: '2026-12-01',
    },
  },
  flask: {
    template: flaskFirstApp,
    filename: 'app.py',
    packages: ['Flask'],
    dev: ['flask --app app run --debug'],
    routes: ['/', '/hello/Ada'],
    tutorial: {
      label: 'Flask quickstart',
      ref: 'https://flask.palletsprojects.com/en/3.1.x/quickstart/',
      asOf: '2026-12-01',
    },
  },
  fastapi: {
    template: fastapiFirstMain,
    filename: 'main.py',
    packages: ['fastapi', 'uvicorn'],
    dev: ['uvicorn main:app --reload'],
    routes: ['/', '/hello/Ada', '/docs'],
    // The newest tagged docs: fastapi.tiangolo.com shows only the latest, unversioned.
    tutorial: {
      label: 'FastAPI tutorial: first steps (0.141.1 docs)',
      ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/first-steps.md',
      asOf: '2026-07-29',
    },
  },
} as const satisfies Record<
  FrameworkId,
  {
    template: string;
    filename: string;
    packages: readonly string[];
    dev: readonly string[];
    routes: readonly string[];
    tutorial: Source;
  }
>;

function beginnerStep(framework: FrameworkId): BeginnerStep {
  const first = FIRST_APPS[framework];
  const packages = STACK_PACKAGES.filter(
    (pkg) =>
      pkg.framework === framework && (first.packages as readonly string[]).includes(pkg.name),
  ).map((pkg) => ({ name: pkg.name, floor: STACK_FLOORS[pkg.name] }));
  const pipInstall = pipInstallLine(packages);
  const python = pythonFor(packages);
  const commands = { setup: setupCommands(pipInstall), dev: [...first.dev] };
  return {
    pipInstall,
    starterApp: renderTemplate(
      first.template,
      {},
      {
        ...docValues(python, commands),
        tutorial: first.tutorial.ref,
      },
    ),
    filename: first.filename,
    commands,
    routes: first.routes,
    tutorial: first.tutorial,
  };
}

function secretNameOf(c: RecipeChoices): StackRecipe['secretName'] {
  if (c.framework === 'django') return 'DJANGO_SECRET_KEY';
  return c.framework === 'flask' || c.admin ? 'SECRET_KEY' : undefined;
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
  const traits = answerTraits(answers);
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
  const starter = starterFor(choices);
  const firstUser = firstUserFor(choices);
  const secretName = secretNameOf(choices);
  return {
    framework: winner,
    choices,
    packages,
    python,
    pipInstall,
    starterApp: renderTemplate(starter.template, starter.flags, {
      ...docValues(python, commands),
      open: starter.open,
    }),
    filename: starter.filename,
    commands,
    ...(secretName && { secretName }),
    ...(firstUser && { firstUser }),
    notes: notesFor(choices, traits),
    ...(traits.learning && { beginner: beginnerStep(winner) }),
  };
}
