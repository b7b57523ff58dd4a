import { useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { resolveResultLink, type ResolvedResultLink } from '../domain/links/resolve';
import { buildResultReport, type ResultReport } from '../domain/result-report';
import { useChrome } from './chrome';
import { localDate } from './download-file';
import { useQueryRendered } from './use-hydrated';
import { useModelRegistry } from './model-registry-context';

/** The current URL's result link, read through the one link façade with the shipped models. */
export function useResultLink(): ResolvedResultLink {
  const location = useLocation();
  // Prerendered pages (Compare) hold no query: it applies once hydration is done.
  const search = useQueryRendered() ? location.search : '';
  const registry = useModelRegistry();
  const chrome = useChrome();
  return useMemo(
    () => resolveResultLink(search, registry, { embed: chrome === 'embed' }),
    [search, registry, chrome],
  );
}

/** Today in the reader's time zone, `YYYY-MM-DD`, taken once when the page opens. */
export function useToday(): string {
  const [today] = useState(() => localDate(new Date()));
  return today;
}

/**
 * The current URL's result link and its one report (today's date, the link's model), for the
 * pages that show a result; the report is undefined for a link from a newer version.
 */
export function useResultReport(): {
  readonly resolved: ResolvedResultLink;
  readonly report: ResultReport | undefined;
} {
  const resolved = useResultLink();
  const today = useToday();
  const report = useMemo(
    () =>
      resolved.kind === 'result'
        ? buildResultReport({ answers: resolved.link.answers, model: resolved.model, today })
        : undefined,
    [resolved, today],
  );
  return { resolved, report };
}
