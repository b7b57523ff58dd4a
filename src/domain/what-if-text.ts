/**
 * "What would change the answer" in plain language: a sentence per flip from what-if.ts. Pure;
 * the wording is data below, exhaustive over every answer value so a new one cannot fall through.
 */
import { tieDeciderPhrase } from './explain';
import { FRAMEWORK_NAMES } from './frameworks';
import type { ScoringModel } from './model-types';
import {
  questionById,
  type AnswerValue,
  type ChoiceQuestionId,
  type Importance,
  type ImportanceQuestionId,
} from './questions';
import type { FrameworkScore, ScoringResult } from './scoring';
import type { AnswerChange, Flip } from './what-if';

/** What an importance question is about, as the subject of "If … were a must-have". */
const IMPORTANCE_TOPICS = {
  async: 'many concurrent, I/O-bound requests',
  admin: 'a ready-made admin panel',
  perf: 'raw throughput',
  docs: 'API docs and validation from type hints',
} as const satisfies Record<ImportanceQuestionId, string>;

const LEVEL_PHRASES = {
  no: 'did not matter',
  nice: 'were only nice to have',
  important: 'were important',
  must: 'were a must-have',
} as const satisfies Record<Importance, string>;

/** "If …" for each answer of each choice question. */
const CHOICE_PHRASES: { readonly [Q in ChoiceQuestionId]: Record<AnswerValue<Q>, string> } = {
  kind: {
    webapp: 'If your project were a full web app with pages and user accounts',
    site: 'If your project were a small website with pages and forms, no user accounts',
    api: 'If your project were a JSON or REST API',
    micro: 'If your project were a small microservice',
    ml: 'If your project were an API in front of an ML or LLM model',
    learn: 'If your project were something to learn web development with',
    dashboard: 'If your project were a small internal tool or data dashboard',
    realtime: 'If your project were a real-time app with WebSockets',
  },
  codebase: {
    none: 'If your project started with no existing code',
    django: 'If your project joined an existing Django project',
    flask: 'If your project joined an existing Flask app',
    fastapi: 'If your project joined an existing FastAPI service',
    other: 'If your project joined a codebase in another stack',
  },
  orm: {
    django: 'If you wanted Django’s built-in ORM',
    sqlalchemy: 'If you wanted SQLAlchemy',
    none: 'If you needed no relational database',
    any: 'If you had no preference for the database layer',
  },
  style: {
    conventions: 'If you wanted the framework to decide (batteries included)',
    freedom: 'If you wanted to choose every part yourself',
    any: 'If you had no preference between conventions and freedom',
  },
  team: {
    new: 'If your team were new to Python web development',
    typed: 'If your team used type hints and Pydantic',
    django: 'If your team knew Django',
    flask: 'If your team knew Flask',
    any: 'If your team’s background did not matter',
  },
};

function isImportanceQuestion(id: AnswerChange['questionId']): id is ImportanceQuestionId {
  return questionById(id).type === 'importance';
}

/** The condition of a what-if sentence, e.g. "If raw throughput were a must-have". */
export function changePhrase(change: AnswerChange): string {
  const { questionId, value } = change;
  if (value === undefined) return `If you skipped “${questionById(questionId).shortLabel}”`;
  if (isImportanceQuestion(questionId)) {
    return `If ${IMPORTANCE_TOPICS[questionId]} ${LEVEL_PHRASES[value as Importance]}`;
  }
  const phrases: Record<string, string> = CHOICE_PHRASES[questionId];
  return phrases[value] ?? `If you answered “${value}”`;
}

/** "one step" / "3 steps": how far the change moves the answers (docs/scoring-model-2026-11.md section 6). */
export function costLabel(cost: number): string {
  return cost === 1 ? 'one step' : `${cost} steps`;
}

/**
 * "less than 5 points apart", with " before rounding" when the two scores as shown are 5 or more
 * apart (80.6 and 75.8 show as 81 and 76), so the words never contradict the numbers beside them.
 */
export function closeCallGap(
  first: FrameworkScore,
  second: FrameworkScore,
  closeCallPoints: number,
): string {
  const caveat = Math.abs(first.score - second.score) >= closeCallPoints ? ' before rounding' : '';
  return `less than ${closeCallPoints} points apart${caveat}`;
}

/** Why the new winner would come first, in a clause after the colon. */
function reasonClause(result: ScoringResult, model: ScoringModel): string {
  const [first, second] = result.ranking;
  if (!first || !second) return '';
  const meetingAll = result.ranking.filter((entry) => entry.failedMustHaves.length === 0);
  if (result.mustHaves.length > 0 && meetingAll.length === 1 && meetingAll[0]?.id === first.id) {
    return 'it is the only one that meets all your must-haves';
  }
  const rival = FRAMEWORK_NAMES[second.id];
  if (result.closeCall) {
    if (first.exactScore === second.exactScore && result.tieDecider) {
      return `it would tie with ${rival} at ${first.score} and win on ${tieDeciderPhrase(result.tieDecider, model)}: a close call`;
    }
    if (first.score === second.score) {
      return `it would edge ahead of ${rival}, both shown as ${first.score}: a close call`;
    }
    const rounded = Math.abs(first.score - second.score) >= result.closeCallPoints;
    return `it would score ${first.score} to ${rival}’s ${second.score}: a close call${rounded ? `, ${closeCallGap(first, second, result.closeCallPoints)}` : ''}`;
  }
  return `it would score ${first.score} to ${rival}’s ${second.score}`;
}

/**
 * The full sentence for one flip, e.g. "If raw throughput were a must-have, Flask would come
 * first: it is the only one that meets all your must-haves."
 */
export function describeFlip(flip: Flip, model: ScoringModel): string {
  const name = FRAMEWORK_NAMES[flip.framework];
  const verb = flip.result.winnerMeetsMustHaves
    ? 'would come first'
    : 'would come closest (no framework would meet all your must-haves)';
  const reason = flip.result.winnerMeetsMustHaves ? reasonClause(flip.result, model) : '';
  return `${changePhrase(flip.change)}, ${name} ${verb}${reason ? `: ${reason}` : ''}.`;
}
