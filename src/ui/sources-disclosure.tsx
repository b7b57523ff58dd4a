import type { Source } from '../domain/content/sourced';
import { SourceList } from './source-list';

/**
 * A claim's sources behind a one-line "Sources (n)" disclosure, so a reader can check any claim
 * in one click without the page turning into small print.
 */
export function SourcesDisclosure({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <details className="sources-disclosure">
      <summary>Sources ({sources.length})</summary>
      <SourceList sources={sources} />
    </details>
  );
}
