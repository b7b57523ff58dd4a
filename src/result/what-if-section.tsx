import { Link } from 'react-router';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import { encodeShareQuery } from '../domain/links/share-link';
import type { FlipItem, ResultReport } from '../domain/result-report';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { MustHavesSection } from './must-haves-section';

/**
 * What would change the answer: whether the recommendation is robust, a close call or
 * changeable, the must-haves that rule frameworks out with a way to relax each, then for each
 * other framework the cheapest change of a priority that would put it first, and apart from those
 * the facts about the project that would ("if your project were…"), each linked to that result.
 * Links keep this result's model id.
 */
export function WhatIfSection({ report, title }: { report: ResultReport; title: string }) {
  const { closeness, whatIf } = report;
  return (
    <section className="section what-if" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">{title}</h2>
      <p
        className={closeness.kind === 'close-call' ? 'notice what-if__verdict' : 'what-if__verdict'}
      >
        {closeness.title && <strong>{closeness.title} </strong>}
        {closeness.sentence}
      </p>
      <MustHavesSection report={report} />
      {whatIf.priorities.length > 0 && (
        <>
          <h3>What would flip the result</h3>
          <p>
            The smallest change to one of your priorities that would put each other framework first:
          </p>
          <FlipList flips={whatIf.priorities} modelId={report.model.id} />
        </>
      )}
      {whatIf.project.length > 0 && (
        <>
          <h3>If your project were different</h3>
          <p>
            Not a choice you have, but worth checking your answers: the facts about the project or
            the team that would put each other framework first.
          </p>
          <FlipList flips={whatIf.project} modelId={report.model.id} />
        </>
      )}
    </section>
  );
}

function FlipList({ flips, modelId }: { flips: readonly FlipItem[]; modelId: string }) {
  const chrome = useChrome();
  return (
    <ul className="what-if__list">
      {flips.map((flip) => (
        <li key={flip.framework} className="what-if__item">
          <p>
            {flip.sentence} <span className="tag">{flip.cost} away</span>
          </p>
          <Link to={paths.result.getHref(encodeShareQuery(flip.answers, modelId), chrome)}>
            See the result with {FRAMEWORK_NAMES[flip.framework]} first
          </Link>
        </li>
      ))}
    </ul>
  );
}
