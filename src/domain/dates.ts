/**
 * Calendar dates as the app shows them. Dates are `YYYY-MM-DD` strings throughout the domain, so
 * that the same input gives the same words on a server, in any browser and in any time zone.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "1 December 2026" for `2026-12-01`; "December 2026" for `2026-12`; the text itself otherwise. */
export function formatDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/** "May 2026" for `2026-05-07` or `2026-05`; the text itself when it is no date. */
export function monthYear(iso: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : iso;
}

/** "6 Oct 2026" for `2026-10-06`: the short form the cards use for check dates. */
export function shortDate(iso: string): string {
  const long = formatDay(iso);
  return long === iso ? iso : long.replace(/([A-Z][a-z]{2})[a-z]+/, '$1');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  if (!ISO_DAY.test(from) || !ISO_DAY.test(to)) {
    throw new Error(`Expected two YYYY-MM-DD dates, got ${from} and ${to}`);
  }
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
