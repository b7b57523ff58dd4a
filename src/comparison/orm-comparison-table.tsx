import { ORM_COMPARISON } from '../domain/content/orm-comparison';
import { SourcesDisclosure } from '../ui/sources-disclosure';

/** The Django ORM vs SQLAlchemy table, corrected and sourced. */
export function OrmComparisonTable() {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label="Django ORM and SQLAlchemy compared"
      tabIndex={0}
    >
      <table className="comparison-table">
        <thead>
          <tr>
            <th scope="col">Aspect</th>
            <th scope="col">Django ORM</th>
            <th scope="col">SQLAlchemy</th>
          </tr>
        </thead>
        <tbody>
          {ORM_COMPARISON.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.aspect}</th>
              <td>{row.django}</td>
              <td>
                {row.sqlalchemy}
                <SourcesDisclosure sources={row.sources} />
                {row.correction && <p className="correction">Corrected: {row.correction}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
