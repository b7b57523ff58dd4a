import { useMemo } from 'react';
import type { ResultReport } from '../domain/result-report';
import { CopyField } from '../ui/copy-field';
import { decisionRecordMarkdown } from './result-exports';

/**
 * The result as an Architecture Decision Record (MADR) to copy into a wiki (the action bar
 * downloads it). Printed as plain text, since print shows no text boxes.
 */
export function DecisionRecordSection({
  report,
  resultUrl,
}: {
  report: ResultReport;
  resultUrl: string;
}) {
  const markdown = useMemo(
    () => decisionRecordMarkdown({ report, resultUrl }),
    [report, resultUrl],
  );
  return (
    <section className="section" aria-labelledby="adr-heading">
      <h2 id="adr-heading">Record the decision</h2>
      <p>
        An Architecture Decision Record in the MADR format: the problem, your decision drivers, the
        options with their pros and cons, the outcome with every score, and a link back to this
        result. Its status is “proposed” until your team agrees. “Download decision record” at the
        top of the page saves it as a file.
      </p>
      <CopyField
        label="Decision record (Markdown)"
        value={markdown}
        buttonLabel="Copy decision record"
        multiline
      />
      <pre className="print-only decision-record__print">{markdown}</pre>
    </section>
  );
}
