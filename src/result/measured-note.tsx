import { PerformanceLink } from '../ui/performance-link';

/** What this project measured, beside a reason about what it measured, with the way to the runs. */
export function MeasuredNote({ measured }: { measured: string | undefined }) {
  if (!measured) return null;
  return (
    <span className="reason__measured">
      {' '}
      {measured} <PerformanceLink>How it was measured</PerformanceLink>
    </span>
  );
}
