/**
 * Realistic projects and the framework public guidance picks for each: the yardstick for scoring
 * model 2027-01. Written before the model was tuned and kept independent of it: a scenario states
 * what such a user would answer and what the frameworks' own docs, the seed comparison's "When to
 * choose" and well-known guides recommend, never what the model happens to say.
 * `expected` is one framework, or a pair when the guidance accepts either.
 */
import type { FrameworkId } from '../../src/domain/frameworks';

export interface Guidance {
  readonly label: string;
  readonly url: string;
}

export interface Scenario {
  readonly id: string;
  /** The project in one sentence. */
  readonly project: string;
  /** What such a user answers, as a share-link query (scheme v1). */
  readonly answers: string;
  readonly expected: FrameworkId | readonly [FrameworkId, FrameworkId];
  readonly guidance: readonly Guidance[];
}

/** Sources shared by the scenario suites (2027-02 reuses them). */
export const G = {
  djangoOverview: {
    label: 'Django at a glance: models, admin, URLs, templates in one framework',
    url: 'https://docs.djangoproject.com/en/5.2/intro/overview/',
  },
  djangoAdmin: {
    label:
      'Django admin: "recommended use is limited to an organization’s internal management tool"',
    url: 'https://docs.djangoproject.com/en/5.2/ref/contrib/admin/',
  },
  djangoAuth: {
    label: 'Django authentication system: users, permissions, groups, sessions built in',
    url: 'https://docs.djangoproject.com/en/5.2/topics/auth/',
  },
  djangoAsync: {
    label: 'Django asynchronous support: async views, ORM runs in threads',
    url: 'https://docs.djangoproject.com/en/5.2/topics/async/',
  },
  channels: {
    label: 'Django Channels: WebSockets and long-lived connections for Django projects',
    url: 'https://channels.readthedocs.io/en/latest/',
  },
  ninja: {
    label: 'Django Ninja: typed APIs with OpenAPI docs on top of an existing Django project',
    url: 'https://django-ninja.dev/',
  },
  drf: {
    label: 'Django REST framework: Web APIs reusing Django models, auth and permissions',
    url: 'https://www.django-rest-framework.org/',
  },
  flaskDesign: {
    label: 'Design Decisions in Flask: a small core, no database layer or form library',
    url: 'https://flask.palletsprojects.com/en/stable/design/',
  },
  flaskTutorial: {
    label: 'Flask tutorial: a small app with templates, a database and auth built step by step',
    url: 'https://flask.palletsprojects.com/en/stable/tutorial/',
  },
  flaskQuickstart: {
    label: 'Flask quickstart: routing, templates and JSON APIs (return a dict)',
    url: 'https://flask.palletsprojects.com/en/stable/quickstart/',
  },
  flaskAsync: {
    label:
      'Flask async/await: works, but each request still holds a worker; Quart for async-heavy apps',
    url: 'https://flask.palletsprojects.com/en/stable/async-await/',
  },
  flaskAdmin: {
    label: 'Flask-Admin: admin interfaces over SQLAlchemy models and other back ends',
    url: 'https://flask-admin.readthedocs.io/en/latest/',
  },
  apiflask: {
    label: 'APIFlask: OpenAPI docs and validation for Flask apps',
    url: 'https://apiflask.com/',
  },
  dash: {
    label: 'Plotly Dash: data dashboards in Python, served by Flask',
    url: 'https://dash.plotly.com/',
  },
  fastapiFeatures: {
    label: 'FastAPI features: OpenAPI docs, Pydantic validation from type hints, async',
    url: 'https://fastapi.tiangolo.com/features/',
  },
  fastapiAlternatives: {
    label:
      'FastAPI alternatives: Django for backend HTML, Flask for simple apps, FastAPI for typed APIs',
    url: 'https://fastapi.tiangolo.com/alternatives/',
  },
  fastapiAsync: {
    label: 'FastAPI concurrency and async/await: many waiting requests per process',
    url: 'https://fastapi.tiangolo.com/async/',
  },
  fastapiWebsockets: {
    label: 'FastAPI WebSockets: built-in WebSocket routes',
    url: 'https://fastapi.tiangolo.com/advanced/websockets/',
  },
  fastapiSql: {
    label: 'FastAPI SQL databases: bring your own ORM (SQLModel / SQLAlchemy)',
    url: 'https://fastapi.tiangolo.com/tutorial/sql-databases/',
  },
  fastapiDocker: {
    label: 'FastAPI in containers: one process per container, scaled by the orchestrator',
    url: 'https://fastapi.tiangolo.com/deployment/docker/',
  },
  fastapiBigger: {
    label: 'FastAPI bigger applications: APIRouter to add endpoints to an existing service',
    url: 'https://fastapi.tiangolo.com/tutorial/bigger-applications/',
  },
} as const satisfies Record<string, Guidance>;

/** Seed comparison, "When to choose" (the project's reference data), quoted as guidance. */
const SEED = {
  django:
    'Seed “When to choose” Django: full-featured web apps with admin; convention over configuration',
  flask:
    'Seed “When to choose” Flask: small to medium APIs; full control; learning; lightweight services',
  fastapi:
    'Seed “When to choose” FastAPI: REST APIs and microservices; async backends; type hints and Pydantic',
} as const;

/** A guide cited together with the seed's "When to choose" list for that framework. */
export function seed(framework: FrameworkId, guide: Guidance): Guidance {
  return { label: `${SEED[framework]} (with ${guide.label})`, url: guide.url };
}

export const SCENARIOS: readonly Scenario[] = [
  // --- Django -------------------------------------------------------------------------------
  {
    id: 'django-team-api-on-django-project',
    project:
      'A Django team adds a REST API for its new mobile app to its existing Django project and models.',
    answers: 'kind=api&codebase=django&docs=important&orm=django&team=django',
    expected: 'django',
    guidance: [G.drf, G.ninja],
  },
  {
    id: 'online-store-with-back-office',
    project:
      'An online shop with customer accounts, orders and a back office where staff edit products.',
    answers: 'kind=webapp&codebase=none&admin=important&orm=django&style=conventions',
    expected: 'django',
    guidance: [seed('django', G.djangoOverview), G.djangoAdmin, G.djangoAuth],
  },
  {
    id: 'newsroom-cms',
    project: 'A newsroom publishing site where editors write and schedule articles in an admin.',
    answers: 'kind=webapp&admin=must&orm=django&style=conventions&perf=nice',
    expected: 'django',
    guidance: [G.djangoOverview, G.djangoAdmin],
  },
  {
    id: 'sales-crm-with-permissions',
    project:
      'An internal CRM for forty sales people with roles, permissions and many related models.',
    answers: 'kind=webapp&admin=important&orm=any&team=django&codebase=none',
    expected: 'django',
    guidance: [G.djangoAuth, G.djangoAdmin],
  },
  {
    id: 'saas-mvp-batteries',
    project:
      'A two-person startup building a subscription SaaS MVP with sign-up, billing pages and staff tools.',
    answers: 'kind=webapp&codebase=none&admin=nice&perf=no&style=conventions&team=new',
    expected: 'django',
    guidance: [seed('django', G.djangoOverview), G.djangoAuth],
  },
  {
    id: 'django-app-adds-live-notifications',
    project: 'An existing Django app adds live notifications pushed to browsers over WebSockets.',
    answers: 'kind=realtime&codebase=django&async=important&team=django',
    expected: 'django',
    guidance: [G.channels, G.djangoAsync],
  },
  {
    id: 'course-registration-portal',
    project:
      'A university course-registration portal with student and staff logins and an admin for registrars.',
    answers: 'kind=webapp&admin=important&orm=django&style=conventions&perf=no',
    expected: 'django',
    guidance: [G.djangoAuth, G.djangoAdmin],
  },
  {
    id: 'clinic-booking',
    project:
      'A clinic’s appointment booking site with patient accounts and a reception back office.',
    answers: 'kind=webapp&admin=important&async=no&docs=no&style=conventions',
    expected: 'django',
    guidance: [seed('django', G.djangoAuth), G.djangoAdmin],
  },
  {
    id: 'django-team-inventory-admin',
    project:
      'A Django team needs an internal inventory tool that is mostly data entry by warehouse staff.',
    answers: 'kind=dashboard&admin=must&orm=django&team=django',
    expected: 'django',
    guidance: [G.djangoAdmin],
  },
  {
    id: 'b2b-platform-for-years',
    project:
      'A B2B platform with many business domains, expected to grow for years with a changing team.',
    answers: 'kind=webapp&style=conventions&orm=django&admin=nice&team=any',
    expected: 'django',
    guidance: [seed('django', G.djangoOverview)],
  },
  {
    id: 'magazine-django-team',
    project:
      'A Django team starts a new magazine site with an editorial admin and member accounts.',
    answers: 'kind=webapp&admin=important&team=django&codebase=none',
    expected: 'django',
    guidance: [G.djangoAdmin, G.djangoAuth],
  },
  {
    id: 'partner-api-in-django-project',
    project: 'A partner API with OpenAPI docs, added to the company’s existing Django project.',
    answers: 'kind=api&codebase=django&docs=must&team=django&orm=django',
    expected: 'django',
    guidance: [G.ninja, G.drf],
  },
  // --- FastAPI ------------------------------------------------------------------------------
  {
    id: 'ml-inference-typed-team',
    project:
      'A data-science team serves a trained model as an inference API, with Pydantic schemas for inputs.',
    answers: 'kind=ml&team=typed&docs=important&async=nice&orm=none&codebase=none',
    expected: 'fastapi',
    guidance: [seed('fastapi', G.fastapiFeatures)],
  },
  {
    id: 'llm-gateway-streaming',
    project:
      'An LLM gateway that streams completions and waits on external model APIs for many users at once.',
    answers: 'kind=ml&async=must&docs=nice&orm=none',
    expected: 'fastapi',
    guidance: [G.fastapiAsync, G.flaskAsync],
  },
  {
    id: 'public-partner-api',
    project: 'A new public REST API for partners who generate clients from its OpenAPI contract.',
    answers: 'kind=api&docs=must&team=typed&orm=sqlalchemy&codebase=none',
    expected: 'fastapi',
    guidance: [seed('fastapi', G.fastapiFeatures)],
  },
  {
    id: 'k8s-microservice-throughput',
    project:
      'One of many Kubernetes microservices, with tight latency targets and calls to other services.',
    answers: 'kind=micro&perf=important&async=important&docs=important&orm=none&codebase=other',
    expected: 'fastapi',
    guidance: [seed('fastapi', G.fastapiDocker), G.fastapiAsync],
  },
  {
    id: 'spa-backend-typed-team',
    project:
      'The backend of a React single-page app, built by a team that types everything, on SQLAlchemy.',
    answers: 'kind=api&team=typed&orm=sqlalchemy&docs=important&style=freedom',
    expected: 'fastapi',
    guidance: [G.fastapiAlternatives, G.fastapiSql],
  },
  {
    id: 'chat-service-websockets',
    project: 'A new chat service with WebSocket connections and no relational database.',
    answers: 'kind=realtime&async=must&orm=none&team=typed&codebase=none',
    expected: 'fastapi',
    guidance: [G.fastapiWebsockets, G.fastapiAsync],
  },
  {
    id: 'fastapi-service-new-endpoints',
    project: 'An existing FastAPI service gets a set of billing endpoints.',
    answers: 'kind=api&codebase=fastapi&team=typed',
    expected: 'fastapi',
    guidance: [G.fastapiBigger],
  },
  {
    id: 'iot-ingestion',
    project: 'An IoT ingestion microservice holding many concurrent device connections.',
    answers: 'kind=micro&async=must&perf=important&orm=none',
    expected: 'fastapi',
    guidance: [seed('fastapi', G.fastapiAsync)],
  },
  {
    id: 'mobile-backend-payment-calls',
    project:
      'A new mobile-app backend that waits on payment providers and documents its API for the app team.',
    answers: 'kind=api&async=important&docs=important&orm=sqlalchemy&team=any',
    expected: 'fastapi',
    guidance: [G.fastapiFeatures, G.fastapiAsync],
  },
  {
    id: 'live-metrics-stream',
    project: 'A live metrics stream that pushes updates to browser dashboards over WebSockets.',
    answers: 'kind=realtime&async=important&team=typed',
    expected: 'fastapi',
    guidance: [G.fastapiWebsockets],
  },
  {
    id: 'forecast-model-api-docs',
    project: 'A forecasting model exposed to several internal apps that need accurate API docs.',
    answers: 'kind=ml&docs=must&team=any',
    expected: 'fastapi',
    guidance: [seed('fastapi', G.fastapiFeatures)],
  },
  {
    id: 'async-aggregator-api',
    project:
      'An API that aggregates several slow upstream services for each request under high traffic.',
    answers: 'kind=api&async=must&perf=important',
    expected: 'fastapi',
    guidance: [G.fastapiAsync, G.flaskAsync],
  },
  // --- Flask --------------------------------------------------------------------------------
  {
    id: 'flask-team-small-json-api',
    project: 'A team that knows Flask wants a small JSON API for an internal tool on SQLAlchemy.',
    answers: 'kind=api&team=flask&style=freedom&orm=sqlalchemy&docs=no',
    expected: 'flask',
    guidance: [seed('flask', G.flaskQuickstart), G.fastapiAlternatives],
  },
  {
    id: 'student-learning-basics',
    project: 'A student learning how requests, routing and templates work.',
    answers: 'kind=learn&team=new&style=freedom',
    expected: 'flask',
    guidance: [seed('flask', G.flaskTutorial)],
  },
  {
    id: 'internal-reports-dashboard',
    project: 'A small internal dashboard of a few pages showing reports from an existing database.',
    answers: 'kind=dashboard&admin=no&orm=sqlalchemy&team=any&perf=no',
    expected: 'flask',
    guidance: [seed('flask', G.flaskDesign), G.dash],
  },
  {
    id: 'lab-upload-page',
    project: 'A lab page where scientists upload CSV files and see the resulting plots.',
    answers: 'kind=dashboard&admin=no&orm=none&team=new',
    expected: 'flask',
    guidance: [G.flaskQuickstart, G.dash],
  },
  {
    id: 'flask-app-new-pages',
    project: 'An existing Flask app gets new pages for a reporting feature.',
    answers: 'kind=webapp&codebase=flask&team=flask',
    expected: 'flask',
    guidance: [G.flaskDesign],
  },
  {
    id: 'flask-app-adds-json-api',
    project: 'An existing Flask app adds a JSON API for a partner integration.',
    answers: 'kind=api&codebase=flask&team=flask&docs=nice',
    expected: 'flask',
    guidance: [G.apiflask, G.flaskQuickstart],
  },
  {
    id: 'hobby-blog-while-learning',
    project:
      'A personal blog built to learn web development, with SQLAlchemy because a friend uses it.',
    answers: 'kind=learn&style=freedom&orm=sqlalchemy',
    expected: 'flask',
    guidance: [seed('flask', G.flaskTutorial)],
  },
  {
    id: 'slack-webhook-bot',
    project:
      'A tiny service that turns webhooks into Slack messages, written by a team that knows Flask.',
    answers: 'kind=micro&team=flask&orm=none&perf=no&async=no',
    expected: 'flask',
    guidance: [seed('flask', G.flaskQuickstart)],
  },
  {
    id: 'ml-demo-page',
    project:
      'A one-page demo where colleagues fill a form, a model runs, and the answer is shown as HTML.',
    answers: 'kind=dashboard&orm=none&team=new&docs=no',
    expected: 'flask',
    guidance: [G.flaskQuickstart, G.fastapiAlternatives],
  },
  {
    id: 'full-control-site',
    project:
      'A developer wants full control of the architecture for a server-rendered site: own ORM, own auth.',
    answers: 'kind=webapp&style=freedom&orm=sqlalchemy&admin=no&team=any',
    expected: 'flask',
    guidance: [seed('flask', G.flaskDesign)],
  },
  {
    id: 'flask-team-mobile-api',
    project:
      'A team that knows Flask builds a small REST API for a mobile app, without async needs.',
    answers: 'kind=api&team=flask&async=no&docs=nice',
    expected: 'flask',
    guidance: [seed('flask', G.flaskQuickstart), G.apiflask],
  },
  {
    id: 'admin-over-legacy-sqlalchemy-db',
    project:
      'A few admin screens over a database another system owns, already mapped with SQLAlchemy.',
    answers: 'kind=dashboard&admin=important&orm=sqlalchemy&style=freedom',
    expected: 'flask',
    guidance: [G.flaskAdmin, G.djangoAdmin],
  },
  {
    id: 'http-workshop',
    project: 'A workshop teaching HTTP, routing and templates to newcomers in an afternoon.',
    answers: 'kind=learn&team=new',
    expected: 'flask',
    guidance: [seed('flask', G.flaskQuickstart)],
  },
  // --- Either of two ------------------------------------------------------------------------
  {
    id: 'webhook-receiver-node-shop',
    project: 'A webhook receiver in a company whose other services run on Node.',
    answers: 'kind=micro&codebase=other&docs=nice&async=nice&perf=nice',
    expected: ['fastapi', 'flask'],
    guidance: [seed('fastapi', G.fastapiDocker), seed('flask', G.flaskQuickstart)],
  },
  {
    id: 'plain-small-json-api',
    project: 'A Python developer with no framework background needs a small JSON API without docs.',
    answers: 'kind=api&team=any&docs=no&async=no',
    expected: ['flask', 'fastapi'],
    guidance: [G.fastapiAlternatives, G.flaskQuickstart],
  },
  {
    id: 'mixed-fleet-microservice',
    project: 'A microservice in a mixed fleet, by a team without a shared framework.',
    answers: 'kind=micro&codebase=other',
    expected: ['fastapi', 'flask'],
    guidance: [seed('fastapi', G.fastapiDocker), seed('flask', G.flaskDesign)],
  },
  {
    id: 'django-team-new-fast-service',
    project:
      'A Django team builds a separate high-throughput service that waits on other services.',
    answers: 'kind=micro&team=django&codebase=other&perf=important&async=important',
    expected: ['fastapi', 'django'],
    guidance: [G.fastapiAsync, G.ninja],
  },
  {
    id: 'flask-team-new-saas',
    project: 'A team that knows Flask starts a SaaS web app with accounts and a small admin.',
    answers: 'kind=webapp&team=flask&admin=nice&codebase=none',
    expected: ['flask', 'django'],
    guidance: [G.flaskTutorial, G.djangoAuth],
  },
  {
    id: 'api-with-support-admin',
    project:
      'A startup API backend with accounts and an admin for its support staff, on Django’s ORM.',
    answers: 'kind=api&admin=important&orm=django&docs=important',
    expected: ['django', 'fastapi'],
    guidance: [G.ninja, G.djangoAdmin, G.fastapiFeatures],
  },
];
