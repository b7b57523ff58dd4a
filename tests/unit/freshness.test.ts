import { DATA_DATE, DATA_DATE_LABEL } from '../../src/domain/content/data-date';
import {
  STALE_AFTER_DAYS,
  isStale,
  newestAsOf,
  oldestCheck,
} from '../../src/domain/content/freshness';
import { newestReleaseText } from '../../src/domain/content/framework-profiles';
import { RELEASES } from '../../src/domain/content/releases';
import { daysBetween, shortDate } from '../../src/domain/dates';

describe('how old a checked number is', () => {
  it('counts whole days across months and years', () => {
    expect(daysBetween('2026-11-12', '2026-11-12')).toBe(0);
    expect(daysBetween('2026-11-12', '2027-02-10')).toBe(90);
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30);
    expect(() => daysBetween('12 Nov 2026', '2026-11-12')).toThrow(/YYYY-MM-DD/);
  });

  it('flags a check only once it is more than 90 days old', () => {
    expect(STALE_AFTER_DAYS).toBe(90);
    expect(isStale('2026-11-12', '2027-02-10')).toBe(false);
    expect(isStale('2026-11-12', '2027-02-11')).toBe(true);
  });

  it('says "newest release as of" the check date, and when it is that old', () => {
    expect(newestAsOf({ checked: '2026-11-12' })).toBe('newest release as of 12 Nov 2026');
    expect(newestAsOf({ checked: '2026-11-12' }, '2026-12-07')).toBe(
      'newest release as of 12 Nov 2026',
    );
    expect(newestAsOf({ checked: '2026-11-12' }, '2027-03-01')).toBe(
      'newest release as of 12 Nov 2026, checked more than 90 days ago',
    );
    expect(newestReleaseText({ version: '1.2.3', date: '2026-10-06', checked: '2026-11-12' })).toBe(
      '1.2.3, newest release as of 12 Nov 2026 (released 6 October 2026)',
    );
    // No release date: nothing in brackets, never "()".
    expect(newestReleaseText({ version: '1.2.3', checked: '2026-11-12' })).toBe(
      '1.2.3, newest release as of 12 Nov 2026',
    );
  });
});

describe("the site's data date", () => {
  it('is the oldest check date in the release table, derived rather than typed', () => {
    expect(oldestCheck([{ checked: '2026-11-12' }, { checked: '2026-08-06' }])).toBe('2026-08-06');
    expect(() => oldestCheck([])).toThrow();
    const checks = Object.values(RELEASES).map((release) => release.checked);
    expect(checks).toContain(DATA_DATE);
    for (const checked of checks) expect(checked >= DATA_DATE).toBe(true);
    expect(DATA_DATE_LABEL).toMatch(
      new RegExp(`^${Number(DATA_DATE.slice(8))} \\w+ ${DATA_DATE.slice(0, 4)}$`),
    );
    expect(shortDate(DATA_DATE)).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  });
});
