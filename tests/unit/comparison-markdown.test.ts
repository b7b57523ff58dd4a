import { DATA_DATE_LABEL } from '../../src/domain/content/data-date';
import { comparisonMarkdown, visibleFeatureRows } from '../../src/domain/comparison-markdown';
import { FEATURE_ROWS, type FeatureRow } from '../../src/domain/content/feature-rows';
import { escapeMarkdownInline, escapeTableCell, markdownTable } from '../../src/domain/markdown';
import { markdownLink } from '../../src/domain/markdown-sources';

/** Splits a GFM table row into cells, honouring `\|` escapes. */
function cells(line: string): string[] {
  return line
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((cell) => cell.trim());
}

describe('comparison as a Markdown table', () => {
  it('has a header, a delimiter row and one row per feature, every row the same width', () => {
    const markdown = comparisonMarkdown({
      rows: FEATURE_ROWS,
      frameworks: ['django', 'fastapi', 'flask'],
    });
    const lines = markdown.split('\n\n')[0]?.split('\n') ?? [];
    expect(lines[0]).toBe('| Feature | Django | FastAPI | Flask |');
    expect(lines[1]).toBe('| --- | --- | --- | --- |');
    expect(lines).toHaveLength(FEATURE_ROWS.length + 2);
    for (const line of lines) {
      expect(line).toMatch(/^\| .* \|$/);
      expect(line.split(/(?<!\\)\|/)).toHaveLength(6);
    }
    const first = FEATURE_ROWS[0];
    expect(first && cells(lines[2] ?? '')[0]).toBe(first?.label);
  });

  it('escapes pipes, emphasis and HTML in cells', () => {
    const row: FeatureRow = {
      id: 'test',
      label: 'A | B',
      criteria: [],
      opinion: true,
      cells: {
        django: { text: 'x | y', sources: [] },
        fastapi: { text: '<script>*bold*</script>', sources: [] },
        flask: { text: 'line one\nline two', sources: [] },
      },
    };
    const markdown = comparisonMarkdown({
      rows: [row],
      frameworks: ['flask', 'fastapi', 'django'],
      sourcesUrl: 'https://picker.example.com/compare',
    });
    expect(markdown).toBe(
      [
        '| Feature | Flask | FastAPI | Django |',
        '| --- | --- | --- | --- |',
        '| A \\| B (opinion) | line one line two | \\<script>\\*bold\\*\\</script> | x \\| y |',
        '',
        'Sources for every cell: <https://picker.example.com/compare>',
        '',
      ].join('\n'),
    );
  });

  it("numbers every cell's sources and lists them once each as links, with the data date", () => {
    const markdown = comparisonMarkdown({
      rows: FEATURE_ROWS,
      frameworks: ['django', 'fastapi', 'flask'],
    });
    const [table = '', heading, list = ''] = markdown.split('\n\n');
    expect(heading).toBe(`Sources (data as of ${DATA_DATE_LABEL}):`);
    const links = list.trimEnd().split('\n');
    const refs = links.map((line) => /\]\((https:[^)\s]+)\)/.exec(line)?.[1]);
    expect(refs.every((ref) => ref !== undefined)).toBe(true);
    expect(new Set(links.map((line) => line.replace(/^\d+\. /, ''))).size).toBe(links.length);
    const rows = table.split('\n').slice(2);
    FEATURE_ROWS.forEach((row, index) => {
      const shown = cells(rows[index] ?? '');
      (['django', 'fastapi', 'flask'] as const).forEach((id, column) => {
        const cited = [...(shown[column + 1] ?? '').matchAll(/ \[(\d+)\]/g)].map(
          (m) => refs[Number(m[1]) - 1],
        );
        expect(cited, `${row.id}/${id}`).toEqual(row.cells[id].sources.map((s) => s.ref));
      });
    });
  });

  it('writes links whose label and address cannot break out of the link', () => {
    expect(markdownLink('a [b] *c*', 'https://example.com/a b)')).toBe(
      '[a \\[b\\] \\*c\\*](https://example.com/a%20b%29)',
    );
  });

  it('follows the shown columns and rows', () => {
    const rows = visibleFeatureRows(FEATURE_ROWS, ['builtin_admin'], true);
    expect(rows.map((row) => row.id)).toEqual(['admin']);
    expect(visibleFeatureRows(FEATURE_ROWS, ['builtin_admin'], false)).toBe(FEATURE_ROWS);
    const markdown = comparisonMarkdown({ rows, frameworks: ['fastapi'] });
    expect(markdown.split('\n')[0]).toBe('| Feature | FastAPI |');
  });

  it('escapes the building blocks on their own', () => {
    expect(escapeMarkdownInline('a_b *c* `d` <e> \\')).toBe('a\\_b \\*c\\* \\`d\\` \\<e> \\\\');
    expect(escapeTableCell('a|b')).toBe('a\\|b');
    expect(markdownTable(['x', 'y'], [['1']])).toBe('| x | y |\n| --- | --- |\n| 1 |  |');
  });
});
