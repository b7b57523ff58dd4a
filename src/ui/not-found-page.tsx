import { Link } from 'react-router';
import { paths } from '../paths';
import { useChrome } from './chrome';
import { PageHeading } from './page-heading';
import { useDocumentTitle } from './use-document-title';

export function NotFoundPage() {
  const chrome = useChrome();
  useDocumentTitle('Page not found');
  return (
    <div className="not-found-page">
      <PageHeading>Page not found</PageHeading>
      <p>
        There is no page at this address. If you typed it, check the spelling; if you followed a
        link, it may be incomplete.
      </p>
      <ul className="link-list">
        <li>
          <Link
            to={chrome === 'full' ? paths.home.getHref() : paths.question.getHref('kind', chrome)}
          >
            Start the questions
          </Link>
        </li>
        <li>
          <Link to={paths.compare.getHref('', chrome)}>Compare Django, Flask and FastAPI</Link>
        </li>
      </ul>
    </div>
  );
}
