import { formatDay } from '../domain/dates';
import type { Cited } from '../domain/result-report';
import { SourcesDisclosure } from './sources-disclosure';

/**
 * A rating's justification, marked as the project's assessment (a judgement made from the sources
 * beside it, not a fact they state), with its sources and any dated correction published since
 * the model was released, shown beside the text it corrects.
 */
export function Justification({ basis }: { basis: Cited }) {
  return (
    <>
      <span className="tag">Our assessment</span> {basis.text}
      <SourcesDisclosure sources={basis.sources} />
      {basis.errata.map((erratum) => (
        <span className="erratum" key={`${erratum.date}-${erratum.corrects}`}>
          {' '}
          <strong>Correction, {formatDay(erratum.date)}:</strong> {erratum.correction}
          <SourcesDisclosure sources={erratum.sources} />
        </span>
      ))}
    </>
  );
}
