import { Link } from 'react-router';
import { criterionSources } from '../domain/criterion-sources';
import { relaxationsFor } from '../domain/explain';
import { FRAMEWORK_NAMES } from '../domain/frameworks';
import type { ScoringModel } from '../domain/model-types';
import { questionById, type Answers } from '../domain/questions';
import type { ScoringResult } from '../domain/scoring';
import { encodeShareQuery } from '../domain/share-link';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { SourcesDisclosure } from '../ui/sources-disclosure';
import { Justification } from '../ui/justification';

/**
 * Must-haves that rule frameworks out, each with a link to the same answers with that must-have
 * lowered to important. Links keep the result's model id (docs/contracts.md section 2).
 */
export function MustHavesSection({
  result,
  answers,
  model,
}: {
  result: ScoringResult;
  answers: Answers;
  model: ScoringModel;
}) {
  const chrome = useChrome();
  const failing = result.ranking.filter((entry) => entry.failedMustHaves.length > 0);
  if (failing.length === 0) return null;
  return (
    <section className="section" aria-labelledby="must-haves-heading">
      <h2 id="must-haves-heading">Must-haves that rule frameworks out</h2>
      <p>
        A framework rated below 2 of 3 on a must-have fails it and ranks below every framework that
        meets them all.
      </p>
      <ul className="must-have-list">
        {failing.map((entry) => (
          <li key={entry.id}>
            <strong>{FRAMEWORK_NAMES[entry.id]}</strong> fails:
            <ul>
              {entry.failedMustHaves.map((criterion) => (
                <li key={criterion.id}>
                  {criterion.label}, rated {criterion.ratings[entry.id]} of 3:{' '}
                  <Justification criterion={criterion} about={entry.id} />
                  <SourcesDisclosure sources={criterionSources(criterion, entry.id)} />
                </li>
              ))}
            </ul>
            <ul className="relax-links">
              {relaxationsFor(entry, answers, model)
                // docs=must fails twice (two criteria) but is one answer: one link.
                .filter(
                  (relaxation, index, all) =>
                    all.findIndex((other) => other.questionId === relaxation.questionId) === index,
                )
                .map((relaxation) => (
                  <li key={relaxation.questionId}>
                    <Link
                      to={paths.result.getHref(
                        encodeShareQuery(relaxation.answers, model.id),
                        chrome,
                      )}
                    >
                      Relax “{questionById(relaxation.questionId).shortLabel}” to important
                    </Link>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
