import { WHEN_TO_CHOOSE } from '../domain/content/when-to-choose';
import { FRAMEWORK_IDS, FRAMEWORK_NAMES, type FrameworkId } from '../domain/frameworks';
import { FrameworkSwatch } from '../ui/framework-key';
import { SourcesDisclosure } from '../ui/sources-disclosure';
import './comparison.css';

/** The common "When to choose" guidance, labelled as the rules of thumb most of it is. */
export function WhenToChooseSection({
  highlight,
  frameworks = FRAMEWORK_IDS,
  headingLevel = 2,
}: {
  highlight?: FrameworkId;
  /** In the ranking's order on a result page. */
  frameworks?: readonly FrameworkId[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Subheading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="section" aria-labelledby="when-heading">
      <Heading id="when-heading">When to choose each</Heading>
      <p>
        Rules of thumb from common practice; items marked “Opinion” are heuristics, not measured
        facts. The notes beside them name their sources.
      </p>
      <div className="when-grid">
        {frameworks.map((id) => (
          <div key={id} className={id === highlight ? 'when when--highlight' : 'when'}>
            <Subheading>
              <FrameworkSwatch id={id} />
              {FRAMEWORK_NAMES[id]}
            </Subheading>
            <ul>
              {WHEN_TO_CHOOSE[id].map((item) => (
                <li key={item.text}>
                  {item.text}
                  {item.opinion && <span className="tag">Opinion</span>}
                  {item.note && <span className="when__note"> {item.note}</span>}
                  <SourcesDisclosure sources={item.sources ?? []} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
