/**
 * The criteria of scoring model 2027-01 (docs/scoring-model-2027-01.md), derived from 2026-11's
 * objects: every criterion not named below is 2026-11's own object, so corrections to its texts
 * and sources flow in; the ones below override only the ratings and justifications that change,
 * and three criteria are new. Released data: once shipped, never edit it; ship a new model.
 */
import { SQLMODEL_SQLALCHEMY_PIN } from '../content/releases';
import type { Source } from '../content/sourced';
import type { FrameworkId } from '../frameworks';
import type { Criterion, Rating } from '../model-types';
import { CRITERIA_2026_11 } from './criteria-2026-11';

const BASE: ReadonlyMap<string, Criterion> = new Map(CRITERIA_2026_11.map((c) => [c.id, c]));

function base(id: string): Criterion {
  const criterion = BASE.get(id);
  if (!criterion) throw new Error(`Model 2026-11 has no criterion ${id}`);
  return criterion;
}

/** A rating that changes, with its new justification and any source it adds. */
interface RatingChange {
  readonly rating: Rating;
  readonly justification: string;
  readonly sources?: readonly Source[];
}

/** A 2026-11 criterion with some ratings changed, each with its new justification. */
function revised(id: string, changes: Partial<Record<FrameworkId, RatingChange>>): Criterion {
  const criterion = base(id);
  const ratings = { ...criterion.ratings };
  const justification = { ...criterion.justification };
  const sources = { ...criterion.sources };
  for (const [framework, change] of Object.entries(changes) as [FrameworkId, RatingChange][]) {
    ratings[framework] = change.rating;
    justification[framework] = change.justification;
    sources[framework] = [...sources[framework], ...(change.sources ?? [])];
  }
  return { ...criterion, ratings, justification, sources };
}

const FLASK_QUICKSTART_JSON: Source = {
  label: 'Flask docs 3.1.x: Quickstart, APIs with JSON',
  ref: 'https://flask.palletsprojects.com/en/3.1.x/quickstart/#apis-with-json',
  asOf: '2026-02-18',
};
const APIFLASK_README: Source = {
  label: 'APIFlask 3.1.1 README',
  ref: 'https://github.com/apiflask/apiflask/blob/3.1.1/README.md',
  asOf: '2026-06-19',
};
const DJANGO_MODELS: Source = {
  label: 'Django 5.2 docs: Models',
  ref: 'https://docs.djangoproject.com/en/5.2/topics/db/models/',
  asOf: '2026-10',
};
const DJANGO_ADMIN: Source = {
  label: 'Django 5.2 docs: the admin, for an organization’s internal management tool',
  ref: 'https://docs.djangoproject.com/en/5.2/ref/contrib/admin/',
  asOf: '2026-10',
};
const FASTAPI_SQL: Source = {
  label: 'FastAPI docs: SQL (Relational) Databases',
  ref: 'https://fastapi.tiangolo.com/tutorial/sql-databases/',
  asOf: '2026-10',
};
const FASTAPI_TEMPLATES: Source = {
  label: 'FastAPI docs: Templates',
  ref: 'https://fastapi.tiangolo.com/advanced/templates/',
  asOf: '2026-10',
};
const FLASK_TUTORIAL: Source = {
  label: 'Flask docs 3.1.x: Tutorial',
  ref: 'https://flask.palletsprojects.com/en/3.1.x/tutorial/',
  asOf: '2026-02-18',
};

/** New in 2027-01: the `dashboard` kind weights it. */
const SMALL_WEB_APP: Criterion = {
  id: 'small_web_app',
  kind: 'framework',
  label: 'Small web app of a few pages',
  question:
    'Is this a small app of a few pages for a known group of users (an internal tool, a dashboard, an upload page)?',
  whyItMatters:
    'A few pages need routing, templates and forms, not a project layout built for many apps and models.',
  ratings: { django: 1, fastapi: 2, flask: 3 },
  justification: {
    django:
      'Project, settings and app layout come first even for a few pages; it pays off mainly when the admin itself is the tool.',
    fastapi:
      'Jinja2 templates and file uploads work through Starlette, but form handling and CSRF protection are yours to add.',
    flask:
      'A few routes and Jinja2 templates in one module, as the tutorial builds; nothing to switch off.',
  },
  sources: { django: [DJANGO_ADMIN], fastapi: [FASTAPI_TEMPLATES], flask: [FLASK_TUTORIAL] },
};

/** New in 2027-01: `orm=django` weights it (2026-11 weighted the integrated-ORM criterion). */
const DJANGO_ORM_FIT: Criterion = {
  id: 'django_orm_fit',
  kind: 'answer',
  label: 'Uses Django’s ORM',
  question: 'Do you want Django’s ORM as your database layer?',
  whyItMatters:
    'Django’s models drive its migrations, admin, forms and auth; outside Django they lose most of that.',
  ratings: { django: 3, fastapi: 1, flask: 1 },
  justification: {
    django: 'Its own ORM: one model definition drives migrations, the admin, forms and auth.',
    fastapi:
      'Cannot use Django’s models without configuring Django alongside; its docs and add-ons assume SQLAlchemy or SQLModel.',
    flask:
      'Cannot use Django’s models without configuring Django alongside; its extensions assume SQLAlchemy.',
  },
  sources: { django: [DJANGO_MODELS], fastapi: [FASTAPI_SQL], flask: [FLASK_TUTORIAL] },
};

/** New in 2027-01: one per `codebase` answer that names a framework. */
function joinsCodebase(framework: FrameworkId, name: string): Criterion {
  const others =
    'A second framework beside it: new deployment, no reuse of its models, settings or auth.';
  return {
    id: `codebase_${framework}`,
    kind: 'team',
    label: `Joins an existing ${name} codebase`,
    question: `Does the project join an existing ${name} codebase?`,
    whyItMatters:
      'Extending the code you run keeps one stack, one deployment and the models and auth you have.',
    ratings: {
      django: framework === 'django' ? 3 : 1,
      fastapi: framework === 'fastapi' ? 3 : 1,
      flask: framework === 'flask' ? 3 : 1,
    },
    justification: {
      django:
        framework === 'django' ? 'The new part reuses the existing project directly.' : others,
      fastapi:
        framework === 'fastapi' ? 'The new part reuses the existing service directly.' : others,
      flask: framework === 'flask' ? 'The new part reuses the existing app directly.' : others,
    },
    // A fact about the user's own project, not about the frameworks: nothing to cite.
    sources: { django: [], fastapi: [], flask: [] },
  };
}

export const CRITERIA_2027_01: readonly Criterion[] = [
  ...CRITERIA_2026_11.map((criterion): Criterion => {
    switch (criterion.id) {
      case 'orm_integrated':
        return revised('orm_integrated', {
          fastapi: {
            rating: 1,
            justification:
              'No ORM or migrations integration: the SQL tutorial uses SQLModel, whose releases require SQLAlchemy below 2.1, and Alembic is set up by hand.',
            sources: SQLMODEL_SQLALCHEMY_PIN.sources,
          },
        });
      case 'auto_api_docs':
        return revised('auto_api_docs', {
          flask: {
            rating: 2,
            justification:
              'Not in core; APIFlask or flask-smorest generate OpenAPI with Swagger UI from schemas, as django-ninja does for Django.',
            sources: [APIFLASK_README],
          },
        });
      case 'small_api_service':
        return revised('small_api_service', {
          flask: {
            rating: 3,
            justification:
              'Designed for small services: a view that returns a dict is a JSON response, and a few endpoints fit in one module.',
            sources: [FLASK_QUICKSTART_JSON],
          },
        });
      case 'flask_experience':
        return revised('flask_experience', {
          fastapi: {
            rating: 1,
            justification:
              'Routing decorators look alike, but Pydantic validation, dependency injection and async are new, and Flask extensions do not carry over.',
          },
        });
      default:
        return criterion;
    }
  }),
  SMALL_WEB_APP,
  DJANGO_ORM_FIT,
  joinsCodebase('django', 'Django'),
  joinsCodebase('flask', 'Flask'),
  joinsCodebase('fastapi', 'FastAPI'),
];
