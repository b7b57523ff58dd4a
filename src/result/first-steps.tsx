import type { FirstSteps as Steps } from '../domain/result-report';
import { useChrome } from '../ui/chrome';
import { ExternalLink } from '../ui/external-link';
import { RESULT_SECTION_IDS, openSectionFromLink } from './section-links';

/** Where someone learning starts: the result's first screen leads with it. */
export function FirstSteps({ steps }: { steps: Steps }) {
  const chrome = useChrome();
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
                <a
                  href={`#${RESULT_SECTION_IDS.recipe}`}
                  onClick={(event) => openSectionFromLink(event, RESULT_SECTION_IDS.recipe, chrome)}
                >
                  Go to the starter app
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
      <p>{steps.later}</p>
    </section>
  );
}
