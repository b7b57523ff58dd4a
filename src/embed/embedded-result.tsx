import type { ComponentType } from 'react';
import type { ReportReason, WatchItem } from '../domain/result-report';
import type { Answers } from '../domain/questions';
import { absoluteUrl, paths } from '../paths';
import { CopyField } from '../ui/copy-field';
import { FrameworkPatterns } from '../ui/framework-key';
import { IgnoredNotice } from '../ui/ignored-notice';
import { Justification } from '../ui/justification';
import { NewerVersionPage } from '../ui/newer-version-page';
import { PageHeading } from '../ui/page-heading';
import { RankingList } from '../ui/ranking-list';
import { useTapGuard } from '../ui/tap-guard';
import { useDocumentTitle } from '../ui/use-document-title';
import { useResultReport } from '../ui/use-result-link';
import './embedded-result.css';

export interface EmbeddedResultProps {
  /** The wizard's "Change answers" and "Start over", for the result's answers; app/ composes them in. */
  readonly AnswerActions: ComponentType<{ answers: Answers }>;
}

/**
 * The result inside a frame, short enough for a reader in the middle of an article: the verdict,
 * the ranking, the top reasons and what to watch, the link, and the full result in a new tab for
 * everything else (the long sections stay on the full page). Everything it says is a field of
 * the result report.
 */
export function EmbeddedResult({ AnswerActions }: EmbeddedResultProps) {
  const { resolved, report } = useResultReport();
  const guard = useTapGuard();
  useDocumentTitle(report?.verdict.headline ?? 'Link from a newer version');
  if (resolved.kind === 'newer' || !report) {
    return (
      <NewerVersionPage
        what="link"
        version={resolved.kind === 'newer' ? resolved.version : 0}
        startHref={paths.question.getHref('kind', 'embed')}
        startLabel="Start over"
      />
    );
  }
  const resultUrl = absoluteUrl(paths.result.getHref(resolved.shareQuery));
  const { verdict, reasons } = report;
  return (
    <div className="embedded-result" {...guard}>
      <FrameworkPatterns />
      {resolved.link.ignored.length > 0 && <IgnoredNotice ignored={resolved.link.ignored} />}
      <p className="eyebrow">Your recommendation</p>
      <PageHeading>{verdict.headline}</PageHeading>
      <p className="lede">{verdict.lede}</p>
      {verdict.caveat && <p className="verdict-caveat">{verdict.caveat}</p>}
      {report.tie && <p className="notice">{report.tie.sentence}</p>}
      <RankingList ranking={report.ranking} />

      <h2>Top reasons</h2>
      {reasons.for.length > 0 ? (
        <ReasonList items={reasons.for} />
      ) : (
        <p>
          {reasons.noneFor}; {report.edge.yours}.
        </p>
      )}

      <h2>What to watch</h2>
      <p>{report.watchIntro}</p>
      {report.watch.length > 0 && <ReasonList items={report.watch} />}

      <div className="embedded-result__use" role="group" aria-label="Use this result">
        <CopyField label="Link to this result" value={resultUrl} buttonLabel="Copy link" />
        <p>
          <a className="button" href={resultUrl} target="_blank" rel="noopener noreferrer">
            Open the full result
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
        <p className="embedded-result__model">{report.model.line}</p>
      </div>
      <div className="actions">
        <AnswerActions answers={report.answers} />
      </div>
    </div>
  );
}

/** A reason for the winner, or a weak spot to watch: the criterion, then the sourced assessment. */
function ReasonList({ items }: { items: readonly (ReportReason | WatchItem)[] }) {
  return (
    <ul className="reasons">
      {items.map((item) => (
        <li key={item.criterion.id}>
          <strong>{item.criterion.label}</strong>
          {'ratings' in item && <span className="reason__ratings"> ({item.ratings})</span>}:{' '}
          <Justification basis={item.basis} />
        </li>
      ))}
    </ul>
  );
}
