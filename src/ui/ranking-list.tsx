import { FRAMEWORK_NAMES } from '../domain/frameworks';
import type { ScoringResult } from '../domain/scoring';
import { FrameworkSwatch } from './framework-key';
import { ScoreBar } from './score-bar';

/** The three frameworks best first, with their scores and must-have status. */
export function RankingList({ result }: { result: ScoringResult }) {
  const hasMustHaves = result.mustHaves.length > 0;
  return (
    <ol className="ranking" aria-label="Ranking">
      {result.ranking.map((entry, index) => (
        <li
          key={entry.id}
          className={index === 0 ? 'ranking__item ranking__item--first' : 'ranking__item'}
        >
          <span className="ranking__name">
            <FrameworkSwatch id={entry.id} />
            {FRAMEWORK_NAMES[entry.id]}
          </span>
          <span className="ranking__score">
            {entry.score}
            <span className="ranking__max"> / 100</span>
          </span>
          <ScoreBar value={entry.score} framework={entry.id} />
          {hasMustHaves && (
            <span
              className={
                entry.failedMustHaves.length
                  ? 'ranking__status ranking__status--fail'
                  : 'ranking__status'
              }
            >
              {entry.failedMustHaves.length === 0
                ? 'Meets all your must-haves'
                : `Fails ${entry.failedMustHaves.length === 1 ? 'a must-have' : `${entry.failedMustHaves.length} must-haves`}: ${entry.failedMustHaves.map((c) => c.label).join(', ')}`}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
