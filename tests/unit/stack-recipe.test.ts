import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STACK_PACKAGES } from '../../src/domain/content/stack-packages';
import { FRAMEWORK_IDS, type FrameworkId } from '../../src/domain/frameworks';
import type { Answers } from '../../src/domain/questions';
import { recipeFor, requirementSpec, type StackRecipe } from '../../src/domain/stack-recipe';

/**
 * Which distribution provides each top-level module a starter app may import, written out here
 * rather than read from the recipe data, so the check does not trust what it checks.
 */
const DISTRIBUTION_OF_IMPORT: Record<string, string> = {
  django: 'Django',
  ninja: 'django-ninja',
  rest_framework: 'djangorestframework',
  flask: 'Flask',
  apiflask: 'APIFlask',
  flask_sqlalchemy: 'Flask-SQLAlchemy',
  flask_migrate: 'Flask-Migrate',
  flask_admin: 'Flask-Admin',
  fastapi: 'fastapi',
  pydantic: 'pydantic',
  sqlalchemy: 'SQLAlchemy',
  sqladmin: 'sqladmin',
  alembic: 'alembic',
  uvicorn: 'uvicorn',
  gunicorn: 'gunicorn',
};

/** Standard-library modules the starter apps use. */
const STDLIB = new Set(['os', 'sys', 'collections', 'contextlib', 'typing']);

/** PEP 503 normalised project name: case and runs of `-_.` do not matter to pip. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The distributions a `pip install "A[x]>=1" "B"` line asks for, normalised. */
function distributionsIn(pipInstall: string): Set<string> {
  expect(pipInstall).toMatch(/^pip install( "[A-Za-z0-9._-]+(\[[a-z,]+\])?(>=[0-9.]+)?")+$/);
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

/** Answer sets that between them reach every branch of the recipe for every framework. */
function answerVariants(): Answers[] {
  const variants: Answers[] = [];
  const values = <T extends string>(list: readonly T[]) => [...list, undefined];
  for (const kind of values(['webapp', 'api', 'micro', 'ml', 'learn'] as const))
    for (const orm of values(['django', 'sqlalchemy', 'none', 'any'] as const))
      for (const admin of values(['no', 'nice', 'must'] as const))
        for (const docs of values(['no', 'nice', 'must'] as const))
          for (const async of values(['nice', 'important'] as const))
            for (const team of values(['typed'] as const)) {
              variants.push(
                Object.fromEntries(
                  Object.entries({ kind, async, admin, orm, docs, team }).filter(
                    ([, value]) => value !== undefined,
                  ),
                ) as Answers,
              );
            }
  return variants;
}

const ALL_RECIPES: StackRecipe[] = FRAMEWORK_IDS.flatMap((framework) =>
  answerVariants().map((answers) => recipeFor(answers, framework)),
);

/** One recipe per distinct starter app. */
const DISTINCT_APPS = [...new Map(ALL_RECIPES.map((r) => [r.starterApp, r])).values()];

function names(recipe: StackRecipe): string[] {
  return recipe.packages.map((pkg) => pkg.name);
}

describe('stack recipe: packages for each framework and database choice', () => {
  it.each([
    {
      framework: 'fastapi',
      answers: { kind: 'api', orm: 'sqlalchemy', admin: 'important' },
      pip: 'pip install "fastapi>=0.142.2" "pydantic>=2.13.5" "SQLAlchemy[asyncio]>=2.1.3" "aiosqlite" "alembic>=1.20.0" "sqladmin>=0.31.0" "uvicorn>=0.54.0"',
    },
    {
      framework: 'fastapi',
      answers: { kind: 'ml', orm: 'none', admin: 'must' },
      pip: 'pip install "fastapi>=0.142.2" "pydantic>=2.13.5" "uvicorn>=0.54.0"',
    },
    {
      // FastAPI by default: no database answer still gets SQLAlchemy, but no admin unless asked.
      framework: 'fastapi',
      answers: {},
      pip: 'pip install "fastapi>=0.142.2" "pydantic>=2.13.5" "SQLAlchemy[asyncio]>=2.1.3" "aiosqlite" "alembic>=1.20.0" "uvicorn>=0.54.0"',
    },
    {
      framework: 'fastapi',
      answers: { kind: 'micro', orm: 'any', docs: 'must' },
      pip: 'pip install "fastapi>=0.142.2" "pydantic>=2.13.5" "SQLAlchemy[asyncio]>=2.1.3" "aiosqlite" "alembic>=1.20.0" "uvicorn>=0.54.0"',
    },
    {
      // Django keeps its ORM whatever the database answer; its own tables need one.
      framework: 'django',
      answers: { kind: 'learn', orm: 'none' },
      pip: 'pip install "Django>=6.1.2" "gunicorn>=26.2.0"',
    },
    {
      framework: 'django',
      answers: { kind: 'webapp', orm: 'django', admin: 'must' },
      pip: 'pip install "Django>=6.1.2" "gunicorn>=26.2.0"',
    },
    {
      framework: 'django',
      answers: { kind: 'api', orm: 'django' },
      pip: 'pip install "Django>=6.1.2" "djangorestframework>=3.18.0" "gunicorn>=26.2.0"',
    },
    {
      framework: 'django',
      answers: { kind: 'api', docs: 'important', orm: 'sqlalchemy' },
      pip: 'pip install "Django>=6.1.2" "django-ninja>=1.6.3" "gunicorn>=26.2.0"',
    },
    {
      framework: 'flask',
      answers: { kind: 'learn', orm: 'sqlalchemy', admin: 'nice' },
      pip: 'pip install "Flask>=3.1.3" "Flask-SQLAlchemy" "Flask-Migrate>=4.1.0" "Flask-Admin>=2.2.0" "gunicorn>=26.2.0"',
    },
    {
      framework: 'flask',
      answers: { kind: 'api', orm: 'none', docs: 'must', async: 'must' },
      pip: 'pip install "Flask[async]>=3.1.3" "APIFlask>=3.1.1" "gunicorn>=26.2.0"',
    },
    {
      framework: 'flask',
      answers: { kind: 'webapp', orm: 'any', admin: 'important', async: 'important' },
      pip: 'pip install "Flask[async]>=3.1.3" "Flask-SQLAlchemy" "Flask-Migrate>=4.1.0" "Flask-Admin>=2.2.0" "gunicorn>=26.2.0"',
    },
    {
      framework: 'flask',
      answers: { orm: 'django', admin: 'no' },
      pip: 'pip install "Flask>=3.1.3" "Flask-SQLAlchemy" "Flask-Migrate>=4.1.0" "gunicorn>=26.2.0"',
    },
  ] satisfies { framework: FrameworkId; answers: Answers; pip: string }[])(
    '$framework with $answers',
    ({ framework, answers, pip }) => {
      expect(recipeFor(answers, framework).pipInstall).toBe(pip);
    },
  );

  it('explains where the recipe departs from the database answer', () => {
    expect(recipeFor({ orm: 'sqlalchemy' }, 'django').notes.join(' ')).toMatch(/keeps it/);
    expect(recipeFor({ orm: 'django' }, 'fastapi').notes.join(' ')).toMatch(
      /only runs inside Django/,
    );
    expect(recipeFor({ orm: 'none', admin: 'must' }, 'flask').notes.join(' ')).toMatch(
      /admin panel needs a database/,
    );
    expect(recipeFor({ orm: 'sqlalchemy' }, 'flask').notes).toEqual([]);
  });

  it('asks for at least the confirmed release, with its date, and names unversioned packages bare', () => {
    const fastapi = recipeFor({ orm: 'sqlalchemy', admin: 'must' }, 'fastapi');
    expect(fastapi.packages.find((pkg) => pkg.name === 'sqladmin')).toMatchObject({
      minVersion: '0.31.0',
      asOf: '2026-08-06',
    });
    const aiosqlite = fastapi.packages.find((pkg) => pkg.name === 'aiosqlite');
    expect(aiosqlite?.minVersion).toBeUndefined();
    expect(aiosqlite && requirementSpec(aiosqlite)).toBe('aiosqlite');
    for (const pkg of STACK_PACKAGES) {
      expect(pkg.purpose.length).toBeGreaterThan(10);
      expect(pkg.source.ref.length).toBeGreaterThan(0);
      if (pkg.latest) {
        expect(pkg.latest.version).toMatch(/^\d+\.\d+\.\d+$/);
        if (pkg.latest.date !== undefined) expect(pkg.latest.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('uses each framework’s own server and file name', () => {
    expect(names(recipeFor({}, 'fastapi'))).toContain('uvicorn');
    expect(names(recipeFor({}, 'flask'))).toContain('gunicorn');
    expect(recipeFor({}, 'fastapi').filename).toBe('main.py');
    expect(recipeFor({}, 'django').filename).toBe('app.py');
    expect(recipeFor({ async: 'must' }, 'django').starterApp).toContain('--worker-class asgi');
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

describe('starter apps', () => {
  it.each(DISTINCT_APPS.map((recipe, index) => ({ index, recipe })))(
    'app $index ($recipe.framework) imports only what its pip line installs',
    ({ recipe }) => {
      const installed = distributionsIn(recipe.pipInstall);
      for (const module of topLevelImports(recipe.starterApp)) {
        if (STDLIB.has(module)) continue;
        const distribution = DISTRIBUTION_OF_IMPORT[module];
        expect(distribution, `no distribution known for "import ${module}"`).toBeDefined();
        expect(installed, `${module} comes from ${distribution}`).toContain(
          normalise(distribution ?? ''),
        );
      }
      // And every package it installs says why.
      expect(recipe.packages.every((pkg) => pkg.purpose !== '')).toBe(true);
    },
  );

  it('every variant compiles with python3 -m py_compile (where python3 exists)', () => {
    const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
    if (python.error || python.status !== 0) {
      // No Python here: still check the apps are plausible source, not empty templates.
      for (const recipe of DISTINCT_APPS) {
        expect(recipe.starterApp).toMatch(/^"""[\s\S]+"""\n/);
        expect(recipe.starterApp).not.toMatch(/\t|undefined|\[object Object\]/);
      }
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'starter-apps-'));
    try {
      const files = DISTINCT_APPS.map((recipe, index) => {
        const file = join(dir, `app_${index}_${recipe.filename}`);
        writeFileSync(file, recipe.starterApp);
        return file;
      });
      const compiled = spawnSync('python3', ['-m', 'py_compile', ...files], { encoding: 'utf8' });
      expect(compiled.stderr).toBe('');
      expect(compiled.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
