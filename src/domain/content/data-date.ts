/**
 * The one date the site's data is as of: every newest-release number, every source's as-of date
 * and every "as of" line (footer, cards, decision record) use it. Move it only together with a
 * fresh check of the data (`npm run data:versions` helps).
 */
export const DATA_DATE = '2026-12-01';

/** `DATA_DATE` for reading: "December 2026". */
export const DATA_DATE_LABEL = 'December 2026';
