import type { Source } from './content/sourced';
import type { FrameworkId } from './frameworks';
import type { Importance, QuestionId } from './questions';

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
  readonly ratings: Readonly<Partial<Record<FrameworkId, Rating>>>;
  readonly justification: Readonly<Partial<Record<FrameworkId, string>>>;
  /** Where each framework's rating and justification come from (empty for team criteria). */
  readonly sources: Readonly<Partial<Record<FrameworkId, readonly Source[]>>>;
}

/** Weight added to criteria, by criterion id. */
export type CriterionWeights = Readonly<Record<string, number>>;

/** A question a model asks, with the answer values it knows (the wording is the wizard's). */
export interface ModelQuestion {
  readonly id: QuestionId;
  /** `importance` questions share the four levels and can make their criteria a must-have. */
  readonly type: 'choice' | 'importance';
  readonly values: readonly string[];
}

/** What a model asks and ranks, without its ratings: all that reading a link needs. */
export interface ModelDeclaration {
  readonly id: string;
  /** The day it was released, `YYYY-MM-DD` (the id names the model, not its date). */
  readonly released: string;
  /** The frameworks it ranks; every criterion rates each of them. */
  readonly frameworks: readonly FrameworkId[];
  /** The questions it asks, in wizard order, each with the values it knows. */
  readonly questions: readonly ModelQuestion[];
}

/**
 * A scoring model: the questions it asks, the frameworks it ranks, ratings, answer weights and
 * rules, all in one self-contained object. A released model never changes (a test pins a digest
 * of each one): a change to any part ships as a new id so that old share links keep their result,
 * and a correction to a released text goes into the dated errata. Rules a later model introduced
 * are optional here, and the engine's defaults are what older models always did.
 */
export interface ScoringModel extends ModelDeclaration {
  readonly criteria: readonly Criterion[];
  /** Weight each answer of a choice question adds; a question or value absent adds nothing. */
  readonly choiceWeights: Readonly<
    Partial<Record<QuestionId, Readonly<Partial<Record<string, CriterionWeights>>>>>
  >;
  /** Criteria an importance question weights, each by the answer's level. */
  readonly importanceCriteria: Readonly<Partial<Record<QuestionId, readonly string[]>>>;
  readonly importanceLevels: Readonly<Record<Importance, number>>;
  /** A framework rated below this on a must-have criterion fails it. */
  readonly mustHaveMinRating: Rating;
  /** The top two are a close call when their scores differ by less than this many points. */
  readonly closeCallPoints: number;
  /** How the project kind's bundle of weights meets the other answers; absent: they add up. */
  readonly bundle?: BundleRules;
  readonly tieBreak: TieBreakRules;
}

/**
 * The project kind's answer adds a bundle of weights. Under `replace` (2027-01), an answered
 * question replaces the bundle's weight on every criterion that question weights, so "doesn't
 * matter" means zero; a "no preference" answer replaces nothing.
 */
export interface BundleRules {
  /** The question whose answer is a bundle; `kind` when absent. */
  readonly question?: QuestionId;
  readonly meetsAnswers: 'add' | 'replace';
  /**
   * Criteria an answered question replaces the bundle on besides those it weights: the docs
   * question is about typed validation too, though only the docs criterion takes its weight.
   */
  readonly alsoReplaces?: Readonly<Partial<Record<QuestionId, readonly string[]>>>;
  /** Answer values that replace nothing; `['any']` when absent. */
  readonly noPreference?: readonly string[];
}

/**
 * How frameworks with the same must-have failures and the same exact score are ordered, in turn:
 * the framework an answer names (`byAnswers`, in order), then the one rated higher on the heaviest
 * weighted criterion where they differ (`byHeaviestDifference`), then the fixed `order`.
 */
export interface TieBreakRules {
  readonly byAnswers?: readonly {
    readonly question: QuestionId;
    readonly favours: Readonly<Record<string, FrameworkId>>;
  }[];
  readonly byHeaviestDifference?: boolean;
  readonly order: readonly FrameworkId[];
  /** What the fixed order stands for, as people read it ("the smaller core first"). */
  readonly orderName?: string;
}
