import {
  describeIgnoredSegments,
  moreIgnoredText,
  summarizeIgnored,
  type IgnoredPart,
} from '../domain/share-link';

/**
 * Names what a link ignored, above a result for the valid rest. Lists the first few parts and
 * counts the others, so a link with thousands of junk pairs still shows its result near the top;
 * each text echoed from the link is isolated in a `<bdi>`, so it cannot reorder the sentence.
 */
export function IgnoredNotice({ ignored }: { ignored: readonly IgnoredPart[] }) {
  const { shown, moreCount } = summarizeIgnored(ignored);
  return (
    <div className="notice notice--warning" role="note" aria-labelledby="ignored-heading">
      <h2 id="ignored-heading" className="notice__title">
        Part of this link was ignored
      </h2>
      <p>The result below uses every part of the link that we could read.</p>
      <ul>
        {shown.map((part, index) => (
          <li key={index}>
            {describeIgnoredSegments(part).map((segment, at) =>
              segment.echoed ? <bdi key={at}>{segment.text}</bdi> : segment.text,
            )}
          </li>
        ))}
      </ul>
      {moreCount > 0 && <p>{moreIgnoredText(moreCount)}</p>}
    </div>
  );
}
