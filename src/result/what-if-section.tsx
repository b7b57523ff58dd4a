import { useMemo } from 'react';
import { Link } from 'react-router';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import type { ScoringModel } from '../domain/model-types';
import type { Answers } from '../domain/questions';
import type { ScoringResult } from '../domain/scoring';
import { encodeShareQuery } from '../domain/share-link';
import { findFlips } from '../domain/what-if';
import { costLabel, describeFlip, robustnessOf, robustnessSentence } from '../domain/what-if-text';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';

/**
 * How sure to be: whether the recommendation is robust or a close call, and for each other
 * framework the cheapest single change to the answers that would put it first (scoring-model.md
 * section 5), linked to that result. Links keep this result's model id.
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
  const chrome = useChrome();
  const flips = useMemo(() => findFlips(answers, model), [answers, model]);
  const robustness = robustnessOf(result, flips);
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
        {robustnessSentence(result, flips)}
      </p>
      {flips.length > 0 && (
        <>
          <h3>What would flip the result</h3>
          <p>
            The smallest single change to your answers that would put each other framework first:
          </p>
          <ul className="what-if__list">
            {flips.map((flip) => (
              <li key={flip.framework} className="what-if__item">
                <p>
                  {describeFlip(flip)}{' '}
                  <span className="tag">{costLabel(flip.change.cost)} away</span>
                </p>
                <Link to={paths.result.getHref(encodeShareQuery(flip.answers, model.id), chrome)}>
                  See the result with {FRAMEWORK_NAMES[flip.framework]} first
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
