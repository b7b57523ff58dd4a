import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RELEASES } from '../../src/domain/content/releases';
import { STACK_PACKAGES } from '../../src/domain/content/stack-packages';
import type { FrameworkId } from '../../src/domain/frameworks';
import type { Answers } from '../../src/domain/questions';
import { STACK_FLOORS } from '../../src/domain/content/stack-floors';
import { isCitableRef } from '../../src/domain/content/sourced';
import { RECIPE_NOTES } from '../../src/domain/content/recipe-notes';
import { recipeFor, requirementSpec, type StackRecipe } from '../../src/domain/stack-recipe';
import { distinctRecipes, representativeValues } from '../../src/domain/recipe-variants';

/**
 * Which distribution provides each top-level module a starter app may import, written out here
 * rather than read from the recipe data, so the check does not trust what it checks.
 */
const DISTRIBUTION_OF_IMPORT: Record<string, string | string[]> = {
  django: 'Django',
  ninja: 'django-ninja',
  rest_framework: 'djangorestframework',
  flask: 'Flask',
  apiflask: 'APIFlask',
  flask_sqlalchemy: 'Flask-SQLAlchemy',
  flask_migrate: 'Flask-Migrate',
  flask_admin: 'Flask-Admin',
  // Installed by Flask (Werkzeug, MarkupSafe, Click), Flask-Admin (WTForms) and FastAPI (Starlette).
  werkzeug: 'Flask',
  markupsafe: 'Flask',
  click: 'Flask',
  // WTForms comes with either admin: Flask-Admin's forms, SQLAdmin's forms.
  wtforms: ['Flask-Admin', 'sqladmin'],
  starlette: 'fastapi',
  fastapi: 'fastapi',
  pydantic: 'pydantic',
  sqlalchemy: 'SQLAlchemy',
  sqladmin: 'sqladmin',
  alembic: 'alembic',
  uvicorn: 'uvicorn',
  gunicorn: 'gunicorn',
};

/** Standard-library modules the starter apps use. */
const STDLIB = new Set([
  'os',
  'sys',
  'collections',
  'contextlib',
  'typing',
  'argparse',
  'asyncio',
  'getpass',
  'hashlib',
  'hmac',
  'secrets',
  'html',
  'contextvars',
  'datetime',
  'urllib',
]);

/** PEP 503 normalised project name: case and runs of `-_.` do not matter to pip. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The distributions a `pip install "A[x]>=1" "B"` line asks for, normalised. */
function distributionsIn(pipInstall: string): Set<string> {
  expect(pipInstall).toMatch(/^pip install( "[A-Za-z0-9._-]+(\[[a-z,]+\])?>=[0-9.]+")+$/);
  return new Set(
    [...pipInstall.matchAll(/"([A-Za-z0-9._-]+)/g)].map((match) => normalise(match[1] ?? '')),
  );
}

/** Top-level modules of every `import x` and `from x import y` statement, at any indentation. */
function topLevelImports(source: string): Set<string> {
  const modules = new Set<string>();
  for (const match of source.matchAll(/^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))/gm)) {
    modules.add((match[1] ?? match[2] ?? '').split('.')[0] ?? '');
  }
  return modules;
}

/** Every recipe the code can write, enumerated over its inputs (the verifier runs the same list). */
const DISTINCT_APPS: StackRecipe[] = distinctRecipes();

function noteText(answers: Answers, framework: FrameworkId): string {
  return recipeFor(answers, framework)
    .notes.map((note) => note.text)
    .join(' ');
}

function names(recipe: StackRecipe): string[] {
  return recipe.packages.map((pkg) => pkg.name);
}

describe('stack recipe: packages for each framework and database choice', () => {
  it.each([
    {
      framework: 'fastapi',
      answers: { kind: 'api', orm: 'sqlalchemy', admin: 'important' },
      pip: 'pip install "fastapi>=0.100.0" "pydantic>=2.0" "SQLAlchemy[asyncio]>=2.0" "aiosqlite>=0.20.0" "sqladmin[full]>=0.24.0" "uvicorn>=0.30.0"',
    },
    {
      framework: 'fastapi',
      answers: { kind: 'ml', orm: 'none', admin: 'must' },
      pip: 'pip install "fastapi>=0.100.0" "pydantic>=2.0" "uvicorn>=0.30.0"',
    },
    {
      // FastAPI by default: no database answer still gets SQLAlchemy, but no admin unless asked.
      framework: 'fastapi',
      answers: {},
      pip: 'pip install "fastapi>=0.100.0" "pydantic>=2.0" "SQLAlchemy[asyncio]>=2.0" "aiosqlite>=0.20.0" "uvicorn>=0.30.0"',
    },
    {
      framework: 'fastapi',
      answers: { kind: 'micro', orm: 'any', docs: 'must' },
      pip: 'pip install "fastapi>=0.100.0" "pydantic>=2.0" "SQLAlchemy[asyncio]>=2.0" "aiosqlite>=0.20.0" "uvicorn>=0.30.0"',
    },
    {
      // Django keeps its ORM whatever the database answer; its own tables need one.
      framework: 'django',
      answers: { kind: 'learn', orm: 'none' },
      pip: 'pip install "Django>=5.2" "gunicorn>=23.0.0"',
    },
    {
      framework: 'django',
      answers: { kind: 'webapp', orm: 'django', admin: 'must' },
      pip: 'pip install "Django>=5.2" "gunicorn>=23.0.0"',
    },
    {
      framework: 'django',
      answers: { kind: 'api', orm: 'django' },
      pip: 'pip install "Django>=5.2" "djangorestframework>=3.16.0" "gunicorn>=23.0.0"',
    },
    {
      framework: 'django',
      answers: { kind: 'api', docs: 'important', orm: 'sqlalchemy' },
      pip: 'pip install "Django>=5.2" "django-ninja>=1.5.0" "gunicorn>=23.0.0"',
    },
    {
      framework: 'flask',
      answers: { kind: 'learn', orm: 'sqlalchemy', admin: 'nice' },
      pip: 'pip install "Flask>=3.0" "Flask-SQLAlchemy>=3.1" "Flask-Admin>=2.1.0" "gunicorn>=23.0.0"',
    },
    {
      framework: 'flask',
      answers: { kind: 'api', orm: 'none', docs: 'must', async: 'must' },
      pip: 'pip install "Flask[async]>=3.0" "APIFlask>=2.1.0" "gunicorn>=23.0.0"',
    },
    {
      framework: 'flask',
      answers: { kind: 'webapp', orm: 'any', admin: 'important', async: 'important' },
      pip: 'pip install "Flask[async]>=3.0" "Flask-SQLAlchemy>=3.1" "Flask-Admin>=2.1.0" "gunicorn>=23.0.0"',
    },
    {
      framework: 'flask',
      answers: { orm: 'django', admin: 'no' },
      pip: 'pip install "Flask>=3.0" "Flask-SQLAlchemy>=3.1" "gunicorn>=23.0.0"',
    },
  ] satisfies { framework: FrameworkId; answers: Answers; pip: string }[])(
    '$framework with $answers',
    ({ framework, answers, pip }) => {
      expect(recipeFor(answers, framework).pipInstall).toBe(pip);
    },
  );

  it('explains where the recipe departs from the database answer', () => {
    expect(noteText({ orm: 'sqlalchemy' }, 'django')).toMatch(/keeps it/);
    expect(noteText({ orm: 'django' }, 'fastapi')).toMatch(
      /needs Django’s settings .* uses SQLAlchemy, the usual database layer with FastAPI/,
    );
    expect(noteText({ orm: 'none', admin: 'must' }, 'flask')).toMatch(/leaves the admin out/);
    // Only the note on who owns the schema: nothing departs from the answers here.
    expect(recipeFor({ orm: 'sqlalchemy' }, 'flask').notes.map((note) => note.text)).toEqual([
      expect.stringMatching(/^`flask --app app init-db` creates the tables/),
    ]);
  });

  it('tells every kind that expects pages that the FastAPI starter is JSON-only', () => {
    // Read from the kind's row in recipe-rules, so the 2027-01 kinds are covered too.
    for (const kind of ['webapp', 'learn', 'dashboard', 'realtime'] as const) {
      expect(noteText({ kind }, 'fastapi'), kind).toMatch(/sticks to JSON endpoints/);
    }
    for (const kind of ['api', 'micro', 'ml'] as const) {
      expect(noteText({ kind }, 'fastapi'), kind).not.toMatch(/sticks to JSON endpoints/);
    }
    expect(noteText({ kind: 'realtime' }, 'django')).toMatch(/WebSockets need Channels/);
    expect(recipeFor({ kind: 'realtime' }, 'django').choices.async).toBe(true);
  });

  it('gives every note a source a reader can open', () => {
    for (const rule of RECIPE_NOTES) {
      expect(isCitableRef(rule.source.ref), rule.text).toBe(true);
      expect(rule.source.label.length, rule.text).toBeGreaterThan(5);
    }
  });

  it('derives the variants it verifies from the questions: one value per meaning, and none', () => {
    // webapp and dashboard mean the same to a recipe, as do api and micro.
    expect(representativeValues('kind')).toEqual([
      'webapp',
      'api',
      'ml',
      'learn',
      'realtime',
      undefined,
    ]);
    expect(representativeValues('admin')).toEqual(['no', 'nice', 'important', undefined]);
    expect(representativeValues('team')).toEqual(['new', 'typed', 'django', undefined]);
  });

  it('asks for the oldest release that supports the starter, with its source, and shows the newest apart', () => {
    const fastapi = recipeFor({ orm: 'sqlalchemy', admin: 'must' }, 'fastapi');
    const pkg = fastapi.packages.find((candidate) => candidate.name === 'fastapi');
    expect(pkg?.floor).toBe(STACK_FLOORS.fastapi);
    expect(pkg?.newest).toBe(RELEASES.fastapi);
    expect(pkg && requirementSpec(pkg)).toBe('fastapi>=0.100.0');
    for (const [name, floor] of Object.entries(STACK_FLOORS)) {
      expect(floor.version, name).toMatch(/^\d+\.\d+(\.\d+)?$/);
      expect(floor.why.length, name).toBeGreaterThan(20);
      // A clickable source pinned to the release: a tag, a release page or versioned docs.
      expect(floor.source.ref, name).toMatch(
        /^https:\/\/(github\.com\/[\w.-]+\/[\w.-]+\/(blob\/v?[\d.]+\/|releases\/tag\/v?[\d.]+$)|docs\.djangoproject\.com\/en\/[\d.]+\/|docs\.sqlalchemy\.org\/en\/\d+\/)/,
      );
      expect(floor.source.asOf, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const stackPackage of STACK_PACKAGES) {
      expect(stackPackage.purpose.length).toBeGreaterThan(10);
      expect(STACK_FLOORS[stackPackage.name]).toBeDefined();
    }
  });

  it('never asks for a floor newer than the newest known release', () => {
    const parts = (version: string) => version.split('.').map(Number);
    const newer = (a: string, b: string) => {
      const [x, y] = [parts(a), parts(b)];
      for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
        if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
      }
      return false;
    };
    for (const stackPackage of STACK_PACKAGES) {
      if (stackPackage.latest) {
        expect(newer(STACK_FLOORS[stackPackage.name].version, stackPackage.latest.version)).toBe(
          false,
        );
      }
    }
  });

  it('uses each framework’s own server and file name', () => {
    expect(names(recipeFor({}, 'fastapi'))).toContain('uvicorn');
    expect(names(recipeFor({}, 'flask'))).toContain('gunicorn');
    expect(recipeFor({}, 'fastapi').filename).toBe('main.py');
    expect(recipeFor({}, 'django').filename).toBe('app.py');
    // Async Django develops and runs under an ASGI server, never the WSGI runserver.
    const asyncDjango = recipeFor({ async: 'must' }, 'django');
    expect(asyncDjango.commands.dev.at(-1)).toBe('uvicorn app:application --reload');
    // The starter's own check runs first, so a missing secret stops it before any worker starts.
    expect(asyncDjango.commands.production.at(-1)).toBe(
      'python app.py check --deploy --fail-level WARNING && uvicorn app:application --workers 2',
    );
    expect(recipeFor({}, 'fastapi').commands.production.at(-1)).toBe(
      'uvicorn main:app --workers 2',
    );
    expect(recipeFor({ admin: 'must' }, 'fastapi').commands.production.at(-1)).toBe(
      'python main.py check && uvicorn main:app --workers 2',
    );
    expect(recipeFor({}, 'flask').commands.production.at(-1)).toBe(
      'flask --app app check && gunicorn app:app --workers 2',
    );
  });

  it('reaches every variant of every framework’s starter app', () => {
    const count = (framework: FrameworkId) =>
      DISTINCT_APPS.filter((recipe) => recipe.framework === framework).length;
    // FastAPI: with or without a database, with or without an admin over it.
    expect(count('fastapi')).toBe(3);
    // Django: pages or not, API layer (none, DRF, ninja), sync or async.
    expect(count('django')).toBeGreaterThanOrEqual(6);
    // Flask: pages, database, admin, APIFlask and async combine.
    expect(count('flask')).toBeGreaterThanOrEqual(12);
  });
});

describe('safe and complete by default', () => {
  it.each(DISTINCT_APPS.map((recipe, index) => ({ index, recipe })))(
    'recipe $index ($recipe.framework): venv first, Python stated, admin behind a login, no known secret in production',
    ({ recipe }) => {
      expect(recipe.commands.setup).toEqual([
        'python3 -m venv .venv',
        '. .venv/bin/activate',
        recipe.pipInstall,
      ]);
      expect(recipe.python).toBe('3.10');
      expect(recipe.starterApp).toContain(`Needs Python ${recipe.python} or newer.`);
      expect(recipe.starterApp).toContain(recipe.pipInstall);
      // Debug mode is something the developer turns on, never a default.
      expect(recipe.starterApp).not.toMatch(/DEBUG", "1"\)|debug=True|DEBUG=True/);
      expect(recipe.commands.production.join('\n')).not.toMatch(
        /DEBUG=1|--debug|--reload|runserver/,
      );
      const check = recipe.secretName ? '\\S.* && ' : '';
      expect(recipe.commands.production.at(-1)).toMatch(
        new RegExp(`^${check}(gunicorn|uvicorn) \\S+ --workers 2$`),
      );
      if (recipe.choices.admin) {
        expect(recipe.firstUser).toMatch(/createsuperuser|create-admin/);
        expect(recipe.commands.dev.join('\n')).toMatch(/createsuperuser|create-admin/);
      }
      if (recipe.framework === 'flask' && recipe.choices.admin) {
        expect(recipe.starterApp).toContain('def is_accessible(self):');
        expect(recipe.starterApp).toContain('form_base_class = SecureForm');
        expect(recipe.starterApp).toContain('SignedInModelView(Item, db)');
        expect(recipe.starterApp).not.toContain('db.session)');
      }
      if (recipe.framework === 'fastapi' && recipe.choices.admin) {
        expect(recipe.starterApp).toContain('class AdminAuth(AuthenticationBackend):');
        expect(recipe.starterApp).toContain('authentication_backend=AdminAuth())');
      }
      if (recipe.framework === 'fastapi' && recipe.choices.admin) {
        // SQLAdmin's forms carry WTForms' session CSRF token; writes from other sites are refused.
        expect(recipe.starterApp).toContain('form_base_class = CSRFForm');
        expect(recipe.starterApp).toContain('csrf_class = SessionCSRF');
        expect(recipe.starterApp).toContain('https_only=not DEBUG)');
      }
      if (recipe.framework === 'django') {
        expect(recipe.starterApp).toContain('STATIC_ROOT="staticfiles"');
        expect(recipe.commands.production).toContain('python app.py collectstatic --noinput');
      }
      // No fixed key anywhere: a secret is read from the environment or made at random.
      // (`export SECRET_KEY="$(…)"` in the instructions makes a random one in the shell.)
      expect(recipe.starterApp).not.toMatch(/(?<!export )\b(SECRET_KEY|secret_key)\s*=\s*["']/);
      expect(recipe.starterApp).not.toMatch(/local-development-only|dev-only-change-me/);
      const secret = recipe.secretName;
      expect(secret === undefined).toBe(recipe.framework === 'fastapi' && !recipe.choices.admin);
      if (secret) {
        // No fallback secret outside debug mode: the app refuses and says how to set one.
        expect(recipe.starterApp).toMatch(/raise (ImproperlyConfigured|RuntimeError)\(/);
        expect(recipe.starterApp).toContain(`export ${secret}=`);
        expect(recipe.starterApp).toContain('secrets.token_urlsafe(');
        expect(recipe.commands.production.join('\n')).toContain(`export ${secret}=`);
      }
    },
  );

  it('never pairs SQLModel with SQLAlchemy 2.1, which no SQLModel release supports', () => {
    for (const recipe of DISTINCT_APPS) {
      if (/sqlmodel/i.test(recipe.pipInstall)) {
        expect(recipe.pipInstall).not.toMatch(/SQLAlchemy(\[\w+\])?>=2\.[1-9]/);
      }
    }
    expect(DISTINCT_APPS.some((recipe) => /sqlmodel/i.test(recipe.starterApp))).toBe(false);
  });

  it('leads someone learning with the smallest app that runs and its official tutorial', () => {
    for (const framework of ['django', 'flask', 'fastapi'] as const) {
      for (const answers of [{ kind: 'learn' }, { team: 'new' }] satisfies Answers[]) {
        const step = recipeFor(answers, framework).beginner;
        expect(step, `${framework} ${JSON.stringify(answers)}`).toBeDefined();
        expect(step?.commands.setup[0]).toBe('python3 -m venv .venv');
        expect(step?.tutorial.ref).toMatch(/^https:\/\//);
        expect(step?.starterApp).toContain(step?.tutorial.ref ?? '-');
        expect(step?.starterApp.split('\n').length).toBeLessThan(60);
        expect(step?.routes.length).toBeGreaterThanOrEqual(2);
      }
      expect(recipeFor({ kind: 'webapp' }, framework).beginner).toBeUndefined();
    }
  });
});

describe('starter apps', () => {
  it.each(DISTINCT_APPS.map((recipe, index) => ({ index, recipe })))(
    'app $index ($recipe.framework) imports only what its pip line installs',
    ({ recipe }) => {
      const installed = distributionsIn(recipe.pipInstall);
      for (const module of topLevelImports(recipe.starterApp)) {
        if (STDLIB.has(module)) continue;
        const distribution = DISTRIBUTION_OF_IMPORT[module];
        expect(distribution, `no distribution known for "import ${module}"`).toBeDefined();
        const candidates = [distribution ?? []].flat().map(normalise);
        expect(
          candidates.some((candidate) => installed.has(candidate)),
          `${module} comes from ${String(distribution)}`,
        ).toBe(true);
      }
      // And every package it installs says why.
      expect(recipe.packages.every((pkg) => pkg.purpose !== '')).toBe(true);
    },
  );

  it('leaves no template marker or placeholder in any app', () => {
    for (const recipe of DISTINCT_APPS) {
      for (const app of [recipe.starterApp, recipe.beginner?.starterApp ?? '']) {
        expect(app).not.toMatch(/# \[(if |else\]|end\])|\{\{\w+\}\}/);
      }
    }
  });

  it('every variant compiles with python3 -m py_compile (where python3 exists)', () => {
    const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
    if (python.error || python.status !== 0) {
      // No Python here: still check the apps are plausible source, not empty templates.
      for (const recipe of DISTINCT_APPS) {
        expect(recipe.starterApp).toMatch(/^r"""[\s\S]+"""\n/);
        expect(recipe.starterApp).not.toMatch(/\t|undefined|\[object Object\]/);
      }
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'starter-apps-'));
    try {
      const sources = [
        ...DISTINCT_APPS.map((recipe) => recipe.starterApp),
        ...new Set(DISTINCT_APPS.flatMap((recipe) => recipe.beginner?.starterApp ?? [])),
      ];
      const files = sources.map((source, index) => {
        const file = join(dir, `app_${index}.py`);
        writeFileSync(file, source);
        return file;
      });
      // Warnings as errors: an invalid escape such as `\S` in a docstring warns, then breaks.
      const compiled = spawnSync('python3', ['-W', 'error', '-m', 'py_compile', ...files], {
        encoding: 'utf8',
      });
      expect(compiled.stderr).toBe('');
      expect(compiled.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
