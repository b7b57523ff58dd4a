/**
 * The team the team tests share (unit, component and browser): three people who disagree, so
 * that the team's pick (FastAPI) is not everyone's (Ben's and Cy's own answers pick Django), and
 * an arbitrary of any answers for property tests.
 */
import fc from 'fast-check';
import { QUESTIONS, type Answers } from '../../src/domain/questions';
import type { TeamMember } from '../../src/domain/links/team-link';

export const ANA: TeamMember = {
  name: 'Ana',
  modelId: '2026-11',
  answers: { kind: 'api', async: 'must', docs: 'important', orm: 'sqlalchemy' },
};
export const BEN: TeamMember = {
  name: 'Ben',
  modelId: '2026-11',
  answers: { kind: 'api', async: 'no', admin: 'must', orm: 'django' },
};
export const CY: TeamMember = {
  name: 'Cy',
  modelId: '2026-11',
  answers: { kind: 'webapp', async: 'nice', admin: 'important', orm: 'django' },
};

/** A fourth teammate, for journeys of a lead and three teammates. */
export const DEE: TeamMember = {
  name: 'Dee',
  modelId: '2026-11',
  answers: { kind: 'micro', perf: 'important', style: 'freedom' },
};

/** Any answers: each question skipped or given one of its values. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(
    ...QUESTIONS.map((question) =>
      fc.option(fc.constantFrom(...question.options.map((option) => option.value as string)), {
        nil: undefined,
      }),
    ),
  )
  .map((values) => {
    const answers: Record<string, string> = {};
    QUESTIONS.forEach((question, index) => {
      const value = values[index];
      if (value !== undefined) answers[question.id] = value;
    });
    return answers as Answers;
  });
