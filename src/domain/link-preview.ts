/**
 * What a result link says when it is pasted into a chat, a pull request or a wiki: the verdict
 * and the ranking with scores, for the Open Graph and Twitter tags that the edge build writes.
 */
import { FRAMEWORK_NAMES, type FrameworkId } from './frameworks';
import type { ResultReport } from './result-report';

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
 * The link preview of a result: the report's verdict followed by every framework's score, best
 * first. Built from the report alone, so nothing of the link's text can reach it.
 */
export function resultLinkPreview(report: ResultReport): LinkPreview {
  const scores = report.ranking.map((entry) => `${entry.name} ${entry.score}`);
  const closeness = report.closeness.title ? ` ${report.closeness.title}` : '';
  return {
    title: `${report.verdict.headline}: ${scores.join(', ')}`,
    description:
      report.verdict.kind === 'general'
        ? 'Django, Flask or FastAPI, with every criterion counted the same. Answer a few short questions to make the recommendation yours.'
        : `Django, Flask or FastAPI for these answers, scored out of 100 with ${report.model.line}.${closeness} The reasons, what would change it, and a decision record to share.`,
    winner: report.winner,
    imageFile: `social-card-${report.winner}.png`,
    imageAlt: `The Python Framework Picker result page recommending ${FRAMEWORK_NAMES[report.winner]}`,
  };
}
