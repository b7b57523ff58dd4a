/**
 * Dated corrections to released scoring models. A released model is frozen data (its digest is
 * pinned by a test): when a fact behind one of its texts or sources turns out wrong or goes out of
 * date, the correction is added here and shown beside the text it corrects. Its numbers never
 * change: a corrected fact that should change a rating goes into the next model.
 */
import type { Source } from '../content/sourced';
import { SOURCES } from '../content/sources';
import type { FrameworkId } from '../frameworks';

export interface Erratum {
  /** The released model whose text it corrects, e.g. `2027-01`. */
  readonly model: string;
  /** When the correction was published, `YYYY-MM-DD`. */
  readonly date: string;
  /** The criterion whose text it corrects. */
  readonly criterion: string;
  /** The framework whose justification it corrects; absent for the criterion's own wording. */
  readonly framework?: FrameworkId;
  /** What the released text says that no longer holds, quoted briefly. */
  readonly corrects: string;
  /** The corrected statement, in plain text. */
  readonly correction: string;
  /** Where the corrected statement comes from. */
  readonly sources: readonly Source[];
}

/** The fact audit of 7 December 2026 (every shown claim re-checked against primary sources). */
const AUDIT_2026_12_07 = '2026-12-07';

/** Model 2027-01 reuses 2026-11's texts for every criterion it does not revise. */
function inBothModels(erratum: Omit<Erratum, 'model'>): readonly Erratum[] {
  return [
    { model: '2026-11', ...erratum },
    { model: '2027-01', ...erratum },
  ];
}

function in202701(erratum: Omit<Erratum, 'model'>): Erratum {
  return { model: '2027-01', ...erratum };
}

export const ERRATA: readonly Erratum[] = [
  ...inBothModels({
    date: AUDIT_2026_12_07,
    criterion: 'testing_tooling',
    framework: 'fastapi',
    corrects: 'built on httpx2 since 1.7',
    correction:
      "Starlette's TestClient has been built on httpx2, with a deprecation warning for plain httpx, since Starlette 1.2.0 (28 May 2026), earlier than the text says.",
    sources: [SOURCES.starletteTestClientHttpx2, SOURCES.fastapiTesting],
  }),
  ...inBothModels({
    date: AUDIT_2026_12_07,
    criterion: 'security_defaults',
    framework: 'django',
    corrects: 'scheduled security releases (e.g. 6.1.2 on 2026-10-06)',
    correction:
      'Django 6.1.2 was a bugfix release (a data-loss fix and bugs), not a security release. Django does announce its security releases in advance; the CSRF, auto-escaping, clickjacking and CSP defaults stand as stated.',
    sources: [SOURCES.django612Notes, SOURCES.djangoSecurityPolicy, SOURCES.djangoSecurity],
  }),
  ...inBothModels({
    date: AUDIT_2026_12_07,
    criterion: 'ecosystem_maturity',
    framework: 'django',
    corrects: '20 years old',
    correction:
      'Django is 21 years old in December 2026 (open-sourced in July 2005). DRF calls itself feature-complete in its contributing guide, not in the release page cited.',
    sources: [SOURCES.djangoTwoYears, SOURCES.drfContributing],
  }),
  ...inBothModels({
    date: AUDIT_2026_12_07,
    criterion: 'ecosystem_maturity',
    framework: 'fastapi',
    corrects: '≈100K GitHub stars, June 2026',
    correction:
      'The star count came from a secondary list, not from the sources cited, and is withdrawn. What the sources show: FastAPI was first tagged in December 2018, and fastapi-users is in maintenance mode.',
    sources: [SOURCES.fastapiFirstTag, SOURCES.fastapiUsers],
  }),
  ...(['django', 'flask'] as const).flatMap((framework) =>
    inBothModels({
      date: AUDIT_2026_12_07,
      criterion: 'hiring_pool',
      framework,
      corrects: '39% (2022) and 33% (2023) of surveyed Python developers',
      correction:
        'These shares come from secondary transcriptions of the PSF and JetBrains survey results; the results pages cited do not show them in a form we could check, so treat them as unverified.',
      sources: [SOURCES.pythonSurvey2022, SOURCES.pythonSurvey2023],
    }),
  ),
  ...inBothModels({
    date: AUDIT_2026_12_07,
    criterion: 'builtin_admin',
    framework: 'fastapi',
    corrects: 'SQLAdmin (0.31.0 …) or starlette-admin (1.0.0)',
    correction:
      "Both numbers were last confirmed in August 2026 from the projects' own tags. Other projects now pin newer releases of both, which we could not confirm from the projects' release notes; the comparison's Admin row shows each number with its check date.",
    sources: [SOURCES.sqlAdminRepo],
  }),
  ...inBothModels({
    date: AUDIT_2026_12_07,
    criterion: 'websockets_realtime',
    framework: 'django',
    corrects:
      'official Django project … requires an ASGI server such as Daphne (cited: the changelog)',
    correction:
      "The statement stands; its source is Channels' README, which says it is an official Django project served by Daphne or another ASGI server, not the changelog cited.",
    sources: [SOURCES.channelsReadme],
  }),
  ...inBothModels({
    date: AUDIT_2026_12_07,
    criterion: 'ml_model_serving',
    framework: 'fastapi',
    corrects: 'survey commentary links FastAPI growth to data-science newcomers (secondary)',
    correction:
      "That commentary is in JetBrains' write-up of the 2024 survey, not on the results page cited; read it as secondary, as the text says.",
    sources: [SOURCES.pythonSurvey2024],
  }),
  ...inBothModels({
    date: AUDIT_2026_12_07,
    criterion: 'long_term_stability',
    framework: 'django',
    corrects: 'cites endoflife.date, a page that changes over time',
    correction:
      "Django 5.2 LTS gets security fixes for at least three years from its April 2025 release, as its own release notes say; DEP 0020's annual cycle is as stated.",
    sources: [SOURCES.django52Notes, SOURCES.djangoAnnualCycle],
  }),
  ...inBothModels({
    date: AUDIT_2026_12_07,
    criterion: 'sqlalchemy_fit',
    framework: 'fastapi',
    corrects: 'SQLAlchemy below 2.1 only',
    correction:
      'SQLModel accepts SQLAlchemy 2.1 since 0.0.48 (6 October 2026), so the tutorial’s SQLModel and the SQLAlchemy 2.1 line install together.',
    sources: [SOURCES.sqlmodelRequirement],
  }),
  in202701({
    date: AUDIT_2026_12_07,
    criterion: 'orm_integrated',
    framework: 'fastapi',
    corrects: 'SQLModel, whose releases require SQLAlchemy below 2.1',
    correction:
      'SQLModel 0.0.48 (6 October 2026) accepts SQLAlchemy 2.1. What still holds: FastAPI has no ORM or migrations integration, its SQL tutorial uses SQLModel, and Alembic is set up by hand.',
    sources: [SOURCES.sqlmodelRequirement, SOURCES.fastapiSql, SOURCES.alembicTutorial],
  }),
  in202701({
    date: AUDIT_2026_12_07,
    criterion: 'small_web_app',
    framework: 'flask',
    corrects: 'in one module, as the tutorial builds',
    correction:
      "A few routes and Jinja2 templates fit in one module, as Flask's quickstart shows; the tutorial builds a package of several modules (an app factory, database, auth and blog).",
    sources: [SOURCES.flaskQuickstart, SOURCES.flaskTutorialLayout],
  }),
  in202701({
    date: AUDIT_2026_12_07,
    criterion: 'small_web_app',
    framework: 'fastapi',
    corrects:
      'form handling and CSRF protection are yours to add (cited: an unversioned docs page)',
    correction:
      'FastAPI parses form fields and file uploads itself; rendering HTML forms and CSRF protection are what you add. Sources now pinned to a tagged release of its docs.',
    sources: [SOURCES.fastapiTemplates, SOURCES.fastapiForms],
  }),
  in202701({
    date: AUDIT_2026_12_07,
    criterion: 'django_orm_fit',
    framework: 'fastapi',
    corrects: 'cites an unversioned FastAPI docs page',
    correction:
      "The statement stands; its source is FastAPI's SQL tutorial pinned to a tagged release of its docs, which uses SQLModel.",
    sources: [SOURCES.fastapiSql],
  }),
];
