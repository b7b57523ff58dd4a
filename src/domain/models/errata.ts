/**
 * Dated corrections to released scoring models. A released model is frozen data (its digest is
 * pinned by a test): when a fact behind one of its texts or sources turns out wrong or goes out of
 * date, the correction is added here and shown beside the text it corrects. Its numbers never
 * change: a corrected fact that should change a rating goes into the next model.
 */
import type { Source } from '../content/sourced';
import type { FrameworkId } from '../frameworks';

export interface Erratum {
  /** The released model whose text it corrects, e.g. `2027-01`. */
  readonly model: string;
  /** When the correction was published, `YYYY-MM-DD`. */
  readonly date: string;
  /** The criterion whose text it corrects. */
  readonly criterion: string;
  /** The framework whose justification it corrects; absent for the criterion's own wording. */
  readonly framework?: FrameworkId;
  /** What the released text says that no longer holds, quoted briefly. */
  readonly corrects: string;
  /** The corrected statement, in plain text. */
  readonly correction: string;
  /** Where the corrected statement comes from. */
  readonly sources: readonly Source[];
}

export const ERRATA: readonly Erratum[] = [];
