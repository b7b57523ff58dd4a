import {
  describeIgnoredSegments,
  moreIgnoredText,
  summarizeIgnored,
  type IgnoredPart,
} from '../domain/links/ignored';

/**
 * Names what a link ignored, above a page for the valid rest: a result, a team, an embed. Lists the
 * first few parts and counts the others, so a link with thousands of junk pairs still shows its
 * page near the top; each text echoed from the link is isolated in a `<bdi>`, so it cannot reorder
 * the sentence.
 */
export function IgnoredNotice({
  ignored,
  what = 'link',
}: {
  ignored: readonly IgnoredPart[];
  /** What the link is, for the heading: "link", "team link". */
  what?: string;
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
          </li>
        ))}
      </ul>
      {moreCount > 0 && <p>{moreIgnoredText(moreCount)}</p>}
    </div>
  );
}
