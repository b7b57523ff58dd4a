/**
 * "What would change the answer" in plain language: a sentence per flip from what-if.ts and a
 * one-line verdict on how robust the recommendation is. Pure; the wording is data below.
 */
import { tieDeciderPhrase } from './explain';
import { FRAMEWORK_NAMES } from './frameworks';
import {
  questionById,
  type AnswerValue,
  type ChoiceQuestionId,
  type Importance,
  type ImportanceQuestionId,
} from './questions';
import { winnerOf, type FrameworkScore, type ScoringResult } from './scoring';
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
  result: ScoringResult,
): string {
  const margin = result.closeCallPoints;
  const caveat = Math.abs(first.score - second.score) >= margin ? ' before rounding' : '';
  return `less than ${margin} points apart${caveat}`;
}

/** Why the new winner would come first, in a clause after the colon. */
function reasonClause(result: ScoringResult): string {
  const [first, second] = result.ranking;
  if (!first || !second) return '';
  const meetingAll = result.ranking.filter((entry) => entry.failedMustHaves.length === 0);
  if (result.mustHaves.length > 0 && meetingAll.length === 1 && meetingAll[0]?.id === first.id) {
    return 'it is the only one that meets all your must-haves';
  }
  const rival = FRAMEWORK_NAMES[second.id];
  if (result.closeCall) {
    if (first.exactScore === second.exactScore) {
      return `it would tie with ${rival} at ${first.score} and win on ${tieDeciderPhrase(result.tieDecider)}: a close call`;
    }
    if (first.score === second.score) {
      return `it would edge ahead of ${rival}, both shown as ${first.score}: a close call`;
    }
    const rounded = Math.abs(first.score - second.score) >= result.closeCallPoints;
    return `it would score ${first.score} to ${rival}’s ${second.score}: a close call${rounded ? `, ${closeCallGap(first, second, result)}` : ''}`;
  }
  return `it would score ${first.score} to ${rival}’s ${second.score}`;
}

/**
 * The full sentence for one flip, e.g. "If raw throughput were a must-have, Flask would come
 * first: it is the only one that meets all your must-haves."
 */
export function describeFlip(flip: Flip): string {
  const name = FRAMEWORK_NAMES[flip.framework];
  const verb = flip.result.winnerMeetsMustHaves
    ? 'would come first'
    : 'would come closest (no framework would meet all your must-haves)';
  const reason = flip.result.winnerMeetsMustHaves ? reasonClause(flip.result) : '';
  return `${changePhrase(flip.change)}, ${name} ${verb}${reason ? `: ${reason}` : ''}.`;
}

export type Robustness =
  | { readonly kind: 'robust' }
  | { readonly kind: 'close-call'; readonly first: FrameworkScore; readonly second: FrameworkScore }
  | { readonly kind: 'changeable'; readonly cheapest: number };

/**
 * How sure to be: robust when no single change gives another winner; a close call when the model
 * says so (docs/scoring-model-2026-11.md section 5), whatever the flips; otherwise how cheap the cheapest flip is.
 */
export function robustnessOf(result: ScoringResult, flips: readonly Flip[]): Robustness {
  const [first, second] = result.ranking;
  if (result.closeCall && first && second) return { kind: 'close-call', first, second };
  if (flips.length === 0) return { kind: 'robust' };
  return { kind: 'changeable', cheapest: Math.min(...flips.map((flip) => flip.change.cost)) };
}

/** The verdict as one or two plain sentences. */
export function robustnessSentence(result: ScoringResult, flips: readonly Flip[]): string {
  const robustness = robustnessOf(result, flips);
  const winner = FRAMEWORK_NAMES[winnerOf(result).id];
  switch (robustness.kind) {
    case 'robust':
      return `No single change to your answers would put another framework first: the recommendation of ${winner} is robust.`;
    case 'close-call': {
      const a = FRAMEWORK_NAMES[robustness.first.id];
      const b = FRAMEWORK_NAMES[robustness.second.id];
      const scores =
        robustness.first.score === robustness.second.score
          ? `both score ${robustness.first.score}`
          : `${robustness.first.score} and ${robustness.second.score}`;
      const robust =
        flips.length === 0
          ? ' Even so, no single change to your answers would put another framework first.'
          : '';
      const gap = closeCallGap(robustness.first, robustness.second, result);
      return `This is a close call: ${a} and ${b} are ${gap} (${scores}). Either is a reasonable choice; weigh the reasons with your team.${robust}`;
    }
    case 'changeable':
      return robustness.cheapest === 1
        ? `${winner} leads, but a change of one step in your answers would put another framework first.`
        : `${winner} leads; it takes a change of at least ${robustness.cheapest} steps in one answer to put another framework first.`;
  }
}
