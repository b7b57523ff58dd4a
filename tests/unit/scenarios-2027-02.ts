/**
 * Realistic projects and the framework public guidance picks for each: the yardstick for scoring
 * model 2027-02. Written before that model was tuned and kept independent of it, like the 2027-01
 * suite it extends: a scenario states what such a user would answer and what the frameworks' own
 * docs, the seed comparison's "When to choose" and well-known guides recommend, never what a model
 * says. New here: small public sites (`kind=site`, "a small website with a few pages and forms,
 * no user accounts", a value model 2027-02 adds), a Flask team's typed API, and teams that know
 * one framework while the project fits another.
 */
import {
  G as G_2027_01,
  SCENARIOS as SCENARIOS_2027_01,
  seed,
  type Guidance,
  type Scenario,
} from './scenarios-2027-01';

export type { Guidance, Scenario };

/**
 * The 2027-01 sources plus those the new scenarios rest on. Each label quotes what the page says
 * that supports the pick; every URL was checked to exist when the scenario was written.
 */
const G = {
  ...G_2027_01,
  flaskNoAccounts: {
    label:
      'FastAPI alternatives, on Flask: “commonly used for other applications that don’t necessarily need a database, user management, or any of the many features that come pre-built in Django”',
    url: 'https://fastapi.tiangolo.com/alternatives/',
  },
  flaskTemplates: {
    label:
      'Flask templates: Flask “leverages Jinja as its template engine”, autoescaping .html templates: server-rendered pages need no extension',
    url: 'https://flask.palletsprojects.com/en/stable/templating/',
  },
  flaskForms: {
    label:
      'Flask patterns, Form Validation with WTForms: form classes, validation, and the Flask-WTF extension',
    url: 'https://flask.palletsprojects.com/en/stable/patterns/wtforms/',
  },
  flaskSqlite: {
    label:
      'Flask patterns, Using SQLite 3 with Flask: open a connection per request and close it “when the context dies”, no ORM needed',
    url: 'https://flask.palletsprojects.com/en/stable/patterns/sqlite3/',
  },
  flaskSqlalchemy: {
    label: 'Flask patterns, SQLAlchemy in Flask: the ORM added as a chosen part',
    url: 'https://flask.palletsprojects.com/en/stable/patterns/sqlalchemy/',
  },
  megaTutorialForms: {
    label:
      'Flask Mega-Tutorial, Web Forms: “Web forms are one of the most basic building blocks in any web application”, handled with Flask-WTF',
    url: 'https://blog.miguelgrinberg.com/post/the-flask-mega-tutorial-part-iii-web-forms',
  },
  djangoForms: {
    label:
      'Django forms: “Django handles three distinct parts of the work involved in forms”, from rendering to processing',
    url: 'https://docs.djangoproject.com/en/5.2/topics/forms/',
  },
  djangoFlatpages: {
    label:
      'Django flatpages: one-off pages such as “About” stored in the database and managed “via Django’s admin interface”',
    url: 'https://docs.djangoproject.com/en/5.2/ref/contrib/flatpages/',
  },
  djangoAdminEditors: {
    label:
      'Django admin: “a quick, model-centric interface where trusted users can manage content on your site”',
    url: 'https://docs.djangoproject.com/en/5.2/ref/contrib/admin/',
  },
  djangoAsyncViews: {
    label:
      'Django asynchronous support: async views under ASGI can “service hundreds of connections without using Python threads”',
    url: 'https://docs.djangoproject.com/en/5.2/topics/async/',
  },
  wagtail: {
    label:
      'Wagtail: “an open source CMS written in Python and built on the Django web framework”, with an editors’ interface',
    url: 'https://docs.wagtail.org/',
  },
  fastapiTemplates: {
    label:
      'FastAPI templates: “You can use any template engine you want with FastAPI”, Jinja2 as in Flask',
    url: 'https://fastapi.tiangolo.com/advanced/templates/',
  },
  apiflaskVsFastapi: {
    label:
      'APIFlask vs FastAPI: OpenAPI and validation either way; “APIFlask builds on top of Flask, so it’s compatible with Flask extensions”',
    url: 'https://apiflask.com/comparison/',
  },
  apiflaskPydantic: {
    label:
      'APIFlask 3.1: automatic OpenAPI documents and request validation; it “supports both marshmallow schemas and Pydantic models”',
    url: 'https://pypi.org/project/apiflask/3.1.3/',
  },
  smorest: {
    label:
      'flask-smorest: “a REST API framework built upon Flask and marshmallow”, its OpenAPI specification “automatically generated”',
    url: 'https://flask-smorest.readthedocs.io/',
  },
  boringTech: {
    label:
      'Choose Boring Technology: “every company gets about three innovation tokens”; a second stack spends one',
    url: 'https://mcfunley.com/choose-boring-technology',
  },
} as const satisfies Record<string, Guidance>;

/** Scenarios written for model 2027-02: none of them existed in the 2027-01 suite. */
export const NEW_SCENARIOS: readonly Scenario[] = [
  // --- Small public sites: a few server-rendered pages and a form, no user accounts -----------
  {
    id: 'chess-club-site',
    project:
      'A chess club’s site with a few pages (meeting times, results) and a contact form, no logins.',
    answers: 'kind=site&admin=no&orm=none&style=freedom',
    expected: 'flask',
    guidance: [seed('flask', G.flaskDesign), G.flaskNoAccounts, G.flaskForms],
  },
  {
    id: 'meetup-rsvp-page',
    project:
      'A monthly Python meetup’s page with the next talk and an RSVP form whose answers go into a small SQLite file.',
    answers: 'kind=site&orm=any&style=any&team=any',
    expected: 'flask',
    guidance: [G.flaskSqlite, G.flaskForms, G.flaskNoAccounts],
  },
  {
    id: 'community-conference-registration',
    project:
      'A one-day community conference site: schedule, speakers and venue pages and a registration form.',
    answers: 'kind=site&admin=no&orm=sqlalchemy&team=new',
    expected: 'flask',
    guidance: [seed('flask', G.flaskTutorial), G.megaTutorialForms],
  },
  {
    id: 'bakery-brochure-site',
    project:
      'A small bakery’s brochure site: opening hours, a menu page and a contact form that emails the owner.',
    answers: 'kind=site&admin=no&orm=none&perf=no&docs=no',
    expected: 'flask',
    guidance: [seed('flask', G.flaskQuickstart), G.flaskTemplates, G.flaskNoAccounts],
  },
  {
    id: 'wedding-rsvp-site',
    project: 'A wedding site with the day’s schedule, travel tips and an RSVP form for the guests.',
    answers: 'kind=site&orm=sqlalchemy&style=freedom&team=new',
    expected: 'flask',
    guidance: [seed('flask', G.flaskSqlalchemy), G.megaTutorialForms],
  },
  {
    id: 'school-fair-volunteers',
    project:
      'A school fair site with stall information and a volunteer form; the organisers would like to browse the sign-ups.',
    answers: 'kind=site&admin=nice&orm=any&team=any',
    expected: 'flask',
    guidance: [seed('flask', G.flaskDesign), G.flaskForms, G.flaskAdmin],
  },
  {
    id: 'food-bank-volunteer-form',
    project:
      'A food bank’s volunteer sign-up form and a few information pages, built by a team that knows Flask.',
    answers: 'kind=site&orm=sqlalchemy&team=flask',
    expected: 'flask',
    guidance: [G.flaskForms, G.flaskSqlalchemy, G.boringTech],
  },
  {
    id: 'portfolio-contact-form',
    project: 'A designer’s personal portfolio: a handful of project pages and a contact form.',
    answers: 'kind=site&async=no&admin=no&orm=none&style=freedom',
    expected: 'flask',
    guidance: [seed('flask', G.flaskTemplates), G.flaskNoAccounts],
  },
  {
    id: 'choir-concert-page',
    project:
      'A choir’s concert page with the programme, a map and a ticket-request form answered by email.',
    answers:
      'kind=site&async=no&admin=no&orm=none&perf=no&docs=no&style=any&team=any&codebase=none',
    expected: 'flask',
    guidance: [seed('flask', G.flaskQuickstart), G.flaskForms],
  },
  {
    // The seed lists "convention over configuration" for Django and "lightweight services where
    // batteries-included is overkill" for Flask: for a small site with conventions wanted, both.
    id: 'rowing-club-site-conventions',
    project:
      'A rowing club’s site with a few pages and a trial-session form, by someone who wants the framework to decide the structure.',
    answers: 'kind=site&admin=no&orm=any&style=conventions',
    expected: ['flask', 'django'],
    guidance: [seed('flask', G.flaskNoAccounts), seed('django', G.djangoForms)],
  },
  {
    id: 'django-team-society-site',
    project:
      'A local history society’s site with a few pages and a membership-enquiry form, built by volunteers who know Django.',
    answers: 'kind=site&orm=django&team=django',
    expected: 'django',
    guidance: [G.djangoForms, G.djangoFlatpages, G.boringTech],
  },
  {
    id: 'typed-team-event-page',
    project:
      'A team that writes typed Pydantic services needs an event page with a registration form.',
    answers: 'kind=site&orm=any&team=typed',
    expected: ['flask', 'fastapi'],
    guidance: [G.flaskNoAccounts, G.fastapiTemplates, G.boringTech],
  },
  {
    id: 'village-hall-editable-listings',
    project:
      'A village hall’s site whose volunteer secretary edits the events listing and opening times without a developer.',
    answers: 'kind=site&admin=important&orm=any&style=any',
    expected: 'django',
    guidance: [G.djangoAdminEditors, G.djangoFlatpages],
  },
  {
    id: 'django-project-event-microsite',
    project:
      'A company with a Django project adds a small public page for its user conference, with a registration form.',
    answers: 'kind=site&orm=django&team=django&codebase=django',
    expected: 'django',
    guidance: [G.djangoForms, G.boringTech],
  },
  // --- Full web apps with user accounts, to keep apart from small sites ---------------------
  {
    id: 'tennis-club-members-portal',
    project:
      'A tennis club’s members’ portal: members log in to book courts and renew subscriptions, the committee runs it from an admin.',
    answers: 'kind=webapp&admin=important&orm=any&style=any',
    expected: 'django',
    guidance: [seed('django', G.djangoAuth), G.djangoAdmin],
  },
  {
    id: 'talk-submission-platform',
    project:
      'A conference’s talk-submission platform where speakers keep accounts and reviewers score proposals.',
    answers: 'kind=webapp&admin=nice&orm=any&team=new',
    expected: 'django',
    guidance: [seed('django', G.djangoAuth), G.djangoOverview],
  },
  {
    id: 'volunteer-shift-scheduler',
    project:
      'A volunteer network’s shift scheduler where volunteers sign in and pick shifts and coordinators approve them.',
    answers: 'kind=webapp&admin=important&orm=django&style=conventions&team=any',
    expected: 'django',
    guidance: [G.djangoAuth, G.djangoAdmin],
  },
  // --- A Flask team's typed API -------------------------------------------------------------
  {
    // APIFlask gives a Flask team OpenAPI and Pydantic validation without leaving Flask; FastAPI
    // gives the same natively. Neither source ranks one above the other for this team.
    id: 'flask-team-new-typed-api',
    project:
      'A team that knows Flask starts a JSON API where typed request validation and OpenAPI docs matter.',
    answers: 'kind=api&async=no&orm=sqlalchemy&docs=important&team=flask&codebase=none',
    expected: ['flask', 'fastapi'],
    guidance: [G.apiflaskPydantic, G.apiflaskVsFastapi, G.fastapiFeatures, G.boringTech],
  },
  {
    id: 'flask-app-openapi-for-partners',
    project:
      'An existing Flask app must publish an OpenAPI description and validate requests for a partner integration.',
    answers: 'kind=api&orm=sqlalchemy&docs=must&team=flask&codebase=flask',
    expected: 'flask',
    guidance: [G.smorest, G.apiflaskVsFastapi],
  },
  {
    id: 'flask-team-async-typed-api',
    project:
      'A team that knows Flask builds a new API that fans out to slow partner services, with OpenAPI docs a must.',
    answers: 'kind=api&async=must&docs=must&team=flask&codebase=none',
    expected: 'fastapi',
    guidance: [G.flaskAsync, G.fastapiAsync, G.fastapiFeatures],
  },
  // --- A team that knows one framework while the project fits another -----------------------
  {
    // Django's async views under ASGI serve a small I/O-bound relay; FastAPI is the closer fit.
    // Team knowledge (one stack to run) makes either a sound pick.
    id: 'django-team-webhook-relay',
    project:
      'A Django team needs a tiny relay that receives webhooks and forwards them to slow third-party APIs.',
    answers: 'kind=micro&async=important&orm=none&team=django&codebase=none',
    expected: ['django', 'fastapi'],
    guidance: [G.djangoAsyncViews, G.fastapiAsync, G.boringTech],
  },
  {
    // The admin is the product here: Django gives it for free, so fit outweighs team knowledge.
    id: 'flask-team-staff-back-office',
    project:
      'A team that knows Flask is asked for a staff back office that is mostly forms over twenty related tables.',
    answers: 'kind=dashboard&admin=must&orm=any&style=conventions&team=flask&codebase=none',
    expected: 'django',
    guidance: [seed('django', G.djangoAdmin), G.djangoAdminEditors],
  },
  {
    id: 'typed-team-content-site-editors',
    project:
      'A team that builds FastAPI services is asked for a content site where editors write and publish pages.',
    answers: 'kind=webapp&admin=must&orm=any&team=typed&codebase=none',
    expected: 'django',
    guidance: [G.wagtail, G.djangoAdminEditors, G.fastapiAlternatives],
  },
  {
    id: 'flask-team-llm-gateway',
    project:
      'A team that knows Flask builds an LLM gateway that streams completions to many users at once.',
    answers: 'kind=ml&async=must&orm=none&docs=nice&team=flask',
    expected: 'fastapi',
    guidance: [G.flaskAsync, G.fastapiAsync],
  },
  {
    // Django Ninja gives a Django team typed OpenAPI endpoints; FastAPI is the usual fit for a
    // model API. Both are sound for this team.
    id: 'django-team-model-api',
    project:
      'A Django team serves a trained model as a typed inference API with OpenAPI docs for other teams.',
    answers: 'kind=ml&orm=none&docs=important&team=django&codebase=none',
    expected: ['fastapi', 'django'],
    guidance: [G.ninja, G.fastapiFeatures, G.boringTech],
  },
];

/**
 * The whole yardstick: every 2027-01 scenario, carried over unchanged (same ids, answers,
 * expectations and guidance: the new model must keep agreeing with them), then the new ones.
 */
export const SCENARIOS: readonly Scenario[] = [...SCENARIOS_2027_01, ...NEW_SCENARIOS];
