import { isUrl, type Source } from '../domain/content/sourced';
import { ExternalLink } from './external-link';

/** Sources as small print: URLs link out, repository references are shown as code. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="sources" aria-label="Sources">
      {sources.map((source) => (
        <li key={`${source.ref}|${source.label}`}>
          {isUrl(source.ref) ? (
            <ExternalLink href={source.ref}>{source.label}</ExternalLink>
          ) : (
            <>
              {source.label}: <code>{source.ref}</code>
            </>
          )}
          {source.asOf && <span className="sources__date"> (as of {source.asOf})</span>}
        </li>
      ))}
    </ul>
  );
}
