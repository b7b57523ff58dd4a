import { PerformanceLink } from '../ui/performance-link';

/**
 * What this project measured, beside a reason about what it measured, with the way to the runs.
 * On the first screen it folds behind a one-line "Measured", as a reason's sources do there, so
 * the first screen stays one screen.
 */
export function MeasuredNote({
  measured,
  folded = false,
}: {
  measured: string | undefined;
  folded?: boolean;
}) {
  if (!measured) return null;
  const text = (
    <>
      {measured} <PerformanceLink>How it was measured</PerformanceLink>
    </>
  );
  return folded ? (
    <details className="sources-disclosure">
      <summary>Measured</summary>
      <p className="reason__measured">{text}</p>
    </details>
  ) : (
    <span className="reason__measured"> {text}</span>
  );
}
