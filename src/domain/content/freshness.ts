import { daysBetween, shortDate } from '../dates';
import type { Release } from './releases';

/** A check older than this many days is flagged on the page, and by the weekly freshness job. */
export const STALE_AFTER_DAYS = 90;

/** True when a number checked on `checked` is more than 90 days old on `today`. */
export function isStale(checked: string, today: string): boolean {
  return daysBetween(checked, today) > STALE_AFTER_DAYS;
}

/** The oldest check date among `releases`: the date the site's data as a whole is as of. */
export function oldestCheck(releases: readonly Pick<Release, 'checked'>[]): string {
  const dates = releases.map((release) => release.checked).sort();
  const oldest = dates[0];
  if (oldest === undefined) throw new Error('No releases to date the data by');
  return oldest;
}

/**
 * How the page dates a newest-release number: "newest release as of 12 Nov 2026", and ", checked
 * more than 90 days ago" when `today` is given and the check is that old. Never "Latest": a newer
 * release may be out by the time it is read.
 */
export function newestAsOf(release: Pick<Release, 'checked'>, today?: string): string {
  const asOf = `newest release as of ${shortDate(release.checked)}`;
  return today !== undefined && isStale(release.checked, today)
    ? `${asOf}, checked more than ${STALE_AFTER_DAYS} days ago`
    : asOf;
}
