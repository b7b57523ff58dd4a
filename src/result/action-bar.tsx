import { useState, type ReactNode } from 'react';
import type { LeadingAction } from '../domain/result-report';
import { CopyField } from '../ui/copy-field';
import type { DecisionRecordInput } from './result-exports';
import { SectionLink } from './section-link';
import { RESULT_SECTION_IDS } from './section-links';

const loadExports = () => import('./result-exports');

/**
 * What people take away from the first screen: the action they most likely need first (the
 * report decides: someone learning gets Get started, a team decision the record), the other one,
 * the link, then a printable copy and the team page, smaller. The record is built on first use
 * from a module the lower sections load anyway. (The comparison has its own copy button, with
 * the rows it shows.)
 */
export function ActionBar({
  resultUrl,
  record,
  leading,
  teamLink,
}: {
  resultUrl: string;
  record: DecisionRecordInput;
  leading: LeadingAction;
  /** The slot for "Decide with your team" (the team feature provides the link). */
  teamLink?: ReactNode;
}) {
  const [status, setStatus] = useState('');

  async function downloadRecord() {
    const exports = await loadExports();
    const file = exports.decisionRecordFile(record);
    exports.downloadMarkdown(file.filename, file.text);
    setStatus(`Downloaded ${file.filename}.`);
  }

  const style = (action: LeadingAction) =>
    action === leading ? 'button' : 'button button--secondary';
  const recordButton = (
    <button
      key="record"
      type="button"
      className={style('decision-record')}
      onClick={() => void downloadRecord()}
    >
      Download decision record (.md)
    </button>
  );
  const startLink = (
    <SectionLink key="start" id={RESULT_SECTION_IDS.recipe} className={style('get-started')}>
      Get started
    </SectionLink>
  );

  return (
    <div className="action-bar" role="group" aria-label="Use this result">
      <div className="action-bar__lead">
        {leading === 'get-started' ? [startLink, recordButton] : [recordButton, startLink]}
      </div>
      <CopyField label="Link to this result" value={resultUrl} buttonLabel="Copy link" />
      <div className="action-bar__more">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => window.print()}
        >
          Print or save as PDF
        </button>
        {teamLink}
      </div>
      <p className="action-bar__status" role="status">
        {status}
      </p>
    </div>
  );
}

/** The sections below the first screen, as links that open them. */
export function OnThisPage({ sections }: { sections: readonly { id: string; title: string }[] }) {
  return (
    <nav className="on-this-page" aria-labelledby="on-this-page-heading">
      <h2 id="on-this-page-heading" className="on-this-page__title">
        On this page
      </h2>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <SectionLink id={section.id}>{section.title}</SectionLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
