import { DATA_DATE_LABEL } from '../../src/domain/content/data-date';
import { adrFilename, adrMarkdown } from '../../src/domain/adr';
import { reportOf } from '../support/results';

const QUERY = 'v=1&data=2026-11&kind=webapp&admin=must&orm=django&style=conventions';
const URL = `https://picker.example.com/result?${QUERY}`;

function record(query = QUERY, url = URL) {
  return adrMarkdown({
    report: reportOf(`v=1&data=2026-11&${query}`, '2026-11-20'),
    resultUrl: url,
    pipInstall: 'pip install "Django>=5.2"',
  });
}

/** The headings of a Markdown document, outside code, as `## Title`. */
function headings(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^#{1,6} /.test(line));
}

describe('decision record (MADR)', () => {
  it('is the same record for the same answers and date', () => {
    expect(record()).toBe(record());
    // The data date moves with every refresh of the release table (data:versions --write).
    expect(record().replaceAll(DATA_DATE_LABEL, '<data date>')).toMatchInlineSnapshot(`
      "---
      status: proposed
      date: 2026-11-20
      ---

      # Use Django as our Python web framework

      ## Context and Problem Statement

      We are building a full web app with pages and user accounts and need to choose a Python web framework: Django, Flask or FastAPI. Which one fits what we said matters to us?

      We answered 4 of the 8 questions of the Python Framework Picker, scoring model 2026-11, released 28 November 2026. It rates each framework from 0 to 3 on each of its 27 criteria, with sources (data as of <data date>), and weighs the ratings by our answers into a score from 0 to 100. A framework rated below 2 on a must-have fails it and ranks below every framework that meets them all.

      ## Decision Drivers

      * Admin panel: Must have (a must-have); weights: Admin panel 3
      * What you are building: A full web app with pages and user accounts (the project type); weights: Full web application 2, Server-rendered HTML 2, Built-in accounts and login 2, Large modular monolith 1
      * Database layer: Django's built-in ORM; weights: Integrated ORM and migrations 2
      * Conventions or freedom: The framework decides (batteries included); weights: Conventions over configuration 2

      Together they weigh 7 criteria; a framework rated 3 on every one of them would get 42 points, and its score is its points as a share of that.

      ## Considered Options

      * Django
      * Flask
      * FastAPI

      ## Decision Outcome

      Chosen option: "Django", because it wins on the total, scoring 100 of 100 on our weighted criteria.

      | Option | Score (0-100) | Points (of 42) | Must-haves |
      | --- | --- | --- | --- |
      | Django | 100 | 42 | Meets every must-have |
      | Flask | 62 | 26 | Meets every must-have |
      | FastAPI | 40 | 17 | Fails a must-have: Admin panel |

      Django leads; it takes a change of at least 3 steps in one answer to put another framework first.

      What would change it:

      * If raw throughput were a must-have, Flask would come first: it is the only one that meets all your must-haves. (3 steps away)

      ### Consequences

      * Good, because of Built-in accounts and login (Django 3/3, Flask 1/3, counted because you are building a full web app with pages and user accounts): django.contrib.auth: users, groups, permissions, sessions, password hashing. (our assessment; sources: [Django 6.1 docs: user authentication](https://docs.djangoproject.com/en/6.1/topics/auth/))
      * Good, because of Conventions over configuration (Django 3/3, Flask 1/3): Opinionated project layout, ORM, admin, forms, settings. (our assessment; sources: [Django 6.1 FAQ: general](https://docs.djangoproject.com/en/6.1/faq/general/), [Django 6.1 docs: Django at a glance](https://docs.djangoproject.com/en/6.1/intro/overview/))
      * Good, because of Admin panel (Django 3/3, Flask 2/3): django.contrib.admin is built in and generated from models. (our assessment; sources: [Django 6.1 docs: the admin site](https://docs.djangoproject.com/en/6.1/ref/contrib/admin/))
      * Good, because Flask is not rated above Django on anything the answers weighted.

      To watch: Where Django is rated below 2 of 3 on something the answers did not weigh: worth knowing before you commit. Risks whatever you build come first.

      * Raw throughput (Django 1/3): Heaviest request stack of the three; TechEmpower entries exist but run Django 3.2 + Meinheld + MySQL, so numbers are dated (exact R23 figures not available here). (our assessment; sources: [TechEmpower benchmarks Round 23: Python framework configs](https://github.com/TechEmpower/FrameworkBenchmarks/tree/R23/frameworks/Python), [TechEmpower: benchmarks sunset announcement](https://github.com/TechEmpower/FrameworkBenchmarks/issues/10932))

      ## Pros and Cons of the Options

      ### Django

      Batteries included: ORM, migrations, admin, auth, forms and templates in one framework.

      Score 100 of 100 (42 of 42 points); must-haves: Meets every must-have.

      * Good, because of Admin panel (rated 3 of 3, weight 3): django.contrib.admin is built in and generated from models. (our assessment; sources: [Django 6.1 docs: the admin site](https://docs.djangoproject.com/en/6.1/ref/contrib/admin/))
      * Good, because of Integrated ORM and migrations (rated 3 of 3, weight 2): Built-in ORM plus makemigrations/migrate; admin, forms and DRF reuse the models. (our assessment; sources: [Django 6.1 docs: Django at a glance](https://docs.djangoproject.com/en/6.1/intro/overview/), [Django 6.1 docs: migrations](https://docs.djangoproject.com/en/6.1/topics/migrations/))
      * Good, because of Server-rendered HTML (rated 3 of 3, weight 2): Django template language (plus Jinja2 backend), forms, CSRF; template partials added in 6.0 help HTMX-style fragments. (our assessment; sources: [Django 6.1 docs: templates](https://docs.djangoproject.com/en/6.1/topics/templates/), [Django 6.0 release notes](https://docs.djangoproject.com/en/6.0/releases/6.0/))
      * Good, because of Built-in accounts and login (rated 3 of 3, weight 2): django.contrib.auth: users, groups, permissions, sessions, password hashing. (our assessment; sources: [Django 6.1 docs: user authentication](https://docs.djangoproject.com/en/6.1/topics/auth/))
      * Good, because of Full web application (rated 3 of 3, weight 2): Batteries included: ORM, admin, auth, forms, templates, migrations, tasks API. (our assessment; sources: [Django 6.1 docs: Django at a glance](https://docs.djangoproject.com/en/6.1/intro/overview/), [Django 6.1 docs: tasks framework](https://docs.djangoproject.com/en/6.1/topics/tasks/))
      * Good, because of Conventions over configuration (rated 3 of 3, weight 2): Opinionated project layout, ORM, admin, forms, settings. (our assessment; sources: [Django 6.1 FAQ: general](https://docs.djangoproject.com/en/6.1/faq/general/), [Django 6.1 docs: Django at a glance](https://docs.djangoproject.com/en/6.1/intro/overview/))
      * Good, because of Large modular monolith (rated 3 of 3, weight 1): Apps/settings conventions, migrations and admin scale to large monoliths (heuristic; no survey data). (our assessment; sources: [Django 6.1 docs: Django at a glance](https://docs.djangoproject.com/en/6.1/intro/overview/))

      ### Flask

      A small core on Werkzeug, Jinja2 and Click; you choose the database, forms and auth.

      Score 62 of 100 (26 of 42 points); must-haves: Meets every must-have.

      * Neutral, because of Admin panel (rated 2 of 3, weight 3): Flask-Admin (2.2.0, Pallets-Eco) is a mature extension modelled on Django's admin. (our assessment; sources: [Flask-Admin v2.2.0 README](https://github.com/pallets-eco/flask-admin/blob/v2.2.0/README.md), [Flask-Admin release v2.2.0](https://github.com/pallets-eco/flask-admin/releases/tag/v2.2.0))
      * Neutral, because of Integrated ORM and migrations (rated 2 of 3, weight 2): No DB layer by design; Flask-SQLAlchemy + Flask-Migrate (Alembic) is the standard, well-trodden pairing. (our assessment; sources: [Flask 3.1.3 docs: design decisions](https://github.com/pallets/flask/blob/3.1.3/docs/design.rst), [Flask-SQLAlchemy 3.1.1 README](https://github.com/pallets-eco/flask-sqlalchemy/blob/3.1.1/README.rst), [Flask-Migrate release v4.1.0](https://github.com/miguelgrinberg/Flask-Migrate/releases/tag/v4.1.0))
      * Good, because of Server-rendered HTML (rated 3 of 3, weight 2): Jinja2 is a core dependency; templating and blueprints are first-class. (our assessment; sources: [Flask 3.1.3 pyproject.toml (dependencies)](https://github.com/pallets/flask/blob/3.1.3/pyproject.toml), [Flask 3.1.3 docs: design decisions](https://github.com/pallets/flask/blob/3.1.3/docs/design.rst))
      * Bad, because of Built-in accounts and login (rated 1 of 3, weight 2): Core only has signed-cookie sessions; Flask-Login (last release 2023) or Flask-Security (5.8.1, active). (our assessment; sources: [Flask-Login release 0.6.3](https://github.com/maxcountryman/flask-login/releases/tag/0.6.3), [Flask-Security release 5.8.1](https://github.com/pallets-eco/flask-security/releases/tag/5.8.1))
      * Neutral, because of Full web application (rated 2 of 3, weight 2): Workable with a curated set of extensions; more assembly and decisions. (our assessment; sources: [Flask 3.1.3 docs: design decisions](https://github.com/pallets/flask/blob/3.1.3/docs/design.rst))
      * Bad, because of Conventions over configuration (rated 1 of 3, weight 2): Explicitly leaves database, forms and most choices to you. (our assessment; sources: [Flask 3.1.3 docs: design decisions](https://github.com/pallets/flask/blob/3.1.3/docs/design.rst))
      * Neutral, because of Large modular monolith (rated 2 of 3, weight 1): Blueprints help, but structure is team-defined. (our assessment; sources: [Flask 3.1.3 docs: design decisions](https://github.com/pallets/flask/blob/3.1.3/docs/design.rst))

      ### FastAPI

      An async API framework on Starlette and Pydantic: validation and OpenAPI docs from type hints.

      Score 40 of 100 (17 of 42 points); must-haves: Fails a must-have: Admin panel.

      * Bad, because of Admin panel (rated 1 of 3, weight 3): No admin; third-party SQLAdmin (0.31.0, now at smithyhq/sqladmin) or starlette-admin (1.0.0) over SQLAlchemy/SQLModel. (our assessment; sources: [SQLAdmin release 0.31.0 (smithyhq/sqladmin)](https://github.com/smithyhq/sqladmin/releases/tag/0.31.0), [SQLAdmin 0.31.0 pyproject.toml (now at smithyhq/sqladmin)](https://github.com/smithyhq/sqladmin/blob/0.31.0/pyproject.toml), [starlette-admin release 1.0.0](https://github.com/jowilf/starlette-admin/releases/tag/1.0.0)) Correction of 7 December 2026: Both numbers were last confirmed in August 2026 from the projects' own tags. Other projects now pin newer releases of both, which we could not confirm from the projects' release notes; the comparison's Admin row shows each number with its check date. ([SQLAdmin 0.31.0 pyproject.toml (now at smithyhq/sqladmin)](https://github.com/smithyhq/sqladmin/blob/0.31.0/pyproject.toml)).
      * Neutral, because of Integrated ORM and migrations (rated 2 of 3, weight 2): No ORM; docs use SQLModel (SQLAlchemy + Pydantic) and Alembic for migrations; async SQLAlchemy works well. (our assessment; sources: [FastAPI 0.141.1 docs: SQL (relational) databases](https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/sql-databases.md), [Alembic 1.19.1 docs: tutorial](https://github.com/sqlalchemy/alembic/blob/rel_1_19_1/docs/build/tutorial.rst), [SQLAlchemy 2.1 docs: asyncio extension](https://docs.sqlalchemy.org/en/21/orm/extensions/asyncio.html))
      * Bad, because of Server-rendered HTML (rated 1 of 3, weight 2): Possible via Starlette's Jinja2Templates, but the framework is API-first; forms/CSRF are on you. (our assessment; sources: [FastAPI 0.141.1 docs: templates](https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/advanced/templates.md))
      * Bad, because of Built-in accounts and login (rated 1 of 3, weight 2): Security primitives (OAuth2/JWT, API keys) integrated with OpenAPI, but no user model; fastapi-users is now in maintenance mode. (our assessment; sources: [FastAPI 0.141.1 docs: features](https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md), [fastapi-users v15.0.5 README (maintenance mode)](https://github.com/fastapi-users/fastapi-users/blob/v15.0.5/README.md))
      * Bad, because of Full web application (rated 1 of 3, weight 2): Possible but you assemble ORM, admin, auth, templates yourself. (our assessment; sources: [FastAPI 0.141.1 docs: SQL (relational) databases](https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/sql-databases.md), [FastAPI 0.141.1 docs: features](https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md))
      * Bad, because of Conventions over configuration (rated 1 of 3, weight 2): Opinionated about typing/DI/validation, but not about ORM, layout or auth. (our assessment; sources: [FastAPI 0.141.1 docs: features](https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md), [FastAPI 0.141.1 docs: SQL (relational) databases](https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/sql-databases.md))
      * Neutral, because of Large modular monolith (rated 2 of 3, weight 1): APIRouter + DI help, but project layout is team-defined. (our assessment; sources: [FastAPI 0.141.1 docs: features](https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/features.md))

      ## More Information

      * The full result, with the sources of every rating: [Django in the Python Framework Picker](https://picker.example.com/result?v=1&data=2026-11&kind=webapp&admin=must&orm=django&style=conventions)
      * Computed with scoring model 2026-11, released 28 November 2026; the link reproduces this result.
      * Facts, versions and sources as of <data date>; the ratings' justifications are the picker's assessment.
      * A stack to start from: \`pip install "Django>=5.2"\`
      "
    `);
  });

  it('has MADR’s sections in MADR’s order, with status and date up front', () => {
    const markdown = record();
    expect(markdown.startsWith('---\nstatus: proposed\ndate: 2026-11-20\n---\n')).toBe(true);
    const order = headings(markdown).filter(
      (line) => !line.startsWith('### ') || line === '### Consequences',
    );
    expect(order).toEqual([
      '# Use Django as our Python web framework',
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '### Consequences',
      '## Pros and Cons of the Options',
      '## More Information',
    ]);
    // One option heading per framework, under Pros and Cons, best first.
    const options = headings(markdown.slice(markdown.indexOf('## Pros and Cons')));
    expect(options.filter((line) => line.startsWith('### '))).toEqual([
      '### Django',
      '### Flask',
      '### FastAPI',
    ]);
  });

  it('marks every reason as the picker’s assessment and links its sources', () => {
    const reasons = record()
      .split('\n')
      .filter((line) => /^\* (Good|Bad|Neutral), because of /.test(line));
    expect(reasons.length).toBeGreaterThan(10);
    for (const line of reasons) {
      expect(line, line).toMatch(/\(our assessment; sources: \[[^\]]+\]\(https:\/\/[^)\s]+\)/);
    }
    expect(record()).toContain(
      '[Django 6.1 docs: the admin site](https://docs.djangoproject.com/en/6.1/ref/contrib/admin/)',
    );
  });

  it('states the data date once for the whole record', () => {
    expect(record()).toContain(`data as of ${DATA_DATE_LABEL}`);
    expect(record()).toContain(`* Facts, versions and sources as of ${DATA_DATE_LABEL}`);
    expect(record()).not.toMatch(/October 2026/);
  });

  it('links to the result', () => {
    expect(record()).toContain(`](${URL})`);
  });

  it('lists the decision drivers in order of weight, must-haves first', () => {
    const { drivers } = reportOf(
      'v=1&data=2026-11&kind=api&async=nice&docs=must&perf=important&team=any',
    );
    expect(drivers.map((d) => [d.questionId, d.criteria[0]?.weight, d.mustHave])).toEqual([
      ['docs', 3, true],
      ['kind', 2, false],
      ['perf', 2, false],
      ['async', 1, false],
    ]);
  });

  it('says when no framework meets every must-have, and when no priority was stated', () => {
    expect(record('admin=must&perf=must&async=must')).toMatch(
      /Chosen option: "\w+", because no option meets all our must-haves and it fails the fewest/,
    );
    const general = record('', 'https://picker.example.com/result?v=1&data=2026-11');
    expect(general).toContain('* No priorities stated yet');
    expect(general).toContain('in a general view');
  });

  it('names its file after the decision and the date', () => {
    expect(adrFilename('fastapi', '2026-11-20')).toBe('2026-11-20-use-fastapi.md');
  });
});
