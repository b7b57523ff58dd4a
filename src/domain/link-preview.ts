/**
 * What a result link says when it is pasted into a chat, a pull request or a wiki: the verdict
 * and the ranking with scores, for the Open Graph and Twitter tags that the edge build writes.
 */
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import { resultHeadline } from './result-headline';
import { winnerOf, type ScoringResult } from './scoring';

export interface LinkPreview {
  /** e.g. "FastAPI is the best fit: FastAPI 100, Django 58, Flask 42". */
  readonly title: string;
  readonly description: string;
  readonly winner: FrameworkId;
  /** The winner's preview card, a file at the site root (scripts/make-social-image.mjs). */
  readonly imageFile: `social-card-${FrameworkId}.png`;
  /** What the card shows, for readers who cannot see it. */
  readonly imageAlt: string;
}

/**
 * The link preview of a result: the verdict followed by every framework's score, best first.
 * Built from the scoring result alone, so nothing of the link's text can reach it.
 */
export function resultLinkPreview(result: ScoringResult): LinkPreview {
  const winner = winnerOf(result).id;
  const scores = result.ranking.map((entry) => `${FRAMEWORK_NAMES[entry.id]} ${entry.score}`);
  return {
    title: `${resultHeadline(result)}: ${scores.join(', ')}`,
    description: result.generalView
      ? 'Django, Flask or FastAPI, with every criterion counted the same. Answer a few short questions to make the recommendation yours.'
      : `Django, Flask or FastAPI for these answers, scored out of 100 with scoring model ${result.modelId}: the reasons, what would change it, and a decision record to share.`,
    winner,
    imageFile: `social-card-${winner}.png`,
    imageAlt: `The Python Framework Picker result page recommending ${FRAMEWORK_NAMES[winner]}`,
  };
}
