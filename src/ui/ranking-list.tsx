import type { RankedFramework } from '../domain/result-report';
import { FrameworkSwatch } from './framework-key';
import { ScoreBar } from './score-bar';

/** The frameworks best first, with their scores and must-have status, as a result report has them. */
export function RankingList({ ranking }: { ranking: readonly RankedFramework[] }) {
  return (
    <ol className="ranking" aria-label="Ranking">
      {ranking.map((entry, index) => (
        <li
          key={entry.id}
          className={index === 0 ? 'ranking__item ranking__item--first' : 'ranking__item'}
        >
          <span className="ranking__name">
            <FrameworkSwatch id={entry.id} />
            {entry.name}
          </span>
          <span className="ranking__score">
            {entry.score}
            <span className="ranking__max"> / 100</span>
          </span>
          <ScoreBar value={entry.score} framework={entry.id} />
          {entry.mustHaveStatus && (
            <span
              className={
                entry.meetsMustHaves ? 'ranking__status' : 'ranking__status ranking__status--fail'
              }
            >
              {entry.mustHaveStatus}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
