import { Link } from 'react-router';
import { relaxationsFor } from '../domain/explain';
import type { ScoringModel } from '../domain/model-types';
import { questionById, type Answers } from '../domain/questions';
import type { FrameworkScore } from '../domain/scoring';
import { encodeShareQuery } from '../domain/share-link';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';

/**
 * On a framework's card: the must-haves that rule it out, each with a link to the same answers
 * with that must-have lowered to important (keeping the result's model id).
 */
export function RuledOutNote({
  entry,
  answers,
  model,
}: {
  entry: FrameworkScore;
  answers: Answers;
  model: ScoringModel;
}) {
  const chrome = useChrome();
  if (entry.failedMustHaves.length === 0) return null;
  // docs=must makes two criteria must-haves: one relax link per question is enough.
  const relaxations = relaxationsFor(entry, answers, model).filter(
    (relaxation, index, all) =>
      all.findIndex((other) => other.questionId === relaxation.questionId) === index,
  );
  return (
    <div className="ruled-out">
      <p className="ruled-out__title">
        <strong>Ruled out by your must-haves:</strong>{' '}
        {entry.failedMustHaves
          .map((criterion) => `${criterion.label} (rated ${criterion.ratings[entry.id]} of 3)`)
          .join(', ')}
      </p>
      <ul className="relax-links">
        {relaxations.map((relaxation) => (
          <li key={relaxation.questionId}>
            <Link to={paths.result.getHref(encodeShareQuery(relaxation.answers, model.id), chrome)}>
              Relax “{questionById(relaxation.questionId).shortLabel}” to important
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
