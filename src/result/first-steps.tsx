import type { FirstSteps as Steps } from '../domain/result-report';
import { ExternalLink } from '../ui/external-link';
import { SectionLink } from './section-link';
import { RESULT_SECTION_IDS } from './section-links';

/** Where someone learning starts: the result's first screen leads with it. */
export function FirstSteps({ steps }: { steps: Steps }) {
  return (
    <section className="first-steps" aria-labelledby="first-steps-heading">
      <h2 id="first-steps-heading">{steps.heading}</h2>
      <p>{steps.intro}</p>
      <ol>
        {steps.steps.map((step) => (
          <li key={step.text}>
            {step.text}
            {step.source && (
              <>
                {' '}
                <ExternalLink href={step.source.ref}>{step.source.label}</ExternalLink>
              </>
            )}
            {step.section && (
              <>
                {' '}
                <SectionLink id={RESULT_SECTION_IDS.recipe}>Go to the starter app</SectionLink>
              </>
            )}
          </li>
        ))}
      </ol>
      <p>{steps.later}</p>
    </section>
  );
}
