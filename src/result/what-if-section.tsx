import { useMemo } from 'react';
import { Link } from 'react-router';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import type { ScoringModel } from '../domain/model-types';
import type { Answers } from '../domain/questions';
import type { ScoringResult } from '../domain/scoring';
import { encodeShareQuery } from '../domain/share-link';
import { findWhatIfs, type Flip } from '../domain/what-if';
import { costLabel, describeFlip, robustnessOf, robustnessSentence } from '../domain/what-if-text';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';

/**
 * How sure to be: whether the recommendation is robust or a close call, then for each other
 * framework the cheapest change of a priority that would put it first, and apart from those the
 * facts about the project that would ("if your project were…"), each linked to that result.
 * Links keep this result's model id.
 */
export function WhatIfSection({
  answers,
  model,
  result,
}: {
  answers: Answers;
  model: ScoringModel;
  result: ScoringResult;
}) {
  const whatIfs = useMemo(() => findWhatIfs(answers, model), [answers, model]);
  const robustness = robustnessOf(result, whatIfs.priorities);
  return (
    <section className="section what-if" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">How close is it?</h2>
      <p
        className={
          robustness.kind === 'close-call' ? 'notice what-if__verdict' : 'what-if__verdict'
        }
      >
        {robustness.kind === 'close-call' && <strong>A close call. </strong>}
        {robustness.kind === 'robust' && <strong>Robust. </strong>}
        {robustnessSentence(result, whatIfs.priorities)}
      </p>
      {whatIfs.priorities.length > 0 && (
        <>
          <h3>What would flip the result</h3>
          <p>
            The smallest change to one of your priorities that would put each other framework first:
          </p>
          <FlipList flips={whatIfs.priorities} modelId={model.id} />
        </>
      )}
      {whatIfs.project.length > 0 && (
        <>
          <h3>If your project were different</h3>
          <p>
            Not a choice you have, but worth checking your answers: the facts about the project or
            the team that would put each other framework first.
          </p>
          <FlipList flips={whatIfs.project} modelId={model.id} />
        </>
      )}
    </section>
  );
}

function FlipList({ flips, modelId }: { flips: readonly Flip[]; modelId: string }) {
  const chrome = useChrome();
  return (
    <ul className="what-if__list">
      {flips.map((flip) => (
        <li key={flip.framework} className="what-if__item">
          <p>
            {describeFlip(flip)} <span className="tag">{costLabel(flip.change.cost)} away</span>
          </p>
          <Link to={paths.result.getHref(encodeShareQuery(flip.answers, modelId), chrome)}>
            See the result with {FRAMEWORK_NAMES[flip.framework]} first
          </Link>
        </li>
      ))}
    </ul>
  );
}
