/**
 * One explained result: everything any surface says about a result, built once from the answers,
 * the model and the day. The result page (full and embedded), print, the decision record, the team
 * page, the embed's `result` message, the edge render and its link preview all render this report,
 * so a tie, a closeness statement, a weight or a count reads the same wherever it appears.
 * Components only lay it out. Pure: the same input always gives the same report.
 */
import { MEASURED_CRITERION, measuredSentence } from './content/bench-measured';
import { DATA_DATE_LABEL } from './content/data-date';
import type { Source } from './content/sourced';
import { formatDay } from './dates';
import {
  namesOf,
  reasonsAgainst,
  relaxationsFor,
  tieDeciderPhrase,
  winningEdge,
  type Reason,
} from './explain';
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import { andList, counted } from './lists';
import { bundleQuestion, justificationOf, ratingOf } from './model-rules';
import type { Criterion, ScoringModel } from './model-types';
import { uniqueSources } from './criterion-sources';
import { ERRATA, type Erratum } from './models/errata';
import {
  answerOption,
  questionById,
  type AnswerValue,
  type Answers,
  type QuestionId,
} from './questions';
import { scoreBreakdown, type ScoreBreakdown } from './score-breakdown';
import {
  scoreAnswers,
  winnerOf,
  type FrameworkScore,
  type ScoringResult,
  type TieDecider,
  type WeightSource,
} from './scoring';
import { NOT_RISKS } from './watch-criteria';
import { findWhatIfs, type AnswerChange, type Flip } from './what-if';
import { closeCallGap, costLabel, describeFlip } from './what-if-text';

export interface ReportInput {
  readonly answers: Answers;
  readonly model: ScoringModel;
  /** The day the report is made, `YYYY-MM-DD`: the decision record's date. */
  readonly today: string;
  /** The published corrections to released models' texts; the shipped list by default. */
  readonly errata?: readonly Erratum[];
}

/** A text a rating rests on, with its sources and any dated correction published since. */
export interface Cited {
  readonly text: string;
  readonly sources: readonly Source[];
  readonly errata: readonly Erratum[];
}

/** One weighted criterion compared between two frameworks. */
export interface ReportReason {
  readonly criterion: Criterion;
  readonly weight: number;
  /** The framework the reason is about, and the one it is compared against. */
  readonly about: FrameworkId;
  readonly rating: number;
  readonly other: FrameworkId;
  readonly otherRating: number;
  /** "FastAPI 3/3, Flask 1/3". */
  readonly ratings: string;
  /** Why `about` is rated so: its justification, sources and errata. */
  readonly basis: Cited;
  /** The answers that weighted the criterion. */
  readonly because: readonly WeightSource[];
  /**
   * Set when the only weight comes from the project type, not from a priority the person gave:
   * "because you are learning web development".
   */
  readonly fromProjectType: string | undefined;
  /** What this project measured for `about`, when the criterion is the one it measures. */
  readonly measured: string | undefined;
}

export interface RankedFramework {
  readonly id: FrameworkId;
  readonly name: string;
  /** The shown score, 0-100. */
  readonly score: number;
  readonly exactScore: number;
  /** Σ weight × rating, out of `weights.maxPoints`. */
  readonly points: number;
  readonly meetsMustHaves: boolean;
  readonly failedMustHaves: readonly { readonly criterion: Criterion; readonly rating: number }[];
  /** "Meets every must-have", "Fails a must-have: Admin panel"; undefined when none was stated. */
  readonly mustHaveStatus: string | undefined;
  /** Every weighted criterion for this framework, heaviest first, with what its rating rests on. */
  readonly contributions: readonly {
    readonly criterion: Criterion;
    readonly weight: number;
    readonly rating: number;
    readonly points: number;
    readonly basis: Cited;
  }[];
}

export type VerdictKind = 'general' | 'tie' | 'fit' | 'closest';

export interface Verdict {
  readonly kind: VerdictKind;
  readonly winner: FrameworkId;
  /** The page's h1: "FastAPI is the best fit", "Flask and FastAPI fit equally well". */
  readonly headline: string;
  /** The sentence under it. */
  readonly lede: string;
  /** What counts against the winner most, in one sentence; undefined when nothing weighted does. */
  readonly caveat: string | undefined;
}

export interface TieSeparator {
  readonly criterion: Criterion;
  readonly weight: number;
  /** The tied frameworks rated highest on it. */
  readonly leaders: readonly FrameworkId[];
  /** "FastAPI is rated higher on Async I/O and concurrency (3 against 1)." */
  readonly sentence: string;
}

/** Two or more frameworks share first place: same must-haves, same exact score. */
export interface TieReport {
  readonly frameworks: readonly FrameworkId[];
  /** The rule that actually listed the first one first, from the model's tie rules. */
  readonly rule: TieDecider;
  /** "the smaller core first (Flask, FastAPI, Django)". */
  readonly rulePhrase: string;
  /** "Flask is listed first: the smaller core first (Flask, FastAPI, Django) breaks the tie." */
  readonly sentence: string;
  /** "Here is what separates them:", or that nothing weighted does. */
  readonly separatorsIntro: string;
  readonly separators: readonly TieSeparator[];
}

export interface WeightRow {
  readonly criterion: Criterion;
  readonly weight: number;
  /** 3 × weight. */
  readonly maxPoints: number;
  readonly mustHave: boolean;
  /** The answers that gave it its weight (empty in the general view). */
  readonly because: readonly WeightSource[];
}

/**
 * An answer that carries weight, with the weights it actually adds after the model's rules; a
 * report lists them heaviest first.
 */
export interface Driver {
  readonly questionId: QuestionId;
  /** The question's short label, e.g. "Admin panel". */
  readonly question: string;
  /** The answer's label, e.g. "Must have". */
  readonly answer: string;
  readonly mustHave: boolean;
  /** True for the project type, whose bundle of weights the person did not give one by one. */
  readonly projectType: boolean;
  /** The weights it adds, heaviest first. */
  readonly criteria: readonly { readonly criterion: Criterion; readonly weight: number }[];
}

export interface OtherFramework {
  readonly id: FrameworkId;
  readonly name: string;
  /** "It fails a must-have: Admin panel."; undefined when it meets them all. */
  readonly mustHaves: string | undefined;
  /** Where it trails the winner most, biggest gap first. */
  readonly behind: readonly ReportReason[];
  /** Where it leads the winner, biggest gap first: what it would have brought. */
  readonly ahead: readonly ReportReason[];
  /** Set when it is rated like the winner on everything weighted: why the winner still comes first. */
  readonly level: string | undefined;
}

export type ClosenessKind = 'robust' | 'close-call' | 'changeable';

/**
 * How sure to be, by one definition: a close call when the model says so (the top two meet the
 * same must-haves and are less than its margin apart); otherwise robust when no single change to
 * one answer puts another framework first, or changeable in `cheapestSteps` steps.
 */
export interface Closeness {
  readonly kind: ClosenessKind;
  /** "A close call.", "Robust." or nothing. */
  readonly title: string | undefined;
  readonly sentence: string;
  /** The smallest single change, in steps, that puts another framework first; undefined when none does. */
  readonly cheapestSteps: number | undefined;
}

export interface FlipItem {
  readonly framework: FrameworkId;
  readonly change: AnswerChange;
  /** "one step", "3 steps". */
  readonly cost: string;
  readonly sentence: string;
  /** The answers after the change, for a link to that result (with this report's model). */
  readonly answers: Answers;
}

export interface MustHaveFailure {
  readonly id: FrameworkId;
  readonly name: string;
  readonly failed: readonly {
    readonly criterion: Criterion;
    readonly rating: number;
    readonly basis: Cited;
  }[];
  /** One answer change per question that would lower the must-have to important. */
  readonly relaxations: readonly {
    readonly questionId: QuestionId;
    /** "Relax “Admin panel” to important". */
    readonly label: string;
    readonly answers: Answers;
  }[];
}

/** A risk the winner's ratings carry, though the answers gave it no weight. */
export interface WatchItem {
  readonly criterion: Criterion;
  readonly rating: number;
  readonly basis: Cited;
  /**
   * True when no answer to the model's questions can weight it (long-term support, ecosystem,
   * security defaults): a risk whatever the project. Such items come first.
   */
  readonly always: boolean;
}

export interface ResultReport {
  readonly model: {
    readonly id: string;
    /** "1 December 2026". */
    readonly released: string;
    /** "scoring model 2027-01, released 1 December 2026". */
    readonly line: string;
  };
  /** `YYYY-MM-DD`, and as read: "7 December 2026". */
  readonly today: string;
  readonly todayLabel: string;
  /** The date the facts and versions are as of. */
  readonly dataAsOf: string;
  /** The answers the model knows (the only ones scored). */
  readonly answers: Answers;
  readonly result: ScoringResult;
  readonly winner: FrameworkId;
  /** Second in the ranking: every reason for and against the winner is read against it. */
  readonly runnerUp: FrameworkId;
  readonly verdict: Verdict;
  readonly ranking: readonly RankedFramework[];
  readonly tie: TieReport | undefined;
  /** Why the winner is first, as a clause, for the page ("your") and the record ("our"). */
  readonly edge: { readonly yours: string; readonly ours: string };
  readonly weights: {
    readonly generalView: boolean;
    readonly rows: readonly WeightRow[];
    /** Σ 3 × weight: the points a framework rated 3 on every row would get. */
    readonly maxPoints: number;
  };
  readonly breakdown: ScoreBreakdown;
  readonly drivers: readonly Driver[];
  readonly reasons: {
    readonly for: readonly ReportReason[];
    readonly against: readonly ReportReason[];
    /**
     * Said when there is no reason for, before the edge clause that says how it still came first
     * ("FastAPI is not rated above Flask on anything the answers weighted").
     */
    readonly noneFor: string;
    /** Said when there is no reason against. */
    readonly noneAgainst: string;
  };
  readonly others: readonly OtherFramework[];
  readonly closeness: Closeness;
  /** The note under the lede when the top two are close but not tied. */
  readonly closeCallNote: string | undefined;
  readonly whatIf: {
    readonly priorities: readonly FlipItem[];
    readonly project: readonly FlipItem[];
  };
  readonly mustHaves: {
    readonly stated: readonly Criterion[];
    readonly failures: readonly MustHaveFailure[];
  };
  /**
   * The winner's weak spots its answers did not weigh (rated below the model's must-have line),
   * risks whatever the project first; weighted weak spots are reasons against instead.
   */
  readonly watch: readonly WatchItem[];
  readonly watchIntro: string;
  /**
   * What this project measured for the winner, workload by workload, when the answers weigh the
   * criterion the measurements are about (raw throughput); the record cites it with the page.
   */
  readonly measured: string | undefined;
  readonly counts: {
    readonly questions: number;
    readonly answered: number;
    readonly criteria: number;
    readonly weightedCriteria: number;
    readonly frameworks: number;
  };
}

/** How many reasons for and against the winner a report lists, and how many per other framework. */
const REASONS_SHOWN = 3;
const GAPS_SHOWN = 2;
/** How many criteria a tie note lists as separating the tied frameworks. */
const SEPARATORS_SHOWN = 4;

/** What the project type's bundle stands for, as the reason a criterion counts. */
const PROJECT_TYPE_REASONS: Record<AnswerValue<'kind'>, string> = {
  webapp: 'because you are building a full web app with pages and user accounts',
  site: 'because you are building a small website with pages and forms',
  api: 'because you are building a JSON or REST API',
  micro: 'because you are building a small microservice',
  ml: 'because you are building an API in front of an ML or LLM model',
  learn: 'because you are learning web development',
  dashboard: 'because you are building a small internal tool or dashboard',
  realtime: 'because you are building a real-time app with WebSockets',
};

/** The dated corrections to one text of a model. */
export function errataFor(
  modelId: string,
  criterionId: string,
  framework: FrameworkId | undefined,
  errata: readonly Erratum[] = ERRATA,
): readonly Erratum[] {
  return errata.filter(
    (erratum) =>
      erratum.model === modelId &&
      erratum.criterion === criterionId &&
      erratum.framework === framework,
  );
}

/** A framework's justification on a criterion, with its sources and errata. */
export function basisOf(
  criterion: Criterion,
  about: FrameworkId,
  modelId: string,
  errata: readonly Erratum[] = ERRATA,
): Cited {
  return {
    text: justificationOf(criterion, about),
    // A revised criterion adds its new sources to the ones it had, which may name the same page.
    sources: uniqueSources(criterion.sources[about] ?? []),
    errata: errataFor(modelId, criterion.id, about, errata),
  };
}

function ratingsText(about: FrameworkId, rating: number, other: FrameworkId, otherRating: number) {
  return `${FRAMEWORK_NAMES[about]} ${rating}/3, ${FRAMEWORK_NAMES[other]} ${otherRating}/3`;
}

/** "Meets every must-have" or "Fails 2 must-haves: Admin panel and Async I/O". */
export function mustHaveStatusOf(entry: FrameworkScore): string {
  const failed = entry.failedMustHaves;
  if (failed.length === 0) return 'Meets every must-have';
  const which = failed.length === 1 ? 'a must-have' : counted(failed.length, 'must-have');
  return `Fails ${which}: ${andList(failed.map((criterion) => criterion.label))}`;
}

function headlineOf(result: ScoringResult, tied: boolean): Omit<Verdict, 'caveat'> {
  const winner = winnerOf(result);
  const name = FRAMEWORK_NAMES[winner.id];
  const names = namesOf(result.tiedForFirst);
  const all = result.tiedForFirst.length > 2 ? 'all' : 'both';
  if (result.generalView) {
    return {
      kind: 'general',
      winner: winner.id,
      headline: `${name}, in a general view`,
      lede: 'You have not stated any priorities yet, so every framework criterion counts the same. Answer a few questions to make this yours.',
    };
  }
  if (tied) {
    return result.winnerMeetsMustHaves
      ? {
          kind: 'tie',
          winner: winner.id,
          headline: `${names} fit equally well`,
          lede: `${names} ${all} score ${winner.score} of 100 on what you told us matters.`,
        }
      : {
          kind: 'tie',
          winner: winner.id,
          headline: `${names} come equally close`,
          lede: `No framework meets all your must-haves. ${names} fail the fewest and ${all} score ${winner.score} of 100.`,
        };
  }
  return result.winnerMeetsMustHaves
    ? {
        kind: 'fit',
        winner: winner.id,
        headline: `${name} is the best fit`,
        lede: `${name} scores ${winner.score} of 100 on what you told us matters.`,
      }
    : {
        kind: 'closest',
        winner: winner.id,
        headline: `${name} comes closest`,
        lede: `No framework meets all your must-haves. ${name} fails the fewest and scores ${winner.score} of 100.`,
      };
}

function tieReportOf(result: ScoringResult, model: ScoringModel): TieReport | undefined {
  const tied = result.tiedForFirst;
  if (tied.length < 2 || result.generalView || !result.tieDecider) return undefined;
  const winner = winnerOf(result);
  const separators = winner.contributions
    .map(({ criterion, weight }): TieSeparator => {
      const ratings = tied.map((id) => ratingOf(criterion, id));
      const best = Math.max(...ratings);
      const leaders = tied.filter((id) => ratingOf(criterion, id) === best);
      const scores = [...ratings].sort((a, b) => b - a).join(' against ');
      const verb = leaders.length === 1 ? 'is' : 'are';
      return {
        criterion,
        weight,
        leaders,
        sentence: `${namesOf(leaders)} ${verb} rated higher on ${criterion.label} (${scores}).`,
      };
    })
    .filter((separator) => separator.leaders.length < tied.length)
    .slice(0, SEPARATORS_SHOWN);
  const rulePhrase = tieDeciderPhrase(result.tieDecider, model);
  return {
    frameworks: tied,
    rule: result.tieDecider,
    rulePhrase,
    sentence: `${FRAMEWORK_NAMES[winner.id]} is listed first: ${rulePhrase} breaks the tie.`,
    separatorsIntro:
      separators.length > 0
        ? 'Here is what separates them:'
        : 'None of the criteria you weighted separates them; the feature cards below show where they differ.',
    separators,
  };
}

function edgeClauses(result: ScoringResult, tie: TieReport | undefined) {
  const edge = winningEdge(result);
  const clause = (whose: 'your' | 'our') => {
    switch (edge.kind) {
      case 'score':
        return 'it wins on the total';
      case 'tie':
        return `it ties with ${FRAMEWORK_NAMES[edge.with]} on the total and ${tie?.rulePhrase ?? 'the tie rules'} ${tie ? 'breaks' : 'break'} the tie`;
      case 'must-haves':
        return result.winnerMeetsMustHaves
          ? `it meets all ${whose} must-haves and ${namesOf(edge.over)} ${edge.over.length === 1 ? 'does' : 'do'} not`
          : `it fails fewer of ${whose} must-haves than ${namesOf(edge.over)}`;
    }
  };
  return { yours: clause('your'), ours: clause('our') };
}

function reportReason(
  reason: Reason,
  result: ScoringResult,
  model: ScoringModel,
  answers: Answers,
  basis: (criterion: Criterion, about: FrameworkId) => Cited,
): ReportReason {
  const because = result.weights.get(reason.criterion.id)?.sources ?? [];
  const bundle = bundleQuestion(model);
  const kind = answers.kind;
  const onlyProjectType =
    because.length > 0 && because.every((source) => source.questionId === bundle);
  return {
    criterion: reason.criterion,
    weight: reason.weight,
    about: reason.about,
    rating: reason.rating,
    other: reason.other,
    otherRating: reason.otherRating,
    ratings: ratingsText(reason.about, reason.rating, reason.other, reason.otherRating),
    basis: basis(reason.criterion, reason.about),
    because,
    fromProjectType:
      onlyProjectType && bundle === 'kind' && kind !== undefined
        ? PROJECT_TYPE_REASONS[kind]
        : undefined,
    measured:
      reason.criterion.id === MEASURED_CRITERION ? measuredSentence(reason.about) : undefined,
  };
}

function driversOf(result: ScoringResult, model: ScoringModel, answers: Answers): Driver[] {
  if (result.generalView) return [];
  const criteria = new Map(model.criteria.map((criterion) => [criterion.id, criterion]));
  const bundle = bundleQuestion(model);
  const drivers = model.questions.flatMap((question): Driver[] => {
    const value: string | undefined = answers[question.id];
    if (value === undefined) return [];
    const weights = [...result.weights.values()].flatMap((applied) =>
      applied.sources
        .filter((source) => source.questionId === question.id)
        .flatMap((source) => {
          const criterion = criteria.get(applied.criterionId);
          return criterion ? [{ criterion, weight: source.weight }] : [];
        }),
    );
    if (weights.length === 0) return [];
    return [
      {
        questionId: question.id,
        question: questionById(question.id).shortLabel,
        answer: answerOption(question.id, value)?.label ?? value,
        mustHave: question.type === 'importance' && value === 'must',
        projectType: question.id === bundle,
        criteria: weights.sort((a, b) => b.weight - a.weight),
      },
    ];
  });
  const heaviest = (driver: Driver) => driver.criteria[0]?.weight ?? 0;
  const total = (driver: Driver) => driver.criteria.reduce((sum, c) => sum + c.weight, 0);
  // Heaviest first; Array.prototype.sort is stable, so equal drivers keep question order.
  return drivers.sort((a, b) => heaviest(b) - heaviest(a) || total(b) - total(a));
}

function closenessOf(result: ScoringResult, flips: readonly Flip[]): Closeness {
  const [first, second] = result.ranking;
  const winner = FRAMEWORK_NAMES[winnerOf(result).id];
  const cheapestSteps =
    flips.length === 0 ? undefined : Math.min(...flips.map((flip) => flip.change.cost));
  if (result.closeCall && first && second) {
    const a = FRAMEWORK_NAMES[first.id];
    const b = FRAMEWORK_NAMES[second.id];
    const scores =
      first.score === second.score
        ? `both score ${first.score}`
        : `${first.score} and ${second.score}`;
    const robust =
      cheapestSteps === undefined
        ? ' Even so, no single change to your answers would put another framework first.'
        : '';
    return {
      kind: 'close-call',
      title: 'A close call.',
      sentence: `${a} and ${b} are ${closeCallGap(first, second, result.closeCallPoints)} (${scores}). Either is a reasonable choice; weigh the reasons with your team.${robust}`,
      cheapestSteps,
    };
  }
  if (cheapestSteps === undefined) {
    return {
      kind: 'robust',
      title: 'Robust.',
      sentence: `No single change to your answers would put another framework first: the recommendation of ${winner} is robust.`,
      cheapestSteps,
    };
  }
  return {
    kind: 'changeable',
    title: undefined,
    sentence:
      cheapestSteps === 1
        ? `${winner} leads, but a change of one step in one of your answers would put another framework first.`
        : `${winner} leads; it takes a change of at least ${cheapestSteps} steps in one answer to put another framework first.`,
    cheapestSteps,
  };
}

function flipItems(flips: readonly Flip[], model: ScoringModel): FlipItem[] {
  return flips.map((flip) => ({
    framework: flip.framework,
    change: flip.change,
    cost: costLabel(flip.change.cost),
    sentence: describeFlip(flip, model),
    answers: flip.answers,
  }));
}

/** The criteria some answer to the model's questions can weight. */
function weightableCriteria(model: ScoringModel): Set<string> {
  const ids = new Set<string>();
  for (const table of Object.values(model.choiceWeights)) {
    for (const weights of Object.values(table ?? {})) {
      for (const id of Object.keys(weights ?? {})) ids.add(id);
    }
  }
  for (const list of Object.values(model.importanceCriteria)) {
    for (const id of list ?? []) ids.add(id);
  }
  return ids;
}

/**
 * Builds the one report of a result. `answers` should hold only what `model` knows (the link
 * layer drops the rest and names it); anything else is ignored by the scoring, as here.
 */
export function buildResultReport({
  answers,
  model,
  today,
  errata = ERRATA,
}: ReportInput): ResultReport {
  const basis = (criterion: Criterion, about: FrameworkId) =>
    basisOf(criterion, about, model.id, errata);
  const result = scoreAnswers(answers, model);
  const [winnerScore, runnerUpScore] = result.ranking;
  if (!winnerScore || !runnerUpScore) throw new Error('A ranking has at least two frameworks');
  const winner = winnerScore.id;
  const runnerUp = runnerUpScore.id;
  const name = FRAMEWORK_NAMES[winner];
  const tie = tieReportOf(result, model);
  const mustHaveIds = new Set(result.mustHaves.map((criterion) => criterion.id));
  const reason = (r: Reason) => reportReason(r, result, model, answers, basis);

  const versusRunnerUp = reasonsAgainst(result, winner, runnerUp);
  const reasonsFor = versusRunnerUp.ahead.slice(0, REASONS_SHOWN).map(reason);
  const reasonsAgainstWinner = versusRunnerUp.behind.slice(0, REASONS_SHOWN).map(reason);
  const edge = edgeClauses(result, tie);

  const others = result.ranking.slice(1).map((entry): OtherFramework => {
    const { ahead, behind } = reasonsAgainst(result, entry.id, winner);
    const failed = entry.failedMustHaves;
    const level =
      failed.length === 0 && behind.length === 0
        ? tie?.frameworks.includes(entry.id)
          ? `It is rated as high as ${name} on everything you weighted; ${tie.rulePhrase} breaks the tie.`
          : `It is rated as high as ${name} on everything you weighted, but ${name} scores more on the criteria where they differ.`
        : undefined;
    return {
      id: entry.id,
      name: FRAMEWORK_NAMES[entry.id],
      mustHaves:
        failed.length === 0
          ? undefined
          : `It fails ${failed.length === 1 ? 'a must-have' : counted(failed.length, 'must-have')}: ${andList(failed.map((c) => c.label))}.`,
      behind: behind.slice(0, GAPS_SHOWN).map(reason),
      ahead: ahead.slice(0, GAPS_SHOWN).map(reason),
      level,
    };
  });

  const whatIfs = findWhatIfs(answers, model);
  const closeness = closenessOf(result, [...whatIfs.priorities, ...whatIfs.project]);
  const verdict: Verdict = {
    ...headlineOf(result, tie !== undefined),
    caveat:
      reasonsAgainstWinner.length === 0 || result.generalView
        ? undefined
        : `But ${name} is rated below ${FRAMEWORK_NAMES[runnerUp]} on ${andList(
            reasonsAgainstWinner
              .slice(0, 2)
              .map((r) => `${r.criterion.label} (${r.rating}/3 against ${r.otherRating}/3)`),
          )}, which your answers ask for.`,
  };
  const closeCallNote =
    result.closeCall && !tie
      ? `${name} (${winnerScore.score}) and ${FRAMEWORK_NAMES[runnerUp]} (${runnerUpScore.score}) are ${closeCallGap(winnerScore, runnerUpScore, result.closeCallPoints)}: both are reasonable choices; “How close is it?” below says what would tip it.`
      : undefined;

  const weightable = weightableCriteria(model);
  const watch = model.criteria
    .filter(
      (criterion) =>
        criterion.kind === 'framework' &&
        !NOT_RISKS.has(criterion.id) &&
        ratingOf(criterion, winner) < model.mustHaveMinRating &&
        (result.generalView || !result.weights.has(criterion.id)),
    )
    .map((criterion) => ({
      criterion,
      rating: ratingOf(criterion, winner),
      basis: basis(criterion, winner),
      always: !weightable.has(criterion.id),
    }))
    .sort((a, b) => Number(b.always) - Number(a.always));

  const rows = winnerScore.contributions.map((c) => ({
    criterion: c.criterion,
    weight: c.weight,
    maxPoints: c.maxPoints,
    mustHave: mustHaveIds.has(c.criterion.id),
    because: result.weights.get(c.criterion.id)?.sources ?? [],
  }));

  const released = formatDay(model.released);
  return {
    model: {
      id: model.id,
      released,
      line: `scoring model ${model.id}, released ${released}`,
    },
    today,
    todayLabel: formatDay(today),
    dataAsOf: DATA_DATE_LABEL,
    answers,
    result,
    winner,
    runnerUp,
    verdict,
    ranking: result.ranking.map((entry) => ({
      id: entry.id,
      name: FRAMEWORK_NAMES[entry.id],
      score: entry.score,
      exactScore: entry.exactScore,
      points: entry.points,
      meetsMustHaves: entry.failedMustHaves.length === 0,
      failedMustHaves: entry.failedMustHaves.map((criterion) => ({
        criterion,
        rating: ratingOf(criterion, entry.id),
      })),
      mustHaveStatus: result.mustHaves.length === 0 ? undefined : mustHaveStatusOf(entry),
      contributions: entry.contributions.map((c) => ({
        criterion: c.criterion,
        weight: c.weight,
        rating: c.rating,
        points: c.points,
        basis: basis(c.criterion, entry.id),
      })),
    })),
    tie,
    edge,
    weights: { generalView: result.generalView, rows, maxPoints: result.maxPoints },
    breakdown: scoreBreakdown(result),
    drivers: driversOf(result, model, answers),
    reasons: {
      for: reasonsFor,
      against: reasonsAgainstWinner,
      noneFor: `${name} is not rated above ${FRAMEWORK_NAMES[runnerUp]} on anything the answers weighted`,
      noneAgainst: `${FRAMEWORK_NAMES[runnerUp]} is not rated above ${name} on anything the answers weighted.`,
    },
    others,
    closeness,
    closeCallNote,
    whatIf: {
      priorities: flipItems(whatIfs.priorities, model),
      project: flipItems(whatIfs.project, model),
    },
    mustHaves: {
      stated: result.mustHaves,
      failures: result.ranking
        .filter((entry) => entry.failedMustHaves.length > 0)
        .map((entry) => ({
          id: entry.id,
          name: FRAMEWORK_NAMES[entry.id],
          failed: entry.failedMustHaves.map((criterion) => ({
            criterion,
            rating: ratingOf(criterion, entry.id),
            basis: basis(criterion, entry.id),
          })),
          relaxations: relaxationsFor(entry, answers, model).map((relaxation) => ({
            questionId: relaxation.questionId,
            label: `Relax “${questionById(relaxation.questionId).shortLabel}” to important`,
            answers: relaxation.answers,
          })),
        })),
    },
    watch,
    measured:
      !result.generalView && result.weights.has(MEASURED_CRITERION)
        ? measuredSentence(winner)
        : undefined,
    watchIntro:
      watch.length === 0
        ? `Nothing stands out: on what the answers did not weigh, ${name} is rated at least ${model.mustHaveMinRating} of 3 wherever it matters to most projects.`
        : `Where ${name} is rated below ${model.mustHaveMinRating} of 3 on something the answers did not weigh: worth knowing before you commit. Risks whatever you build come first.`,
    counts: {
      questions: model.questions.length,
      answered: model.questions.filter((question) => answers[question.id] !== undefined).length,
      criteria: model.criteria.length,
      weightedCriteria: result.generalView ? 0 : result.weights.size,
      frameworks: model.frameworks.length,
    },
  };
}
