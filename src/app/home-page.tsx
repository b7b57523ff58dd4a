import { Link } from 'react-router';
import { QUESTION_COUNT } from '../domain/questions';
import { paths } from '../paths';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';

export function HomePage() {
  useDocumentTitle('Django, Flask or FastAPI?');
  return (
    <div className="home-page">
      <PageHeading>Django, Flask or FastAPI?</PageHeading>
      <p className="lede">
        Answer {QUESTION_COUNT} short questions about your project and get a recommendation you can
        explain to your team, with every reason and source shown.
      </p>
      <div className="actions">
        <Link className="button button--large" to={paths.question.getHref('kind')}>
          Start now
        </Link>
        <Link to={paths.compare.getHref()}>Compare the three frameworks side by side</Link>
        <Link to={paths.team.getHref()}>Decide with your team</Link>
      </div>
      <ul className="home-points">
        <li>Takes under a minute. Every question can be skipped.</li>
        <li>
          Every rating behind a score comes with our justification and links to its sources (your
          team’s own experience aside).
        </li>
        <li>Share the result as a link that opens the same recommendation anywhere.</li>
      </ul>
    </div>
  );
}
