import { ormAdvice } from '../domain/content/orm-advice';
import type { FrameworkId } from '../domain/frameworks';
import type { AnswerValue } from '../domain/questions';
import { SourcesDisclosure } from '../ui/sources-disclosure';
import { OrmComparisonTable } from '../comparison/orm-comparison-table';

/** Advice on the database layer for this winner and the user's ORM answer, then the comparison. */
export function OrmAdviceSection({
  orm,
  winner,
}: {
  orm: AnswerValue<'orm'> | undefined;
  winner: FrameworkId;
}) {
  const advice = ormAdvice(orm, winner);
  return (
    <section className="section" aria-labelledby="orm-heading">
      <h2 id="orm-heading">Your database layer</h2>
      <p className="orm-advice__headline">
        <strong>{advice.headline}</strong>
      </p>
      {advice.body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <SourcesDisclosure sources={advice.sources} />
      <details className="orm-details">
        <summary>Django ORM and SQLAlchemy compared</summary>
        <OrmComparisonTable />
      </details>
    </section>
  );
}
