import { GLOSSARY } from '../domain/glossary';
import { SourcesDisclosure } from '../ui/sources-disclosure';

/** The jargon the page uses (ASGI, ORM, Pydantic…), a sentence each. */
export function GlossarySection() {
  return (
    <section className="section" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">Words used on this page</h2>
      <dl className="glossary">
        {GLOSSARY.map((entry) => (
          <div key={entry.term} className="glossary__entry">
            <dt>
              <dfn>{entry.term}</dfn>
              {'expansion' in entry && (
                <span className="glossary__expansion"> ({entry.expansion})</span>
              )}
            </dt>
            <dd>
              {entry.meaning}
              <SourcesDisclosure sources={[entry.source]} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
