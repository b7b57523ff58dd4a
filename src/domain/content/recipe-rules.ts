import type { AnswerValue, Importance } from '../questions';

/**
 * What each answer means for a stack recipe, one table per question the recipe reads. Each table
 * is keyed by every value of its question (`satisfies Record<AnswerValue<…>, …>`), so a value a
 * new scoring model adds is a compile error here until its row says what it means for the
 * recipe: no answer can fall through to a default. stack-recipe.ts reads only these traits,
 * never the answer values themselves, and the recipe variants `verify:recipes` runs are derived
 * from these tables (recipe-variants.ts).
 */

/** What a project kind asks of the starter. */
export interface KindTraits {
  /** JSON endpoints are the product: no server-rendered page, an API layer for Django. */
  readonly jsonOnly: boolean;
  /** Most requests wait on something slow (a model, a socket): async views from the start. */
  readonly async: boolean;
  /** Someone learning: lead with the smallest app that runs, then the full stack. */
  readonly learning: boolean;
  /** Browsers hold WebSocket connections open: say what the starter leaves out. */
  readonly websockets: boolean;
}

export const KIND_TRAITS = {
  webapp: { jsonOnly: false, async: false, learning: false, websockets: false },
  // A few pages and a form, nobody signs in: pages, as a web app has them.
  site: { jsonOnly: false, async: false, learning: false, websockets: false },
  api: { jsonOnly: true, async: false, learning: false, websockets: false },
  micro: { jsonOnly: true, async: false, learning: false, websockets: false },
  ml: { jsonOnly: true, async: true, learning: false, websockets: false },
  learn: { jsonOnly: false, async: false, learning: true, websockets: false },
  // A few pages for colleagues: forms and tables, so pages (and FastAPI's JSON-only note).
  dashboard: { jsonOnly: false, async: false, learning: false, websockets: false },
  realtime: { jsonOnly: false, async: true, learning: false, websockets: true },
} as const satisfies Record<AnswerValue<'kind'>, KindTraits>;

/** How strongly an importance answer asks for its feature. */
export interface ImportanceTraits {
  /** Nice to have or more: worth a package (an admin, API docs). */
  readonly wanted: boolean;
  /** Important or a must: worth changing how the app runs (async views). */
  readonly strong: boolean;
}

export const IMPORTANCE_TRAITS = {
  no: { wanted: false, strong: false },
  nice: { wanted: true, strong: false },
  important: { wanted: true, strong: true },
  must: { wanted: true, strong: true },
} as const satisfies Record<Importance, ImportanceTraits>;

/** The database layer asked for. */
export interface OrmTraits {
  /** A relational database at all (Flask and FastAPI add SQLAlchemy for it). */
  readonly relational: boolean;
  /** The ORM named, when one is; Django keeps its own whatever is named. */
  readonly named?: 'django' | 'sqlalchemy';
}

export const ORM_TRAITS = {
  django: { relational: true, named: 'django' },
  sqlalchemy: { relational: true, named: 'sqlalchemy' },
  none: { relational: false },
  any: { relational: true },
} as const satisfies Record<AnswerValue<'orm'>, OrmTraits>;

/** What the team's background asks of the starter. */
export interface TeamTraits {
  readonly learning: boolean;
  /** Writes typed Python with Pydantic: django-ninja over DRF for a Django API. */
  readonly typed: boolean;
}

export const TEAM_TRAITS = {
  new: { learning: true, typed: false },
  typed: { learning: false, typed: true },
  django: { learning: false, typed: false },
  flask: { learning: false, typed: false },
  any: { learning: false, typed: false },
} as const satisfies Record<AnswerValue<'team'>, TeamTraits>;

/**
 * The questions a recipe reads, each with its table. Questions not named here (perf, style,
 * codebase) change the recommendation, not the recipe.
 */
export const RECIPE_RULES = {
  kind: KIND_TRAITS,
  async: IMPORTANCE_TRAITS,
  admin: IMPORTANCE_TRAITS,
  orm: ORM_TRAITS,
  docs: IMPORTANCE_TRAITS,
  team: TEAM_TRAITS,
} as const;

export type RecipeQuestionId = keyof typeof RECIPE_RULES;
