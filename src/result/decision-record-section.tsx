import { useMemo, useState } from 'react';
import { adrFilename, adrMarkdown } from '../domain/adr';
import type { ScoringModel } from '../domain/model-types';
import type { Answers } from '../domain/questions';
import type { FrameworkId } from '../domain/frameworks';
import { CopyField } from '../ui/copy-field';

/** Today in the user's time zone, as `YYYY-MM-DD`: the date a decision record carries. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How long a download's object URL lives: long enough for any browser to have read it. */
const REVOKE_AFTER_MS = 30_000;

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * The result as an Architecture Decision Record (MADR) to download into a repository or copy into
 * a wiki. The date is taken once, when the page opens.
 */
export function DecisionRecordSection({
  answers,
  model,
  resultUrl,
  winner,
}: {
  answers: Answers;
  model: ScoringModel;
  resultUrl: string;
  /** The recommended framework, which names the file. */
  winner: FrameworkId;
}) {
  const [date] = useState(() => localDate(new Date()));
  const markdown = useMemo(
    () => adrMarkdown({ answers, model, date, resultUrl }),
    [answers, model, date, resultUrl],
  );
  const filename = adrFilename(winner, date);
  return (
    <section className="section" aria-labelledby="adr-heading">
      <h2 id="adr-heading">Record the decision</h2>
      <p>
        An Architecture Decision Record in the MADR format: the problem, your decision drivers, the
        options with their pros and cons, the outcome with every score, and a link back to this
        result. Its status is “proposed” until your team agrees.
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => download(filename, markdown)}>
          Download decision record (.md)
        </button>
      </div>
      <CopyField
        label="Decision record (Markdown)"
        value={markdown}
        buttonLabel="Copy decision record"
        multiline
      />
    </section>
  );
}
