/** Dates as the app words them: one module, the same words on every surface. */
import { daysBetween, formatDay, monthYear, shortDate } from '../../src/domain/dates';

describe('dates as the app shows them', () => {
  it('writes a day, a month and a short day without a time zone', () => {
    expect(formatDay('2026-12-07')).toBe('7 December 2026');
    expect(formatDay('2027-01')).toBe('January 2027');
    expect(monthYear('2026-05-07')).toBe('May 2026');
    expect(shortDate('2026-10-06')).toBe('6 Oct 2026');
    expect(shortDate('2026-05-31')).toBe('31 May 2026');
  });

  it('gives back text that is no date as it is', () => {
    expect(formatDay('soon')).toBe('soon');
    expect(formatDay('2026-13-01')).toBe('2026-13-01');
    expect(shortDate('soon')).toBe('soon');
  });

  it('counts whole days and refuses what is no day', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(() => daysBetween('2026-12', '2027-01-01')).toThrow(/YYYY-MM-DD/);
  });
});
