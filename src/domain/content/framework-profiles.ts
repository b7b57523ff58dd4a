import type { FrameworkId } from '../frameworks';
import type { Source } from './sourced';
import { SOURCES } from './sources';

/** The newest release the fact sheet could confirm. */
export interface LatestRelease {
  readonly version: string;
  /** ISO date, `YYYY-MM-DD`. */
  readonly date: string;
  /** One line of context: other supported lines, or what could not be confirmed. */
  readonly note?: string;
}

/** Who a framework is, in one card: name, one-line pitch, age, licence and newest release. */
export interface FrameworkProfile {
  readonly id: FrameworkId;
  readonly name: string;
  /** One line, plain words. */
  readonly tagline: string;
  /** Month and year of the first public release, e.g. "July 2005". */
  readonly firstRelease: string;
  /** SPDX licence id. */
  readonly license: string;
  readonly latestRelease: LatestRelease;
  readonly sources: readonly Source[];
}

/** One profile per framework, from the fact sheet's sections 1 to 3. */
export const FRAMEWORK_PROFILES: Readonly<Record<FrameworkId, FrameworkProfile>> = {
  django: {
    id: 'django',
    name: 'Django',
    tagline:
      'Batteries included: ORM, migrations, admin, auth, forms and templates in one framework.',
    firstRelease: 'July 2005',
    license: 'BSD-3-Clause',
    latestRelease: {
      version: '6.1.2',
      date: '2026-10-06',
      note: '5.2 is the long-term support line, with security fixes until April 2028.',
    },
    sources: [
      SOURCES.djangoTwoYears,
      SOURCES.djangoDocs,
      SOURCES.django612Notes,
      SOURCES.djangoEndOfLife,
    ],
  },
  fastapi: {
    id: 'fastapi',
    name: 'FastAPI',
    tagline:
      'An async API framework on Starlette and Pydantic: validation and OpenAPI docs from type hints.',
    firstRelease: 'December 2018',
    license: 'MIT',
    latestRelease: {
      version: '0.141.1',
      date: '2026-07-29',
      note: 'Still 0.x (classified Beta) with no long-term support line; 0.142.2 has been seen since, release date not confirmed.',
    },
    sources: [
      SOURCES.fastapiHistory,
      SOURCES.fastapiPyproject,
      SOURCES.fastapiReleaseNotes,
      SOURCES.fastapiFeatures,
    ],
  },
  flask: {
    id: 'flask',
    name: 'Flask',
    tagline: 'A small core on Werkzeug, Jinja2 and Click; you choose the database, forms and auth.',
    firstRelease: 'April 2010',
    license: 'BSD-3-Clause',
    latestRelease: {
      version: '3.1.3',
      date: '2026-02-18',
      note: 'A 3.2.0 was in progress in April 2026; no evidence yet that it has shipped.',
    },
    sources: [SOURCES.flaskChanges, SOURCES.flaskAprilFools, SOURCES.flaskDesign],
  },
} as const satisfies Record<FrameworkId, FrameworkProfile>;
