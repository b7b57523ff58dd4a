/**
 * Links and reports the way the app reads them, for tests: through the one link façade and the
 * one report builder, with the shipped models (or a registry a test provides).
 */
import { resolveResultLink } from '../../src/domain/links/resolve';
import type { Answers } from '../../src/domain/questions';
import { buildResultReport, type ResultReport } from '../../src/domain/result-report';
import { MODEL_REGISTRY, type ModelRegistry } from '../../src/domain/scoring-models';

/** The day tests make reports on. */
export const TEST_TODAY = '2026-12-07';

/** A result link (`/result?…`, or just its query) read as the result page reads it. */
export function openLink(link: string, registry: ModelRegistry = MODEL_REGISTRY) {
  const search = link.includes('?') ? link.slice(link.indexOf('?')) : link;
  const resolved = resolveResultLink(search, registry);
  if (resolved.kind !== 'result') throw new Error(`${link} is from a newer version`);
  return resolved;
}

/** The answers a link holds, as its model knows them. */
export function answersOf(link: string): Answers {
  return openLink(link).link.answers;
}

/** The report a link's result page renders. */
export function reportOf(link: string, today = TEST_TODAY): ResultReport {
  const { link: decoded, model } = openLink(link);
  return buildResultReport({ answers: decoded.answers, model, today });
}
