import { Link } from 'react-router';
import { PageHeading } from './page-heading';

/**
 * A link made by a newer version of the picker than this copy: what it is, and a way on. Shared by
 * every page a link opens (result, team), so they say it alike.
 */
export function NewerVersionPage({
  what,
  version,
  startHref,
  startLabel,
}: {
  /** What the link is: "link", "team link". */
  what: string;
  /** The link format version the link uses. */
  version: number;
  startHref: string;
  startLabel: string;
}) {
  return (
    <div className="newer-version-page">
      <PageHeading>This {what} was made by a newer version</PageHeading>
      <p>
        It uses version {version} of our {what} format, and this copy of the picker only reads
        version 1. Open the link on the site it came from, or start again here.
      </p>
      <p>
        <Link className="button" to={startHref}>
          {startLabel}
        </Link>
      </p>
    </div>
  );
}
