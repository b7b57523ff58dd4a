import type { FrameworkId } from '../domain/frameworks';
import type { Criterion } from '../domain/model-types';

/**
 * A rating's justification, marked as the project's assessment: the rating is a judgement made
 * from the sources beside it, not a fact they state.
 */
export function Justification({ criterion, about }: { criterion: Criterion; about: FrameworkId }) {
  return (
    <>
      <span className="tag">Our assessment</span> {criterion.justification[about]}
    </>
  );
}
