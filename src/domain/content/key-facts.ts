import type { Source } from './sourced';
import { MILESTONES as M } from './releases';
import { SOURCES } from './sources';

/**
 * `fact`: backed by the sources given. `opinion`: a heuristic, shown as such.
 * `unverified`: a claim no primary source backs; never to be shown as fact.
 */
export type KeyFactKind = 'fact' | 'opinion' | 'unverified';

/** One line of the common "Key facts" list, corrected and labelled. */
export interface KeyFact {
  readonly text: string;
  readonly kind: KeyFactKind;
  readonly sources: readonly Source[];
  /** What the sources say about the line, or how the common wording was corrected. */
  readonly note?: string;
}

/** The common "Key facts", corrected per the fact sheet and the audits of December 2026. */
export const KEY_FACTS: readonly KeyFact[] = [
  {
    text: 'Django ships an ORM with migrations, an admin panel, auth, forms and templates. REST APIs need an add-on such as Django REST framework (DRF) or django-ninja.',
    kind: 'fact',
    sources: [SOURCES.djangoOverview, SOURCES.drfSchemas, SOURCES.djangoNinja],
    note: 'Widely shared comparisons list DRF with the built-ins; Django core has no REST or OpenAPI layer.',
  },
  {
    text: 'Flask keeps a small core (Werkzeug, Jinja2, Click) that will never include a database layer or form library; you add an ORM, auth and the rest as extensions.',
    kind: 'fact',
    sources: [SOURCES.flaskDesign, SOURCES.flaskPyproject],
  },
  {
    text: 'FastAPI is async-native (ASGI, on Starlette), validates requests with Pydantic v2 and generates OpenAPI docs with Swagger UI and ReDoc.',
    kind: 'fact',
    sources: [SOURCES.fastapiFeatures, SOURCES.fastapiAsync, SOURCES.fastapiPyproject],
  },
  {
    text: 'FastAPI is likely the fastest of the three.',
    kind: 'opinion',
    sources: [SOURCES.fastapiBenchmarks, SOURCES.techEmpowerR23, SOURCES.techEmpowerSunset],
    note: "A plausible but coarse ranking: FastAPI's own docs make the claim, and the only independent benchmarks (TechEmpower, now ended) tested old versions on different databases.",
  },
  {
    text: 'FastAPI use grew between the surveys: 38% of respondents to the PSF and JetBrains Python Developers Survey 2024 (taken in late 2024) used it, up from 29% in the 2023 survey.',
    kind: 'fact',
    sources: [SOURCES.pythonSurvey2024, SOURCES.pythonSurvey2023],
    note: 'A multiple-choice question, and the newest survey results we found are from late 2024; some of these figures come from secondary transcriptions of the results.',
  },
  {
    text: 'FastAPI increasingly appears in job postings for new projects.',
    kind: 'unverified',
    sources: [],
    note: 'No job-postings data was found, so this stays unverified; the usage surveys above measure use, not hiring.',
  },
  {
    text: 'Django dominates legacy projects.',
    kind: 'opinion',
    sources: [SOURCES.django52Notes, SOURCES.fastapiReleaseNotes],
    note: `A common heuristic with no data behind it. What the sources do show: Django has long-term support releases (${M.django52.version}, supported for at least three years from April 2025); FastAPI is still 0.x with none.`,
  },
  {
    text: 'Microservices tend to favour FastAPI or Flask; monoliths tend to favour Django.',
    kind: 'opinion',
    sources: [],
    note: 'A common heuristic with no data behind it.',
  },
] as const satisfies readonly KeyFact[];
