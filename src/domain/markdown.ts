/**
 * Small Markdown writers shared by the exports (decision record, comparison table). Pure.
 * Text from our content is plain prose; escaping keeps a stray `*`, `_` or `<` in it from turning
 * into emphasis or HTML when a reader's renderer sees it.
 *
 * Hand-written rather than a Markdown syntax-tree library (mdast-util-to-markdown and its GFM
 * table extension): the exports are prose templates with a few lists and tables, so the only
 * part a library would do is this escaping, which is a few lines, and tested.
 */

/** Escapes text for use inside a Markdown paragraph or list item, on one line. */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_<]/g, (char) => `\\${char}`)
    .trim();
}

/** Escapes text for one cell of a GFM table: inline escaping plus the pipe that ends a cell. */
export function escapeTableCell(text: string): string {
  return escapeMarkdownInline(text).replace(/\|/g, '\\|');
}

/**
 * A GFM table. Every cell is escaped here, so callers pass plain text.
 * Rows shorter than the header are padded with empty cells.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) =>
    `| ${header.map((_, index) => escapeTableCell(cells[index] ?? '')).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
