import type { FrameworkId } from '../frameworks';
import { newestAsOf } from './freshness';
import { formatDay, shortDate } from '../dates';
import { MILESTONES as M, RELEASES as R, type Release } from './releases';
import type { Source } from './sourced';
import { SOURCES } from './sources';

/** One line of context on a framework card, with where it comes from. */
export interface ProfileNote {
  readonly text: string;
  readonly sources: readonly Source[];
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
  /** The newest release we know of, with its check date and source, from releases.ts. */
  readonly latestRelease: Release;
  /** Other supported lines, the release policy, or what could not be confirmed. */
  readonly notes: readonly ProfileNote[];
  /** Backs the tagline, first release and licence. */
  readonly sources: readonly Source[];
}

/** One profile per framework, from the fact sheet's sections 1 to 3 and the audit of December 2026. */
export const FRAMEWORK_PROFILES: Readonly<Record<FrameworkId, FrameworkProfile>> = {
  django: {
    id: 'django',
    name: 'Django',
    tagline:
      'Batteries included: ORM, migrations, admin, auth, forms and templates in one framework.',
    firstRelease: 'July 2005',
    license: 'BSD-3-Clause',
    latestRelease: R.django,
    notes: [
      {
        text: `${M.django52.version} is a long-term support line: security fixes for at least three years from its April 2025 release.`,
        sources: [SOURCES.django52Notes],
      },
      {
        text: `From 2028 Django moves to one feature release a year, each supported for three years (DEP 0020); ${M.django62.version} LTS (April 2027) is the last release on the old cycle.`,
        sources: [SOURCES.djangoAnnualCycle],
      },
    ],
    sources: [SOURCES.djangoTwoYears, SOURCES.djangoOverview],
  },
  fastapi: {
    id: 'fastapi',
    name: 'FastAPI',
    tagline:
      'An async API framework on Starlette and Pydantic: validation and OpenAPI docs from type hints.',
    firstRelease: 'December 2018',
    license: 'MIT',
    latestRelease: R.fastapi,
    notes: [
      {
        text: 'Still 0.x (classified Beta) with no long-term support line.',
        sources: [SOURCES.fastapiPyproject, SOURCES.fastapiReleaseNotes],
      },
    ],
    sources: [SOURCES.fastapiFirstTag, SOURCES.fastapiFeatures, SOURCES.fastapiPyproject],
  },
  flask: {
    id: 'flask',
    name: 'Flask',
    tagline: 'A small core on Werkzeug, Jinja2 and Click; you choose the database, forms and auth.',
    firstRelease: 'April 2010',
    license: 'BSD-3-Clause',
    latestRelease: R.flask,
    notes: [
      {
        text: `Flask ${M.flask32.version} was in progress on the main branch in April 2026, with no release of it as of ${shortDate(R.flask.checked)}.`,
        sources: [SOURCES.flaskMainChanges],
      },
    ],
    sources: [SOURCES.flaskChanges, SOURCES.flaskDesign, SOURCES.flaskPyproject],
  },
} as const satisfies Record<FrameworkId, FrameworkProfile>;

/**
 * How a page states a newest-release number: "<version>, newest release as of 7 Dec 2026
 * (released 18 February 2026)", with ", checked more than 90 days ago" when `today` is given and the check
 * is that old. Never "Latest": a newer release may be out by the time it is read.
 */
export function newestReleaseText(
  release: Pick<Release, 'version' | 'date' | 'checked'>,
  today?: string,
): string {
  const released = release.date === undefined ? undefined : formatDay(release.date);
  return `${release.version}, ${newestAsOf(release, today)}${released ? ` (released ${released})` : ''}`;
}
