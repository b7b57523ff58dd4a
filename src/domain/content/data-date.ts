import { oldestCheck } from './freshness';
import { formatDay } from '../dates';
import { RELEASES } from './releases';

/**
 * The date the site's data as a whole is as of: the oldest check date in the release table, so
 * it can never claim more than the stalest number shows. Derived, never typed: a fresh check of
 * that number (`npm run data:versions -- --write`) moves it.
 */
export const DATA_DATE: string = oldestCheck(Object.values(RELEASES));

/** `DATA_DATE` for reading, e.g. "6 August 2026". */
export const DATA_DATE_LABEL: string = formatDay(DATA_DATE);
