import { Link } from 'react-router';
import type { IgnoredPart, Suggestion } from '../domain/links/ignored';
import {
  describeIgnoredSegments,
  moreIgnoredText,
  suggestedPair,
  suggestionText,
  summarizeIgnored,
} from '../domain/links/ignored-text';

/** "Did you mean docs=important?", a link to the corrected page where the page can make one. */
function DidYouMean({
  suggestion,
  href,
}: {
  suggestion: Suggestion;
  href: ((query: string) => string) | undefined;
}) {
  if (suggestion.query === undefined || !href) return <> {suggestionText(suggestion)}</>;
  return (
    <>
      {' '}
      Did you mean <Link to={href(suggestion.query)}>{suggestedPair(suggestion)}</Link>?
    </>
  );
}

/**
 * Names what a link ignored, above a page for the valid rest: a result, a team, an embed. Lists the
 * first few parts and counts the others, so a link with thousands of junk pairs still shows its
 * page near the top; each text echoed from the link is isolated in a `<bdi>`, so it cannot reorder
 * the sentence.
 */
export function IgnoredNotice({
  ignored,
  what = 'link',
  suggestionHref,
}: {
  ignored: readonly IgnoredPart[];
  /** What the link is, for the heading: "link", "team link". */
  what?: string;
  /** The page a suggestion's corrected query opens; without it a suggestion is text only. */
  suggestionHref?: (query: string) => string;
}) {
  const { shown, moreCount } = summarizeIgnored(ignored);
  return (
    <div className="notice notice--warning" role="note" aria-labelledby="ignored-heading">
      <h2 id="ignored-heading" className="notice__title">
        Part of this {what} was ignored
      </h2>
      <p>The page below uses every part of the {what} that we could read.</p>
      <ul>
        {shown.map((part, index) => (
          <li key={index}>
            {describeIgnoredSegments(part).map((segment, at) =>
              segment.echoed ? <bdi key={at}>{segment.text}</bdi> : segment.text,
            )}
            {part.suggestion && <DidYouMean suggestion={part.suggestion} href={suggestionHref} />}
          </li>
        ))}
      </ul>
      {moreCount > 0 && <p>{moreIgnoredText(moreCount)}</p>}
    </div>
  );
}
