import { isUrl, type Source } from '../domain/content/sourced';
import { ExternalLink } from './external-link';

/** Sources as small print: each a link to the page it names, with the date of the version read. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="sources" aria-label="Sources">
      {sources.map((source) => (
        <li key={`${source.ref}|${source.label}`}>
          {/* The data tests require https refs; a bad one still shows its label, never a dead link. */}
          {isUrl(source.ref) ? (
            <ExternalLink href={source.ref}>{source.label}</ExternalLink>
          ) : (
            source.label
          )}
          {source.asOf && <span className="sources__date"> (as of {source.asOf})</span>}
        </li>
      ))}
    </ul>
  );
}
