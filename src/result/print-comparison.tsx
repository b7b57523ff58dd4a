import type { FeatureRow } from '../domain/content/feature-rows';
import { FRAMEWORK_NAMES, type FrameworkId } from '../domain/frameworks';

/**
 * The comparison as paper takes it: a plain table of the rows shown on screen, text only, which
 * breaks between pages row by row (the aligned columns on screen are a subgrid, which printers
 * split badly). Shown only in print; on screen the aligned comparison carries the same text with
 * its sources.
 */
export function PrintComparison({
  rows,
  frameworks,
}: {
  rows: readonly FeatureRow[];
  frameworks: readonly FrameworkId[];
}) {
  return (
    <table className="comparison-table print-comparison">
      <thead>
        <tr>
          <th scope="col">Feature</th>
          {frameworks.map((id) => (
            <th key={id} scope="col">
              {FRAMEWORK_NAMES[id]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              {row.label}
              {row.opinion && ' (opinion)'}
            </th>
            {frameworks.map((id) => (
              <td key={id}>{row.cells[id].text}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
