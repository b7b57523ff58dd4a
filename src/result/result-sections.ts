import { FRAMEWORK_NAMES, type FrameworkId } from '../domain/frameworks';
import { RESULT_SECTION_IDS } from './section-links';

/** The titles of the result's sections below the first screen, in page order. */
export function resultSections(winner: FrameworkId): { id: string; title: string }[] {
  const name = FRAMEWORK_NAMES[winner];
  return [
    { id: RESULT_SECTION_IDS.why, title: `Why ${name}` },
    { id: RESULT_SECTION_IDS.howClose, title: 'How close is it?' },
    { id: RESULT_SECTION_IDS.sideBySide, title: 'Side by side' },
    { id: RESULT_SECTION_IDS.points, title: 'Where the points come from' },
    { id: RESULT_SECTION_IDS.database, title: 'Your database layer' },
    { id: RESULT_SECTION_IDS.whenToChoose, title: 'When to choose each' },
    { id: RESULT_SECTION_IDS.recipe, title: `Start building with ${name}` },
    { id: RESULT_SECTION_IDS.decisionRecord, title: 'Record the decision' },
    { id: RESULT_SECTION_IDS.glossary, title: 'Words used on this page' },
  ];
}
