import { useMemo } from 'react';
import { Link } from 'react-router';
import { KEY_FACTS } from '../domain/content/key-facts';
import { answerWeights } from '../domain/scoring';
import { findModel } from '../domain/scoring-models';
import { paths } from '../paths';
import { FeatureCardList } from '../result/feature-cards';
import { useModelRegistry } from '../result/model-registry-context';
import { OrmComparisonTable } from '../result/orm-comparison-table';
import { useDecodedLink } from '../result/use-decoded-link';
import { WhenToChooseSection } from '../result/when-to-choose-section';
import { useChrome } from '../ui/chrome';
import { PageHeading } from '../ui/page-heading';
import { SourceList } from '../ui/source-list';
import { useDocumentTitle } from '../ui/use-document-title';

const KIND_LABELS = { fact: 'Fact', opinion: 'Opinion', unverified: 'Unverified' } as const;

/** The side-by-side comparison without the wizard; `?<answers>` marks what they prioritise. */
export function ComparePage() {
  const chrome = useChrome();
  const link = useDecodedLink();
  const registry = useModelRegistry();
  useDocumentTitle('Django, Flask and FastAPI compared');
  const model = findModel(registry, link.modelId) ?? registry.current;
  const weighted = useMemo(
    () => [...answerWeights(link.answers, model).keys()],
    [link.answers, model],
  );

  return (
    <div className="compare-page">
      <PageHeading>Django, Flask and FastAPI compared</PageHeading>
      <p className="lede">
        The usual comparison table, checked against each project’s documentation and release notes
        and corrected where it had fallen out of date. Every cell names its sources.
      </p>
      <p>
        <Link to={paths.question.getHref('kind', chrome)}>
          Answer 8 questions for a recommendation
        </Link>
      </p>
      {weighted.length > 0 && (
        <p>Rows marked “Your priority” are the ones the answers in this link weighted.</p>
      )}
      <FeatureCardList
        weightedCriteria={weighted}
        showPriorities={weighted.length > 0}
        cardHeadingLevel={2}
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
