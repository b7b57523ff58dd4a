/**
 * The team page's sentences about people: plain sentences that name who was added, who was
 * already there and who was left out and why; who has answered and who is still expected; where a
 * reply goes. Names stay apart from the app's words (echoed segments), so the page can isolate them.
 */
import { ignoredPart } from '../../src/domain/links/ignored';
import type { Team, TeamMember } from '../../src/domain/links/team-link';
import { mergeIntoTeam, rosterOf, type Incoming } from '../../src/domain/team-members';
import {
  answerFormError,
  answersAddedSentence,
  askedSentence,
  mergeSentences,
  pasteSentences,
  rosterSentences,
  sendBackSentence,
  sentenceText,
  teamTitle,
  type Sentence,
} from '../../src/domain/team-text';
import { ANA, BEN, CY } from './team-fixtures';

const team = (members: readonly TeamMember[], extra: Partial<Team> = {}): Team => ({
  modelId: '2026-11',
  name: '',
  members,
  ...extra,
});
const texts = (sentences: readonly Sentence[]) => sentences.map(sentenceText);
const echoedIn = (sentences: readonly Sentence[]) =>
  sentences.flatMap((sentence) => sentence.filter((s) => s.echoed).map((s) => s.text));
const EVE: TeamMember = { name: 'Eve', modelId: '2026-11', answers: {} };
const unnamed: TeamMember = { name: '', modelId: '2026-11', answers: { kind: 'api' } };

/** Plain sentences: a capital first, a full stop last, no stray spaces or doubled words. */
function expectPlain(sentences: readonly Sentence[]) {
  for (const text of texts(sentences)) {
    expect(text).toMatch(/^[A-Z…“]/);
    expect(text).toMatch(/[.]$/);
    expect(text).not.toMatch(/\s{2}|\s[.,:]|\b(\w+) \1\b/);
  }
}

describe('mergeSentences and pasteSentences', () => {
  it('name who was added, who was already there, who was left out and why', () => {
    const links: Incoming[] = [
      { members: [ANA, BEN] },
      { members: [ANA, CY, EVE] },
      { members: [{ ...BEN, answers: { kind: 'ml' } }] },
    ];
    const outcome = mergeIntoTeam(team([ANA]), links);
    const sentences = pasteSentences({
      outcome,
      others: ['https://example.com/x'],
      newer: 1,
      links: 4,
      ignored: [{ link: 2, parts: [ignoredPart('docs', 'mu', 'unknown-value', { member: 3 })] }],
    });
    expect(texts(sentences)).toEqual([
      'Added Ben and Cy.',
      'Ana was already in the team.',
      'Left out Eve: no answers to count.',
      'Left out Ben: someone of that name is already in the team with other answers (remove the earlier one first to use these).',
      'The team link now holds three people’s answers.',
      'Left out a link made by a newer version of the picker: open it on the site it came from.',
      'Left out “https://example.com/x”: not a result or team link.',
      'In link 2: We ignored the answer “docs=mu” (member 3): not a known answer.',
    ]);
    expectPlain(sentences.slice(0, 7));
    // Names and echoed text are segments of their own, never the app's words.
    expect(echoedIn(sentences)).toEqual([
      'Ben',
      'Cy',
      'Ana',
      'Eve',
      'Ben',
      'https://example.com/x',
      'docs=mu',
    ]);
  });

  it('say why a link without a name counts as someone already there', () => {
    const outcome = mergeIntoTeam(team([ANA, BEN]), [
      { members: [{ ...unnamed, answers: BEN.answers }] },
    ]);
    expect(texts(mergeSentences(outcome))).toEqual([
      'Ben was already in the team: a link with no name and the same answers is taken for the same person. Give a name to add someone else.',
    ]);
  });

  it('count members without a name and name the new unnamed one by their place', () => {
    const empty = { ...unnamed, answers: {} };
    const outcome = mergeIntoTeam(team([ANA]), [{ members: [empty, empty, unnamed] }]);
    expect(texts(mergeSentences(outcome))).toEqual([
      'Added Member 2.',
      'Left out two members without a name: no answers to count.',
    ]);
  });

  it('say which team details came from the link', () => {
    const outcome = mergeIntoTeam(team([]), [
      { members: [ANA], details: { name: 'Billing API', lead: 'Ana', expected: ['Ben'] } },
    ]);
    expect(texts(mergeSentences(outcome))).toEqual([
      'Added Ana.',
      'Took the decision’s name, who asked and who is expected from the pasted team link, as this team had none.',
    ]);
  });

  it('list at most five ignored parts, then how many more', () => {
    const parts = Array.from({ length: 8 }, (_, index) =>
      ignoredPart(`k${index}`, 'x', 'not-a-team-key'),
    );
    const sentences = pasteSentences({
      outcome: mergeIntoTeam(team([]), [{ members: [ANA] }]),
      others: [],
      newer: 0,
      links: 1,
      ignored: [{ link: 1, parts }],
    });
    expect(texts(sentences).slice(2)).toEqual([
      'We ignored “k0=x”: not part of a team link.',
      'We ignored “k1=x”: not part of a team link.',
      'We ignored “k2=x”: not part of a team link.',
      'We ignored “k3=x”: not part of a team link.',
      'We ignored “k4=x”: not part of a team link.',
      '…and 3 more.',
    ]);
  });
});

describe('the answer form’s sentences', () => {
  it('say as whom the answers were added, or that they were already there', () => {
    const added = mergeIntoTeam(team([ANA]), [{ members: [unnamed], from: 'form' }]);
    expect(sentenceText(answersAddedSentence(added) ?? [])).toBe('Added your answers as Member 2.');
    const again = mergeIntoTeam(team([ANA, BEN]), [{ members: [BEN], from: 'form' }]);
    expect(sentenceText(answersAddedSentence(again) ?? [])).toBe(
      'Ben’s answers, the same as these, were already in the team.',
    );
  });

  it('refuse no answers, a name taken with other answers, and a full team, in plain words', () => {
    const error = (members: TeamMember[], incoming: TeamMember) =>
      sentenceText(
        answerFormError(mergeIntoTeam(team(members), [{ members: [incoming], from: 'form' }])) ??
          [],
      );
    expect(error([ANA], EVE)).toBe(
      'Answer at least one question first: with no answers, there is nothing of yours for the team to count.',
    );
    expect(error([ANA], { ...ANA, answers: { kind: 'ml' } })).toBe(
      'Ana has already answered in this team link, with other answers. If you are someone else, add an initial to your name; to replace those answers, remove the earlier ones under “Each member’s own result” first.',
    );
    const crowd = Array.from({ length: 20 }, (_, index) => ({ ...ANA, name: `P${index}` }));
    expect(error(crowd, BEN)).toBe(
      'This team has 20 members, the most a team link holds. Remove someone to add more.',
    );
    expect(answerFormError(mergeIntoTeam(team([ANA]), [{ members: [BEN], from: 'form' }]))).toBe(
      undefined,
    );
  });
});

describe('who asked, who answered, where the reply goes', () => {
  it('says how many replies the link holds, whether the lead answered, who is still expected', () => {
    const t = team([ANA, BEN, unnamed], { lead: 'Ana', expected: ['Ben', 'Dee'] });
    expect(texts(rosterSentences(t, rosterOf(t)))).toEqual([
      'This link holds two replies: Ben and Member 3.',
      'Ana, who asked, has answered.',
      'Still expected: Dee.',
    ]);
    const waiting = team([], { lead: 'Ana', expected: ['Ben', 'Cy'] });
    expect(texts(rosterSentences(waiting, rosterOf(waiting)))).toEqual([
      'No one has answered yet.',
      'Still expected: Ben and Cy.',
    ]);
    const leadMissing = team([BEN], { lead: 'Ana' });
    expect(texts(rosterSentences(leadMissing, rosterOf(leadMissing)))).toEqual([
      'This link holds one reply: Ben.',
      'Ana, who asked, has not answered yet.',
    ]);
    const old = team([ANA, BEN]);
    expect(texts(rosterSentences(old, rosterOf(old)))).toEqual([
      'This link holds answers from two people: Ana and Ben.',
    ]);
  });

  it('names who asked, and says to send the reply back to them rather than onward', () => {
    const t = team([], { lead: 'Ana', name: 'Billing API' });
    expect(sentenceText(askedSentence(t))).toBe('Ana asks for your answers.');
    expect(sentenceText(sendBackSentence(t))).toBe(
      'Send it to Ana, who asked, rather than on to the rest of the team: Ana combines everyone’s replies into one decision.',
    );
    expect(sentenceText(sendBackSentence(team([])))).toMatch(
      /^Send it back to whoever sent you the link, rather than on to the rest of the team/,
    );
    expect(sentenceText(askedSentence(team([])))).toBe(
      'Whoever sent you this link asks for your answers.',
    );
  });

  it('titles the decision by its name, else by who asked', () => {
    expect(sentenceText(teamTitle(team([], { name: 'Billing API', lead: 'Ana' })))).toBe(
      'Billing API',
    );
    expect(sentenceText(teamTitle(team([], { lead: 'Ana' })))).toBe('Ana’s team decision');
    expect(sentenceText(teamTitle(team([])))).toBe('Team decision');
  });
});
