import { Link } from 'react-router';
import type { ResultReport } from '../domain/result-report';
import { encodeShareQuery } from '../domain/links/share-link';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { Justification } from '../ui/justification';

/**
 * Must-haves that rule frameworks out, each with a link to the same answers with that must-have
 * lowered to important. Links keep the result's model id (docs/share-link-scheme.md).
 */
export function MustHavesSection({ report }: { report: ResultReport }) {
  const chrome = useChrome();
  const { failures } = report.mustHaves;
  if (failures.length === 0) return null;
  return (
    <section aria-labelledby="must-haves-heading">
      <h3 id="must-haves-heading">Must-haves that rule frameworks out</h3>
      <p>
        A framework rated below 2 of 3 on a must-have fails it and ranks below every framework that
        meets them all.
      </p>
      <ul className="must-have-list">
        {failures.map((failure) => (
          <li key={failure.id}>
            <strong>{failure.name}</strong> fails:
            <ul>
              {failure.failed.map(({ criterion, rating, basis }) => (
                <li key={criterion.id}>
                  {criterion.label}, rated {rating} of 3: <Justification basis={basis} />
                </li>
              ))}
            </ul>
            <ul className="relax-links">
              {failure.relaxations.map((relaxation) => (
                <li key={relaxation.questionId}>
                  <Link
                    to={paths.result.getHref(
                      encodeShareQuery(relaxation.answers, report.model.id),
                      chrome,
                    )}
                  >
                    {relaxation.label}
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
