/**
 * Which pieces a stack recipe needs, decided from what the answers mean (content/recipe-rules)
 * rather than from their literal values, so every answer value, including one a newer model
 * adds, is covered by its row in those tables.
 */
import {
  IMPORTANCE_TRAITS,
  KIND_TRAITS,
  ORM_TRAITS,
  TEAM_TRAITS,
  type ImportanceTraits,
  type KindTraits,
  type OrmTraits,
} from './content/recipe-rules';
import type { FrameworkId } from './frameworks';
import type { Answers, Importance } from './questions';

export interface RecipeChoices {
  readonly framework: FrameworkId;
  /** Django keeps its own ORM; Flask and FastAPI use SQLAlchemy unless there is no database. */
  readonly database: 'django-orm' | 'sqlalchemy' | 'none';
  readonly admin: boolean;
  readonly api: 'ninja' | 'drf' | 'apiflask' | 'fastapi' | 'none';
  /** Async views (Django under ASGI, Flask's async extra); FastAPI is async either way. */
  readonly async: boolean;
  /** A server-rendered page besides the JSON endpoints. */
  readonly pages: boolean;
}

/** What the answers mean for a recipe; an unanswered question has no traits. */
export interface AnswerTraits {
  readonly kind?: KindTraits;
  readonly orm?: OrmTraits;
  readonly async: ImportanceTraits;
  readonly admin: ImportanceTraits;
  readonly docs: ImportanceTraits;
  readonly learning: boolean;
  readonly typed: boolean;
}

const UNANSWERED = IMPORTANCE_TRAITS.no;

function importance(value: Importance | undefined): ImportanceTraits {
  return value === undefined ? UNANSWERED : IMPORTANCE_TRAITS[value];
}

/** Looks each answer up in its table (content/recipe-rules). */
export function answerTraits(answers: Answers): AnswerTraits {
  const kind = answers.kind === undefined ? undefined : KIND_TRAITS[answers.kind];
  const team = answers.team === undefined ? undefined : TEAM_TRAITS[answers.team];
  return {
    ...(kind && { kind }),
    ...(answers.orm !== undefined && { orm: ORM_TRAITS[answers.orm] }),
    async: importance(answers.async),
    admin: importance(answers.admin),
    docs: importance(answers.docs),
    learning: Boolean(kind?.learning || team?.learning),
    typed: Boolean(team?.typed),
  };
}

/** Decides which pieces the answers call for. */
export function recipeChoices(answers: Answers, framework: FrameworkId): RecipeChoices {
  const traits = answerTraits(answers);
  const jsonOnly = traits.kind?.jsonOnly ?? false;
  const wantsAsync = traits.async.strong || (traits.kind?.async ?? false);
  const wantsDocs = traits.docs.wanted;
  const pages = framework !== 'fastapi' && !jsonOnly;
  switch (framework) {
    case 'django':
      return {
        framework,
        database: 'django-orm',
        // Django's admin is built in and part of every new project.
        admin: true,
        // django-ninja for docs from type hints, typed teams and async endpoints; else DRF.
        api:
          wantsDocs || (jsonOnly && (traits.typed || wantsAsync))
            ? 'ninja'
            : jsonOnly
              ? 'drf'
              : 'none',
        async: wantsAsync,
        pages,
      };
    case 'flask':
    case 'fastapi': {
      const database = (traits.orm?.relational ?? true) ? 'sqlalchemy' : 'none';
      return {
        framework,
        database,
        admin: traits.admin.wanted && database !== 'none',
        api: framework === 'fastapi' ? 'fastapi' : wantsDocs ? 'apiflask' : 'none',
        async: framework === 'fastapi' || wantsAsync,
        pages,
      };
    }
  }
}
