/**
 * The words at the top of a result: the headline (the page's h1), the lede under it, and the
 * close-call or tie note. A tie is shown as a tie ("Flask and FastAPI fit equally well"), with
 * what separates the tied frameworks and why one is listed first. Pure: a ScoringResult in, text out.
 */
import { namesOf, tieDeciderPhrase } from './explain';
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import type { Criterion } from './model-types';
import { winnerOf, type ScoringResult } from './scoring';
import { closeCallGap } from './what-if-text';

/** True when two or more frameworks share first place: same must-haves, same exact score. */
export function isTie(result: ScoringResult): boolean {
  return result.tiedForFirst.length > 1 && !result.generalView;
}

/** The page's main heading: names the recommendation, or the tied frameworks. */
export function resultHeadline(result: ScoringResult): string {
  const name = FRAMEWORK_NAMES[winnerOf(result).id];
  if (result.generalView) return `${name}, in a general view`;
  if (isTie(result)) {
    const names = namesOf(result.tiedForFirst);
    return result.winnerMeetsMustHaves
      ? `${names} fit equally well`
      : `${names} come equally close`;
  }
  if (!result.winnerMeetsMustHaves) return `${name} comes closest`;
  return `${name} is the best fit`;
}

/** The sentence under the headline. */
export function resultLede(result: ScoringResult): string {
  const winner = winnerOf(result);
  const name = FRAMEWORK_NAMES[winner.id];
  if (result.generalView)
    return 'You have not stated any priorities yet, so every framework criterion counts the same. Answer a few questions to make this yours.';
  if (isTie(result)) {
    const names = namesOf(result.tiedForFirst);
    const all = result.tiedForFirst.length > 2 ? 'all' : 'both';
    return result.winnerMeetsMustHaves
      ? `${names} ${all} score ${winner.score} of 100 on what you told us matters.`
      : `No framework meets all your must-haves. ${names} fail the fewest and ${all} score ${winner.score} of 100.`;
  }
  return result.winnerMeetsMustHaves
    ? `${name} scores ${winner.score} of 100 on what you told us matters.`
    : `No framework meets all your must-haves. ${name} fails the fewest and scores ${winner.score} of 100.`;
}

/** One weighted criterion on which the tied frameworks are rated differently. */
export interface TieSeparator {
  readonly criterion: Criterion;
  readonly weight: number;
  /** The tied frameworks rated highest on it. */
  readonly leaders: readonly FrameworkId[];
  readonly ratings: Readonly<Partial<Record<FrameworkId, number>>>;
}

export interface TieExplanation {
  /** "Flask and FastAPI fit equally well." */
  readonly headline: string;
  /** "Here is what separates them:", or that nothing weighted does. */
  readonly separatorsIntro: string;
  /** Where they differ, heaviest weight first: what each one is better at. */
  readonly separators: readonly TieSeparator[];
  /** Why the first is listed first, e.g. "Flask is listed first: the code your project joins breaks the tie." */
  readonly listedFirst: string;
}

/**
 * For a tie, what separates the tied frameworks (the weighted criteria where their ratings
 * differ, heaviest first, at most `limit`) and why one is listed first. Undefined when nothing ties.
 */
export function tieExplanation(result: ScoringResult, limit = 4): TieExplanation | undefined {
  if (!isTie(result)) return undefined;
  const tied = result.tiedForFirst;
  const winner = winnerOf(result);
  const separators = winner.contributions
    .map(({ criterion, weight }) => {
      const ratings = Object.fromEntries(tied.map((id) => [id, criterion.ratings[id]]));
      const best = Math.max(...tied.map((id) => criterion.ratings[id]));
      const leaders = tied.filter((id) => criterion.ratings[id] === best);
      return { criterion, weight, leaders, ratings };
    })
    .filter((separator) => separator.leaders.length < tied.length)
    .slice(0, limit);
  const first = FRAMEWORK_NAMES[winner.id];
  return {
    headline: `${resultHeadline(result)}.`,
    separatorsIntro:
      separators.length > 0
        ? 'Here is what separates them:'
        : 'None of the criteria you weighted separates them; the feature cards below show where they differ.',
    separators,
    listedFirst: `${first} is listed first: ${tieDeciderPhrase(result.tieDecider)} breaks the tie.`,
  };
}

/** "FastAPI is better on Async I/O and concurrency (3 against 1)." for one separator. */
export function separatorSentence(separator: TieSeparator): string {
  const leaders = namesOf(separator.leaders);
  const scores = Object.values(separator.ratings)
    .sort((a = 0, b = 0) => b - a)
    .join(' against ');
  const verb = separator.leaders.length === 1 ? 'is' : 'are';
  return `${leaders} ${verb} rated higher on ${separator.criterion.label} (${scores}).`;
}

/**
 * The note under the lede when the top two are close but not tied: "A close call." and a
 * sentence; undefined otherwise (a tie has its own explanation).
 */
export function closeCallNote(
  result: ScoringResult,
): { readonly title: string; readonly text: string } | undefined {
  const [winner, runnerUp] = result.ranking;
  if (!result.closeCall || !winner || !runnerUp || isTie(result)) return undefined;
  return {
    title: 'A close call.',
    text: `${FRAMEWORK_NAMES[winner.id]} (${winner.score}) and ${FRAMEWORK_NAMES[runnerUp.id]} (${runnerUp.score}) are ${closeCallGap(winner, runnerUp, result)}: both are reasonable choices; “How close is it?” below says what would tip it.`,
  };
}
