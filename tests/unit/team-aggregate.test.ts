import fc from 'fast-check';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import type { Answers } from '../../src/domain/questions';
import { scoreAnswers, winnerOf } from '../../src/domain/scoring';
import { decodeTeamQuery, type TeamMember } from '../../src/domain/links/team-link';
import { MODEL_CATALOG } from '../../src/domain/model-catalog';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';
import { decideAsTeam as decideUnder, type TeamDecision } from '../../src/domain/team-aggregate';
import { TEST_TODAY } from '../support/results';
import {
  memberList,
  notEveryonesPickSentence,
  pivotSentence,
  splitSentence,
} from '../../src/domain/team-text';
import { withAnswer } from '../../src/domain/what-if';
import { ANA, answersArbitrary, BEN, CY } from './team-fixtures';

const model = MODEL_2026_11;
const member = (name: string, answers: Answers): TeamMember => ({
  name,
  modelId: model.id,
  answers,
});
const decideAsTeam = (members: readonly TeamMember[], under = model) =>
  decideUnder(members, under, MODEL_REGISTRY, TEST_TODAY);

/** A team whose pick is not everyone's: two of three pick Django, the combined answers FastAPI. */
const SPLIT_TEAM: readonly TeamMember[] = [ANA, BEN, CY];

/** What a decision says, with members named rather than placed: equal for any member order. */
function summary(decision: TeamDecision, members: readonly TeamMember[]) {
  const names = (indexes: readonly number[]) =>
    indexes.map((index) => members[index]?.name ?? '').sort();
  return {
    answers: decision.answers,
    ranking: decision.report.result.ranking.map((entry) => [entry.id, entry.exactScore]),
    splits: decision.splits.map((tally) => [tally.question.id, splitSentence(tally)]),
    agreements: decision.agreements.map((tally) => tally.question.id),
    pivots: decision.pivots.map((pivot) => [pivot.tally.question.id, pivot.value, pivot.winner]),
    marks: decision.mustHaveMarks.map((mark) => [mark.criterion.id, names(mark.members)]),
    dissenters: names(decision.dissenters),
  };
}

describe('decideAsTeam', () => {
  it('gives a unanimous team the pick each member gets alone, with nothing split', () => {
    const answers: Answers = { kind: 'api', async: 'must', docs: 'must', perf: 'important' };
    const decision = decideAsTeam([
      member('Ana', answers),
      member('Ben', answers),
      member('', answers),
    ]);
    expect(decision.answers).toEqual(answers);
    // scoring-model.md section 6: fastapi 100, django 58, flask 42.
    expect(decision.report.result.ranking.map((entry) => [entry.id, entry.score])).toEqual([
      ['fastapi', 100],
      ['django', 58],
      ['flask', 42],
    ]);
    expect(decision.members.map((outcome) => outcome.winner)).toEqual([
      'fastapi',
      'fastapi',
      'fastapi',
    ]);
    expect(decision.splits).toEqual([]);
    expect(decision.pivots).toEqual([]);
    expect(decision.dissenters).toEqual([]);
    expect(notEveryonesPickSentence(decision)).toBeUndefined();
    expect(decision.agreements.map((tally) => tally.question.id)).toEqual([
      'kind',
      'async',
      'perf',
      'docs',
    ]);
  });

  it('takes the lower median of importance levels, ignoring those who skipped', () => {
    const levels = (...values: (string | undefined)[]) =>
      decideAsTeam(
        values.map((value, index) =>
          member(`P${index}`, (value === undefined ? {} : { async: value }) as Answers),
        ),
      ).answers.async;
    expect(levels('must', 'must', 'no', 'no', 'no')).toBe('no');
    expect(levels('must', 'must', 'must', 'no', 'no')).toBe('must');
    // An even count takes the lower middle answer: a strict majority gave it or more.
    expect(levels('no', 'nice', 'important', 'must')).toBe('nice');
    expect(levels('must', 'must', 'no', 'no')).toBe('no');
    expect(levels('must', undefined, undefined)).toBe('must');
    expect(levels(undefined, undefined)).toBeUndefined();
  });

  it('takes the answer most members gave to a choice question, and no answer on a tie', () => {
    const kinds = (...values: string[]) => {
      const decision = decideAsTeam(
        values.map((kind, index) => member(`P${index}`, { kind } as Answers)),
      );
      const tally = decision.tallies.find((t) => t.question.id === 'kind');
      return [decision.answers.kind, tally?.tied];
    };
    expect(kinds('api', 'api', 'webapp')).toEqual(['api', false]);
    expect(kinds('api', 'webapp')).toEqual([undefined, true]);
    expect(kinds('api', 'webapp', 'ml', 'ml')).toEqual(['ml', false]);
    expect(kinds('learn')).toEqual(['learn', false]);
  });

  it('scores a split team on its combined answers and says the pick is not everyone’s', () => {
    const decision = decideAsTeam(SPLIT_TEAM);
    const combined: Answers = {
      kind: 'api',
      async: 'nice',
      admin: 'important',
      orm: 'django',
      docs: 'important',
    };
    expect(decision.answers).toEqual(combined);
    expect(decision.report.result).toEqual(scoreAnswers(combined, model));
    expect(decision.winner).toBe('fastapi');
    expect(decision.members.map((outcome) => outcome.winner)).toEqual([
      'fastapi',
      'django',
      'django',
    ]);
    expect(notEveryonesPickSentence(decision)).toBe(
      'FastAPI is the team’s pick but not everyone’s: Ben and Cy’s own answers point to Django.',
    );
  });

  it('lists splits biggest first, in words, and the agreements apart', () => {
    const decision = decideAsTeam([
      member('A', { async: 'must', orm: 'django', style: 'freedom' }),
      member('B', { async: 'must', orm: 'django', style: 'freedom' }),
      member('C', { async: 'no', orm: 'django', style: 'freedom' }),
      member('D', { async: 'no', orm: 'sqlalchemy', style: 'freedom' }),
      member('E', { async: 'no', orm: 'django' }),
    ]);
    expect(decision.splits.map((tally) => [tally.question.id, splitSentence(tally)])).toEqual([
      ['async', "three say doesn't matter, two say must have"],
      ['orm', "four say “Django's built-in ORM”, one says “SQLAlchemy”"],
    ]);
    expect(decision.agreements.map((tally) => tally.question.id)).toEqual(['style']);
    expect(splitSentence(decision.agreements[0]!)).toBe(
      'four say “I choose every part”, one skipped it',
    );
  });

  it('finds each split that, settled on another member’s answer, changes the pick', () => {
    const decision = decideAsTeam(SPLIT_TEAM);
    expect(decision.pivots.map(pivotSentence)).toEqual([
      'If the team settled “What you are building” on “A full web app with pages and user accounts”, Django would be its pick instead.',
      'If the team settled “Admin panel” on must have, Django would be its pick instead.',
    ]);
    // And no other answer a member gave, on any split, would change it.
    const pivotal = new Set(decision.pivots.map((pivot) => pivot.tally.question.id));
    for (const tally of decision.splits.filter((t) => !pivotal.has(t.question.id))) {
      for (const group of tally.groups) {
        const changed = withAnswer(decision.answers, tally.question.id, group.value);
        expect(winnerOf(scoreAnswers(changed, model)).id).toBe(decision.winner);
      }
    }
  });

  it('lists the must-haves any member marked, and whether the pick meets them', () => {
    const decision = decideAsTeam(SPLIT_TEAM);
    expect(
      decision.mustHaveMarks.map((mark) => [
        mark.criterion.id,
        memberList(SPLIT_TEAM, mark.members),
        mark.forTeam,
        mark.pickFails,
      ]),
    ).toEqual([
      ['async_io', 'Ana', false, false],
      ['builtin_admin', 'Ben', false, true],
    ]);
  });

  it('gives an empty team the general view', () => {
    const decision = decideAsTeam([]);
    expect(decision.report.result.generalView).toBe(true);
    expect(decision.winner).toBe(winnerOf(scoreAnswers({}, model)).id);
  });

  it('does not depend on the order of the members', () => {
    fc.assert(
      fc.property(
        fc
          .array(answersArbitrary, { minLength: 1, maxLength: 8 })
          .map((all) => all.map((answers, index) => member(`M${index}`, answers))),
        fc.func(fc.integer()),
        (members, key) => {
          const shuffled = [...members].sort((a, b) => key(a.name) - key(b.name));
          expect(summary(decideAsTeam(shuffled), shuffled)).toEqual(
            summary(decideAsTeam(members), members),
          );
        },
      ),
      // Each decision builds a full report per member: 60 runs of up to 8 members stay well
      // inside the test's time on a loaded machine.
      { numRuns: 60 },
    );
  });

  it('scores each member with their own model and the team with its own, and says which answers do not count', () => {
    const ana: TeamMember = {
      name: 'Ana',
      modelId: '2027-01',
      answers: { kind: 'dashboard', codebase: 'django', async: 'must' },
    };
    const decision = decideAsTeam([ana, member('Ben', { async: 'must' })]);
    expect(decision.otherModels).toEqual([0]);
    expect(decision.members[0]?.report.model.id).toBe('2027-01');
    expect(decision.members[0]?.report.answers).toEqual(ana.answers);
    expect(decision.members[0]?.notCounted.map((part) => [part.key, part.reason])).toEqual([
      ['kind', 'value-not-in-model'],
      ['codebase', 'not-in-model'],
    ]);
    expect(decision.answers).toEqual({ async: 'must' });
    expect(decision.report.model.id).toBe('2026-11');
  });

  it('reproduces a frozen team link’s result forever', () => {
    // Released team links live in chats and decision records: this link and its result never change.
    const { team } = decodeTeamQuery(
      '?t=1&data=2026-11&name=Billing%20API&m=Ana~kind-api.async-must.docs-important.orm-sqlalchemy&m=Ben~kind-api.async-no.admin-must.orm-django&m=Cy~kind-webapp.async-nice.admin-important.orm-django',
      MODEL_CATALOG,
    );
    const decision = decideAsTeam(team.members);
    expect(decision.report.result.ranking.map((entry) => [entry.id, entry.score])).toEqual([
      ['fastapi', 85],
      ['django', 72],
      ['flask', 49],
    ]);
    expect(decision.members.map((outcome) => outcome.winner)).toEqual([
      'fastapi',
      'django',
      'django',
    ]);
  });
});
