import { useId, useMemo } from 'react';
import { comparisonMarkdown } from '../domain/comparison-markdown';
import type { FeatureRow } from '../domain/content/feature-rows';
import { FRAMEWORK_IDS, FRAMEWORK_NAMES, type FrameworkId } from '../domain/frameworks';
import { absoluteUrl, paths } from '../paths';
import { CopyField } from '../ui/copy-field';
import { useHydrated } from '../ui/use-hydrated';
import './comparison.css';

// Compare is prerendered: until hydration is done the controls are disabled, since a change made
// before React attaches would be undone when it does.

/** All rows, or only the rows about criteria the answers weighted. */
export function RowsToggle({
  value,
  onChange,
}: {
  value: boolean;
  onChange: (onlyPriorityRows: boolean) => void;
}) {
  const name = useId();
  const hydrated = useHydrated();
  return (
    <fieldset className="view-controls__group" disabled={!hydrated}>
      <legend>Rows to show</legend>
      <label className="view-controls__option">
        <input type="radio" name={name} checked={!value} onChange={() => onChange(false)} /> All
        rows
      </label>
      <label className="view-controls__option">
        <input type="radio" name={name} checked={value} onChange={() => onChange(true)} /> Only the
        rows your answers weighted
      </label>
    </fieldset>
  );
}

/**
 * Show or hide each framework's card. Hiding all three is allowed (nothing breaks) but said out
 * loud, in a live region, so nobody is left looking at an empty page.
 */
export function FrameworkToggles({
  visible,
  onChange,
}: {
  visible: readonly FrameworkId[];
  onChange: (visible: FrameworkId[]) => void;
}) {
  const hydrated = useHydrated();
  return (
    <>
      <fieldset className="view-controls__group" disabled={!hydrated}>
        <legend>Frameworks to show</legend>
        {FRAMEWORK_IDS.map((id) => (
          <label key={id} className="view-controls__option">
            <input
              type="checkbox"
              checked={visible.includes(id)}
              onChange={(event) =>
                onChange(
                  FRAMEWORK_IDS.filter((other) =>
                    other === id ? event.target.checked : visible.includes(other),
                  ),
                )
              }
            />{' '}
            {FRAMEWORK_NAMES[id]}
          </label>
        ))}
      </fieldset>
      <p className="view-controls__status" role="status">
        {visible.length === 0 &&
          'All three frameworks are hidden. Tick at least one to see its card.'}
      </p>
    </>
  );
}

/** The cards as shown, as a Markdown table to copy; it points readers at the sourced page. */
export function ComparisonCopy({
  rows,
  frameworks,
}: {
  rows: readonly FeatureRow[];
  frameworks: readonly FrameworkId[];
}) {
  // The Compare page is also prerendered, where there is no origin: the absolute link is added
  // once hydrated, so the first client render matches the server's HTML.
  const hydrated = useHydrated();
  const sourcesUrl = hydrated ? absoluteUrl(paths.compare.getHref()) : undefined;
  const markdown = useMemo(
    () => comparisonMarkdown({ rows, frameworks, sourcesUrl }),
    [rows, frameworks, sourcesUrl],
  );
  if (frameworks.length === 0 || rows.length === 0) return null;
  return (
    <div className="comparison-copy">
      <CopyField
        label="The comparison as a Markdown table"
        value={markdown}
        buttonLabel="Copy comparison table"
        multiline
      />
    </div>
  );
}
