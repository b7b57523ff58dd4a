import { FRAMEWORK_NAMES, type FrameworkId } from '../domain/frameworks';
import { RESULT_SECTION_IDS, type ResultSectionId } from './section-links';

/** A section's title, for the winner named `name`. */
export function sectionTitle(id: ResultSectionId, name: string): string {
  switch (id) {
    case RESULT_SECTION_IDS.why:
      return `Why ${name} and not the others`;
    case RESULT_SECTION_IDS.watch:
      return `What counts against ${name}`;
    case RESULT_SECTION_IDS.howClose:
      return 'What would change the answer';
    case RESULT_SECTION_IDS.sideBySide:
      return 'Side by side';
    case RESULT_SECTION_IDS.database:
      return 'Your database layer';
    case RESULT_SECTION_IDS.recipe:
      return `Start building with ${name}`;
    case RESULT_SECTION_IDS.decisionRecord:
      return 'Record the decision';
    case RESULT_SECTION_IDS.whenToChoose:
      return 'When to choose each';
    case RESULT_SECTION_IDS.glossary:
      return 'Words used on this page';
  }
}

/**
 * The result's sections below the first screen, in the order a reviewer needs them: why, what
 * to watch, what would change the answer, then the comparison, the database advice and the
 * starter app, then the record and the reference material.
 */
export function resultSections(winner: FrameworkId): { id: ResultSectionId; title: string }[] {
  const name = FRAMEWORK_NAMES[winner];
  return Object.values(RESULT_SECTION_IDS).map((id) => ({ id, title: sectionTitle(id, name) }));
}
