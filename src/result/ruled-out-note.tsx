import { Link } from 'react-router';
import { encodeShareQuery } from '../domain/links/share-link';
import type { MustHaveFailure } from '../domain/result-report';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';

/**
 * On a framework's card: the must-haves that rule it out, each with a link to the same answers
 * with that must-have lowered to important (keeping the result's model id).
 */
export function RuledOutNote({ failure, modelId }: { failure: MustHaveFailure; modelId: string }) {
  const chrome = useChrome();
  return (
    <div className="ruled-out">
      <p className="ruled-out__title">
        <strong>Ruled out by your must-haves:</strong>{' '}
        {failure.failed
          .map(({ criterion, rating }) => `${criterion.label} (rated ${rating} of 3)`)
          .join(', ')}
      </p>
      <ul className="relax-links">
        {failure.relaxations.map((relaxation) => (
          <li key={relaxation.questionId}>
            <Link to={paths.result.getHref(encodeShareQuery(relaxation.answers, modelId), chrome)}>
              {relaxation.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
