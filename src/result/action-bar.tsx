import { useState, type MouseEvent, type ReactNode } from 'react';
import type { FrameworkId } from '../domain/frameworks';
import { absoluteUrl, paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { CopyField } from '../ui/copy-field';
import type { DecisionRecordInput } from './result-exports';
import { RESULT_SECTION_IDS, openSectionFromLink, requestOpenSection } from './section-links';

const loadExports = () => import('./result-exports');

/**
 * What people came for, under the verdict: the link, the decision record, the comparison, a
 * printable copy and the stack recipe, without scrolling. The record and the comparison are
 * built on first use from a module the lower sections load anyway.
 */
export function ActionBar({
  resultUrl,
  record,
  frameworks,
  teamLink,
}: {
  resultUrl: string;
  record: DecisionRecordInput;
  /** The comparison's columns, in ranking order. */
  frameworks: readonly FrameworkId[];
  /** The slot for "Decide with your team" (the team feature provides the link). */
  teamLink?: ReactNode;
}) {
  const chrome = useChrome();
  const [status, setStatus] = useState('');

  async function downloadRecord() {
    const exports = await loadExports();
    const file = exports.decisionRecordFile(record);
    exports.downloadMarkdown(file.filename, file.text);
    setStatus(`Downloaded ${file.filename}.`);
  }

  async function copyComparison() {
    const exports = await loadExports();
    const markdown = exports.fullComparisonMarkdown(
      frameworks,
      absoluteUrl(paths.compare.getHref()),
    );
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus('Comparison copied to the clipboard as a Markdown table.');
    } catch {
      setStatus(
        'Your browser refused the clipboard: open “Side by side” below to select the table by hand.',
      );
    }
  }

  function getStarted(event: MouseEvent<HTMLAnchorElement>) {
    openSectionFromLink(event, RESULT_SECTION_IDS.recipe, chrome);
  }

  return (
    <div className="action-bar" role="group" aria-label="Use this result">
      <CopyField label="Link to this result" value={resultUrl} buttonLabel="Copy link" />
      <div className="action-bar__buttons">
        <button type="button" className="button" onClick={() => void downloadRecord()}>
          Download decision record (.md)
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void copyComparison()}
        >
          Copy comparison
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <a
          className="button button--secondary"
          href={`#${RESULT_SECTION_IDS.recipe}`}
          onClick={getStarted}
        >
          Get started
        </a>
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
            <a href={`#${section.id}`} onClick={() => requestOpenSection(section.id, false)}>
              {section.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
