/**
 * Who is in a team: replies that went round in parallel merge back with nobody lost or doubled,
 * the same person's link added twice is recognised, an empty answer set is refused, and the lead
 * sees who has replied and who is still expected.
 */
import fc from 'fast-check';
import {
  MAX_EXPECTED_NAMES,
  MAX_TEAM_MEMBERS,
  packAnswers,
  type Team,
  type TeamMember,
} from '../../src/domain/links/team-link';
import {
  mergeIntoTeam,
  readNameList,
  rosterOf,
  withDetails,
  type Incoming,
} from '../../src/domain/team-members';
import { ANA, BEN, CY, answersArbitrary } from './team-fixtures';

const team = (members: readonly TeamMember[], extra: Partial<Team> = {}): Team => ({
  modelId: '2026-11',
  name: 'Billing API',
  members,
  ...extra,
});
const link = (members: readonly TeamMember[]): Incoming => ({ members });
const names = (t: Team) => t.members.map((member) => member.name);
const DEE: TeamMember = { name: 'Dee', modelId: '2026-11', answers: { kind: 'micro' } };
const unnamed = (answers: TeamMember['answers']): TeamMember => ({
  name: '',
  modelId: '2026-11',
  answers,
});

describe('mergeIntoTeam', () => {
  it('merges replies made in parallel from one link: everyone once, the lead not doubled', () => {
    const start = team([ANA], { lead: 'Ana', expected: ['Ben', 'Cy', 'Dee', 'Eve'] });
    const replies = [BEN, CY, DEE].map((member) => link([ANA, member]));
    const outcome = mergeIntoTeam(start, replies);
    expect(names(outcome.team)).toEqual(['Ana', 'Ben', 'Cy', 'Dee']);
    expect(outcome.added).toEqual([1, 2, 3]);
    expect(outcome.alreadyThere).toEqual([{ place: 0, byAnswers: false }]);
    expect(outcome.leftOut).toEqual([]);
    // Whoever joined is crossed off; Eve is still expected.
    expect(outcome.team.expected).toEqual(['Eve']);
  });

  it('recognises the same person’s link added twice, whatever the case of their name', () => {
    const once = mergeIntoTeam(team([ANA]), [link([BEN])]).team;
    const twice = mergeIntoTeam(once, [link([{ ...BEN, name: 'ben' }]), link([BEN])]);
    expect(names(twice.team)).toEqual(['Ana', 'Ben']);
    expect(twice.added).toEqual([]);
    expect(twice.alreadyThere).toEqual([{ place: 1, byAnswers: false }]);
  });

  it('takes a link with no name and the same answers for the member already there', () => {
    const outcome = mergeIntoTeam(team([ANA, BEN]), [link([unnamed(BEN.answers)])]);
    expect(names(outcome.team)).toEqual(['Ana', 'Ben']);
    expect(outcome.alreadyThere).toEqual([{ place: 1, byAnswers: true }]);
  });

  it('keeps two people of one link with the same answers and no names as two people', () => {
    const x = unnamed({ kind: 'api' });
    const outcome = mergeIntoTeam(team([x]), [link([x, x])]);
    expect(outcome.team.members).toEqual([x, x]);
    expect(outcome.added).toEqual([1]);
    // The same link again changes nothing.
    expect(mergeIntoTeam(outcome.team, [link([x, x])]).team.members).toEqual([x, x]);
  });

  it('adds someone answering on the page even when their answers match an unnamed member', () => {
    const x = unnamed({ kind: 'api' });
    const outcome = mergeIntoTeam(team([x]), [{ members: [x], from: 'form' }]);
    expect(outcome.team.members).toEqual([x, x]);
  });

  it('leaves out a name already there with other answers, saying so, and adds the rest', () => {
    const otherBen = { ...BEN, answers: { kind: 'ml' } } as TeamMember;
    const outcome = mergeIntoTeam(team([ANA, BEN]), [link([otherBen, CY])]);
    expect(names(outcome.team)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(outcome.leftOut).toEqual([{ member: otherBen, reason: 'name-taken' }]);
  });

  it('refuses a member with no answers, from a link or the form', () => {
    const empty = { name: 'Eve', modelId: '2026-11', answers: {} };
    for (const from of ['link', 'form'] as const) {
      const outcome = mergeIntoTeam(team([ANA]), [{ members: [empty], from }]);
      expect(names(outcome.team)).toEqual(['Ana']);
      expect(outcome.leftOut).toEqual([{ member: empty, reason: 'no-answers' }]);
    }
  });

  it('stops at the most a team link holds and names who was left out', () => {
    const crowd = Array.from({ length: MAX_TEAM_MEMBERS - 1 }, (_, index) => ({
      name: `P${index}`,
      modelId: '2026-11',
      answers: { kind: 'api' as const },
    }));
    const outcome = mergeIntoTeam(team(crowd), [link([BEN, CY, DEE])]);
    expect(outcome.team.members).toHaveLength(MAX_TEAM_MEMBERS);
    expect(outcome.leftOut.map((entry) => [entry.member.name, entry.reason])).toEqual([
      ['Cy', 'full'],
      ['Dee', 'full'],
    ]);
  });

  it('takes a team link’s name, lead and expected names only when the team has none', () => {
    const fresh: Team = { modelId: '2027-01', name: '', members: [] };
    const reply = {
      members: [ANA, BEN],
      details: { name: 'Billing API', lead: 'Ana', expected: ['Ben', 'Cy'] },
    };
    const outcome = mergeIntoTeam(fresh, [reply]);
    expect(outcome.team).toEqual({
      modelId: '2027-01',
      name: 'Billing API',
      lead: 'Ana',
      expected: ['Cy'],
      members: [ANA, BEN],
    });
    expect(outcome.adopted).toEqual(['name', 'lead', 'expected']);
    const named = mergeIntoTeam(team([], { lead: 'Zoe' }), [reply]);
    expect([named.team.name, named.team.lead]).toEqual(['Billing API', 'Zoe']);
    expect(named.adopted).toEqual(['expected']);
  });

  it('never loses or doubles anyone, in any order, however often a reply is pasted', () => {
    const member = fc.record({
      name: fc.constantFrom('', 'Ana', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay'),
      modelId: fc.constant('2026-11'),
      answers: answersArbitrary.filter((answers) => packAnswers(answers) !== ''),
    });
    const identity = (m: TeamMember) => `${m.name.toLowerCase()}~${packAnswers(m.answers)}`;
    fc.assert(
      fc.property(
        fc.uniqueArray(member, { maxLength: 4, selector: (m) => m.name || identity(m) }),
        fc.uniqueArray(member, {
          minLength: 1,
          maxLength: 6,
          selector: (m) => m.name || identity(m),
        }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        (base, people, picks) => {
          // Each new person replies to the base link with it plus themselves.
          const newcomers = people.filter(
            (person) =>
              !base.some(
                (known) =>
                  identity(known) === identity(person) ||
                  (person.name !== '' && known.name === person.name),
              ),
          );
          const replies = newcomers.map((person) => link([...base, person]));
          // The lead pastes the replies in any order, some more than once.
          const pasted = [
            ...replies,
            ...picks.map((pick) => replies[pick % Math.max(1, replies.length)]),
          ].filter((reply): reply is Incoming => reply !== undefined);
          const merged = mergeIntoTeam(team(base), pasted).team.members;
          expect(merged.map(identity).sort()).toEqual([...base, ...newcomers].map(identity).sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('withDetails', () => {
  it('sets the name, who asked and who is expected, crossing off members', () => {
    const next = withDetails(team([ANA, BEN]), {
      name: 'Payments',
      lead: 'Ana',
      expected: ['ben', 'Cy'],
    });
    expect(next).toEqual({
      modelId: '2026-11',
      name: 'Payments',
      lead: 'Ana',
      expected: ['Cy'],
      members: [ANA, BEN],
    });
    expect(withDetails(next, { name: '', lead: '', expected: [] })).toEqual({
      modelId: '2026-11',
      name: '',
      members: [ANA, BEN],
    });
  });
});

describe('readNameList', () => {
  it('reads names one per line or separated by commas, each once, cleaned, within the limit', () => {
    expect(readNameList(' Ben ,\nCy;\n\nben\n  Dee\u202E  ')).toEqual({
      names: ['Ben', 'Cy', 'Dee'],
      leftOut: 0,
    });
    const many = Array.from({ length: MAX_EXPECTED_NAMES + 2 }, (_, index) => `P${index}`);
    expect(readNameList(many.join(','))).toEqual({
      names: many.slice(0, MAX_EXPECTED_NAMES),
      leftOut: 2,
    });
  });
});

describe('rosterOf', () => {
  it('says which member is the lead, who replied and who is still expected', () => {
    const t = team([BEN, ANA, unnamed({ kind: 'api' })], {
      lead: 'ana',
      expected: ['Ben', 'Dee'],
    });
    expect(rosterOf(t)).toEqual({ leadPlace: 1, replies: [0, 2], stillExpected: ['Dee'] });
    expect(rosterOf(team([BEN]))).toEqual({
      leadPlace: undefined,
      replies: [0],
      stillExpected: [],
    });
  });
});
