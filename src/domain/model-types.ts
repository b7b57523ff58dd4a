import type { Source } from './content/sourced';
import type { FrameworkId } from './frameworks';
import type {
  ChoiceQuestionId,
  ImportanceQuestionId,
  AnswerValue,
  Importance,
  QuestionId,
} from './questions';

/** 0 = poor fit or unsupported, 1 = third-party or extra work, 2 = good, 3 = excellent or built in. */
export type Rating = 0 | 1 | 2 | 3;

/**
 * `framework`: a property of the framework, rated from sources.
 * `answer` and `team`: only ever weighted by an answer (never in the general view).
 */
export type CriterionKind = 'framework' | 'answer' | 'team';

export interface Criterion {
  readonly id: string;
  readonly kind: CriterionKind;
  /** A short name for charts, tables and the decision record. */
  readonly label: string;
  readonly question: string;
  readonly whyItMatters: string;
  readonly ratings: Readonly<Record<FrameworkId, Rating>>;
  readonly justification: Readonly<Record<FrameworkId, string>>;
  /** Where each framework's rating and justification come from (empty for team criteria). */
  readonly sources: Readonly<Record<FrameworkId, readonly Source[]>>;
}

/** Weight added to criteria, by criterion id. */
export type CriterionWeights = Readonly<Record<string, number>>;

/**
 * A scoring model: ratings, answer weights and rules together. A released model never changes;
 * a change to any part ships as a new id so that old share links keep their result.
 */
export interface ScoringModel {
  readonly id: string;
  /** Human-readable release, e.g. "November 2026". */
  readonly releasedLabel: string;
  readonly criteria: readonly Criterion[];
  /**
   * Weight each answer of a choice question adds. An answer that is absent adds nothing; a
   * question the model does not ask (`questionsOfModel`) has an empty table.
   */
  readonly choiceWeights: {
    readonly [Q in ChoiceQuestionId]: Partial<Record<AnswerValue<Q>, CriterionWeights>>;
  };
  /** Criteria an importance question weights, each by the answer's level. */
  readonly importanceCriteria: Readonly<Record<ImportanceQuestionId, readonly string[]>>;
  readonly importanceLevels: Readonly<Record<Importance, number>>;
  /** A framework rated below this on a must-have criterion fails it. */
  readonly mustHaveMinRating: Rating;
  /** The top two are a close call when their scores differ by less than this many points. */
  readonly closeCallPoints: number;
  /**
   * How the project kind's bundle meets the other answers. `add`: bundle and answers add up
   * (2026-11). `replace`: an answered question replaces the bundle's weight on every criterion
   * that question weights, so "doesn't matter" means zero (2027-01).
   */
  readonly kindBundle: 'add' | 'replace';
  /**
   * Criteria an answered question replaces the bundle on besides those it weights: the docs
   * question is about typed validation too, though only the docs criterion takes its weight.
   */
  readonly alsoReplaces?: Partial<Record<QuestionId, readonly string[]>>;
  readonly tieBreak: TieBreakRules;
}

/**
 * How frameworks with the same must-have failures and the same exact score are ordered, in turn:
 * the framework an answer names (`byAnswers`, in order), then the one rated higher on the heaviest
 * weighted criterion where they differ (`byHeaviestDifference`), then the fixed `order`.
 */
export interface TieBreakRules {
  readonly byAnswers: readonly {
    readonly question: QuestionId;
    readonly favours: Readonly<Record<string, FrameworkId>>;
  }[];
  readonly byHeaviestDifference: boolean;
  readonly order: readonly FrameworkId[];
}
