/** Reads the pipe tables of a Markdown document, for tests that hold a document to the data. */
export interface MarkdownTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** Every table in the document, in order. */
export function markdownTables(markdown: string): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const next = lines[index + 1] ?? '';
    if (!line.trim().startsWith('|') || !/^\|\s*-{3}/.test(next.trim())) continue;
    const rows: string[][] = [];
    let row = index + 2;
    while ((lines[row] ?? '').trim().startsWith('|')) {
      rows.push(cells(lines[row] ?? ''));
      row += 1;
    }
    tables.push({ header: cells(line), rows });
    index = row;
  }
  return tables;
}

/** The one table whose header starts with these cells. */
export function tableStartingWith(markdown: string, ...header: string[]): MarkdownTable {
  const found = markdownTables(markdown).filter((table) =>
    header.every((cell, i) => table.header[i] === cell),
  );
  if (found.length !== 1) throw new Error(`Expected one table headed ${header.join(' | ')}`);
  const [table] = found;
  if (!table) throw new Error('unreachable');
  return table;
}

/** `code` → code. */
export function unquote(cell: string): string {
  return cell.replace(/^`|`$/g, '');
}
