import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { visibleFeatureRows } from '../domain/comparison-markdown';
import { FEATURE_ROWS } from '../domain/content/feature-rows';
import { KEY_FACTS } from '../domain/content/key-facts';
import { FRAMEWORK_IDS, type FrameworkId } from '../domain/frameworks';
import { QUESTION_COUNT } from '../domain/questions';
import { answerWeights } from '../domain/scoring';
import { paths } from '../paths';
import { ComparisonCopy, FrameworkToggles, RowsToggle } from '../comparison/comparison-controls';
import { FeatureComparison } from '../comparison/feature-comparison';
import { OrmComparisonTable } from '../comparison/orm-comparison-table';
import { WhenToChooseSection } from '../comparison/when-to-choose-section';
import { useResultLink } from '../ui/use-result-link';
import { useChrome } from '../ui/chrome';
import { FrameworkPatterns } from '../ui/framework-key';
import { PageHeading } from '../ui/page-heading';
import { SourceList } from '../ui/source-list';
import { useDocumentTitle } from '../ui/use-document-title';

const KIND_LABELS = { fact: 'Fact', opinion: 'Opinion', unverified: 'Unverified' } as const;

/** The side-by-side comparison without the wizard; `?<answers>` marks what they prioritise. */
export function ComparePage() {
  const chrome = useChrome();
  const link = useResultLink();
  useDocumentTitle('Django, Flask and FastAPI compared');
  // Answers in the URL mark the rows they weight; a link from a newer version marks none.
  const weighted = useMemo(
    () => (link.kind === 'result' ? [...answerWeights(link.link.answers, link.model).keys()] : []),
    [link],
  );
  const [visible, setVisible] = useState<FrameworkId[]>([...FRAMEWORK_IDS]);
  const [onlyPriorityRows, setOnlyPriorityRows] = useState(false);
  const showPriorities = weighted.length > 0;
  const onlyPriorities = showPriorities && onlyPriorityRows;

  return (
    <div className="compare-page">
      <FrameworkPatterns />
      <PageHeading>Django, Flask and FastAPI compared</PageHeading>
      <p className="lede">
        The usual comparison table, checked against each project’s documentation and release notes
        and corrected where it had fallen out of date. Every cell names its sources.
      </p>
      <p>
        <Link to={paths.question.getHref('kind', chrome)}>
          Answer {QUESTION_COUNT} questions for a recommendation
        </Link>
      </p>
      {showPriorities && (
        <p>Rows marked “Your priority” are the ones the answers in this link weighted.</p>
      )}
      <div className="view-controls">
        <FrameworkToggles visible={visible} onChange={setVisible} />
        {showPriorities && <RowsToggle value={onlyPriorityRows} onChange={setOnlyPriorityRows} />}
      </div>
      {visible.length > 0 && (
        <FeatureComparison
          weightedCriteria={weighted}
          showPriorities={showPriorities}
          cardHeadingLevel={2}
          frameworks={visible}
          onlyPriorityRows={onlyPriorities}
        />
      )}
      <ComparisonCopy
        rows={visibleFeatureRows(FEATURE_ROWS, weighted, onlyPriorities)}
        frameworks={visible}
      />

      <section className="section" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Key facts</h2>
        <ul className="key-facts">
          {KEY_FACTS.map((fact) => (
            <li key={fact.text}>
              <span className={`tag tag--${fact.kind}`}>{KIND_LABELS[fact.kind]}</span> {fact.text}
              {fact.note && <span className="key-facts__note"> {fact.note}</span>}
              <SourceList sources={fact.sources} />
            </li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="orm-compare-heading">
        <h2 id="orm-compare-heading">Django ORM and SQLAlchemy</h2>
        <OrmComparisonTable />
      </section>

      <WhenToChooseSection />
    </div>
  );
}
