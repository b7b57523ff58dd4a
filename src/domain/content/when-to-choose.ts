import type { FrameworkId } from '../frameworks';
import { MILESTONES as M } from './releases';
import type { Source } from './sourced';
import { SOURCES } from './sources';

/** One line of "When to choose" guidance. */
export interface WhenToChooseItem {
  readonly text: string;
  /** True when the line is a heuristic rather than a sourced fact (most are). */
  readonly opinion: boolean;
  /** Where the fact sheet refines the line: what the sources actually say. */
  readonly note?: string;
  /** Backs the note, or the line itself when it is not an opinion. */
  readonly sources?: readonly Source[];
}

/** The common "When to choose" lists, kept as guidance and refined where the fact sheet does. */
export const WHEN_TO_CHOOSE: Readonly<Record<FrameworkId, readonly WhenToChooseItem[]>> = {
  django: [
    { text: 'Full-featured web applications with an admin interface', opinion: true },
    {
      text: 'Rapid prototyping with built-in tools',
      opinion: true,
      note: 'The tools are real: ORM, migrations, admin, auth, forms and templates all ship with Django.',
      sources: [SOURCES.djangoOverview],
    },
    { text: 'Teams that prefer convention over configuration', opinion: true },
    {
      text: 'Projects needing auth, an ORM and templating out of the box',
      opinion: true,
      note: 'That Django ships all three is a fact; that it suits such projects best is our assessment.',
      sources: [SOURCES.djangoAuth, SOURCES.djangoQuerysets, SOURCES.djangoTemplates],
    },
  ],
  flask: [
    {
      text: 'Small to medium APIs',
      opinion: true,
      note: '"Micro" means a small core, not small apps: Flask bundles Jinja2 templating and is used for server-rendered sites too.',
      sources: [SOURCES.flaskDesign],
    },
    {
      text: 'Developers wanting full control over the architecture',
      opinion: true,
      note: 'By design the core leaves the database layer and forms to extensions you choose.',
      sources: [SOURCES.flaskDesign],
    },
    { text: 'Learning web development basics', opinion: true },
    { text: 'Lightweight services where batteries-included is overkill', opinion: true },
  ],
  fastapi: [
    { text: 'REST APIs and microservices', opinion: true },
    {
      text: 'High-performance async backends',
      opinion: true,
      note: 'Async is native (ASGI). Speed rankings are relative and rest on micro-benchmarks of old versions: measure your own workload.',
      sources: [SOURCES.fastapiAsync, SOURCES.techEmpowerR23],
    },
    {
      text: 'New projects prioritising modern tooling',
      opinion: true,
      note: `FastAPI is still 0.x with no long-term support line, and minor releases have removed Pydantic v1 and Python ${M.python38.version} and ${M.python39.version} support.`,
      sources: [SOURCES.fastapiReleaseNotes, SOURCES.fastapiPyproject],
    },
    {
      text: 'Teams already using type hints and Pydantic',
      opinion: true,
      note: `FastAPI requires Pydantic v2; v1 support was dropped in ${M.fastapiDropPydanticV1.version} (December 2025).`,
      sources: [SOURCES.fastapiReleaseNotes, SOURCES.fastapiPyproject],
    },
  ],
} as const satisfies Record<FrameworkId, readonly WhenToChooseItem[]>;
