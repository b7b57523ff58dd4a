/**
 * The team page with the real routes, as a lead and teammates use it: the lead starts a team and
 * names whom they will ask; a teammate who opens the link answers before seeing the team's pick and
 * gets a reply to send back; the lead pastes replies as chat apps deliver them, and nobody is lost
 * or doubled; the team's view (pick, members, splits, record) reads the same for everyone.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../src/app/routes';
import { FRAMEWORK_IDS, FRAMEWORK_NAMES } from '../../src/domain/frameworks';
import type { ScoringModel } from '../../src/domain/model-types';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { answerOption, QUESTIONS, type Answers } from '../../src/domain/questions';
import { createModelRegistry } from '../../src/domain/scoring-models';
import { encodeShareQuery } from '../../src/domain/links/share-link';
import { encodeTeamQuery, type Team, type TeamMember } from '../../src/domain/links/team-link';
import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';
import { DecideWithTeamLink } from '../../src/ui/decide-with-team-link';
import { LAZY_TIMEOUT, mainHeading, renderApp, type User } from './render-app';
import { ANA, BEN, CY } from '../unit/team-fixtures';

type Person = Omit<TeamMember, 'modelId'>;

/** A team link under `modelId` whose members answered under the same model. */
function teamPath(
  members: readonly Person[],
  details: Partial<Pick<Team, 'name' | 'lead' | 'expected'>> = {},
  modelId = '2026-11',
): string {
  const under = members.map((member) => ({ ...member, modelId }));
  return `/team?${encodeTeamQuery({ modelId, name: '', ...details, members: under })}`;
}

async function openTeam(path: string, options?: Parameters<typeof renderApp>[1]) {
  const rendered = renderApp(path, options);
  await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT);
  return rendered;
}

/** Opens a team link and asks for the team's view, as the lead reopening their link does. */
async function openTeamView(path: string, options?: Parameters<typeof renderApp>[1]) {
  const rendered = await openTeam(path, options);
  await rendered.user.click(screen.getByRole('button', { name: 'Show me the team’s view first' }));
  return rendered;
}

/** A copy field's link, without its origin. */
function shownPath(label = 'Team link'): string {
  const url = new URL((screen.getByLabelText(label) as HTMLInputElement).value);
  return `${url.pathname}${url.search}`;
}

/** Picks answers in the one-page form, by each question's legend and each answer's label. */
async function answerForm(user: User, answers: Answers): Promise<void> {
  for (const question of QUESTIONS) {
    const value = answers[question.id];
    if (value === undefined) continue;
    const group = screen.getByRole('group', { name: question.title });
    const label = answerOption(question.id, value)?.label ?? '';
    await user.click(within(group).getByRole('radio', { name: label }));
  }
}

async function addOwnAnswers(user: User, member: Person): Promise<void> {
  const name = screen.getByLabelText('Your name (optional)');
  await user.clear(name);
  if (member.name !== '') await user.type(name, member.name);
  await answerForm(user, member.answers);
  await user.click(screen.getByRole('button', { name: 'Add my answers to the team' }));
}

/** Pastes text into the replies field, as a paste, and adds it. */
async function pasteReplies(user: User, text: string, name = ''): Promise<void> {
  await user.click(screen.getByLabelText('Replies or result links'));
  await user.paste(text);
  if (name !== '') await user.type(screen.getByLabelText(/^Their name/), name);
  await user.click(screen.getByRole('button', { name: 'Add to the team' }));
}

function membersTable(): HTMLElement {
  return screen.getByRole('table', { name: 'Each member’s own result' });
}

/** Each row of the members' table: name, own pick (the bold score's column), the scores. */
function memberRows(): string[][] {
  const heads = FRAMEWORK_IDS.map((id) => FRAMEWORK_NAMES[id]);
  return within(membersTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = [...row.querySelectorAll('td')];
      const pick = cells.findIndex((cell) => cell.querySelector('strong') !== null);
      return [
        row.querySelector('th bdi')?.textContent ?? '',
        heads[pick] ?? '',
        ...cells.map((cell) => (cell.textContent ?? '').replace(' (own pick)', '')),
      ];
    });
}

/** What every teammate should see alike: the pick, the members, the splits and the record. */
function teamView() {
  const text = (name: string) => screen.getByRole('region', { name }).textContent;
  return {
    pick: screen.getByRole('heading', { level: 2, name: /is the team’s pick$/ }).textContent,
    ranking: screen.getByRole('list', { name: 'Ranking' }).textContent,
    members: memberRows(),
    splits: text('Where you agree and where you split'),
    pivots: text('What would change the team’s pick'),
    record: (screen.getByLabelText('Team decision record (Markdown)') as HTMLTextAreaElement).value,
  };
}

/** The paragraph whose whole text (names inside `<bdi>` included) is or matches `text`. */
function block(text: string | RegExp): HTMLElement {
  return screen.getByText((_, element) => {
    if (element?.tagName !== 'P') return false;
    const content = element.textContent ?? '';
    return typeof text === 'string' ? content === text : text.test(content);
  });
}

/** The team's pick in any form: its heading, its ranking, anyone's own scores. */
function pickShown(): boolean {
  return (
    screen.queryByText(/team’s pick/) !== null ||
    screen.queryByRole('list', { name: 'Ranking' }) !== null ||
    screen.queryByRole('table') !== null
  );
}

describe('the lead starts a team', () => {
  it('names the decision, themselves and whom they will ask, then adds their own answers', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Decide with your team' }));
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      'Decide with your team',
    );
    await user.type(screen.getByLabelText('What are you deciding? (optional)'), 'Billing API');
    await user.type(screen.getByLabelText('Your name, shown as who asked (optional)'), 'Ana');
    await user.type(screen.getByLabelText('Who will you ask? (optional)'), 'Ben, Cy\nDee');
    await user.click(screen.getByRole('button', { name: 'Start the team' }));

    // A team started anywhere uses today's model; the names travel in the link.
    expect(mainHeading()).toHaveTextContent('Billing API');
    expect(shownPath()).toBe(
      `/team?t=1&data=${CURRENT_MODEL_ID}&name=Billing%20API&lead=Ana&expect=Ben&expect=Cy&expect=Dee`,
    );
    const roster = screen.getByRole('region', { name: 'Who has answered' });
    expect(roster).toHaveTextContent('No one has answered yet. Still expected: Ben, Cy and Dee.');

    // The lead's own form is open, with their name in it; nobody else's name ever is.
    expect(screen.getByLabelText('Your name (optional)')).toHaveValue('Ana');
    await answerForm(user, ANA.answers);
    await user.click(screen.getByRole('button', { name: 'Add my answers to the team' }));
    expect(
      block('Added your answers as Ana. The team link now holds one person’s answers.'),
    ).toHaveAttribute('role', 'status');
    expect(roster).toHaveTextContent(
      'This link holds no replies yet. Ana, who asked, has answered. Still expected: Ben, Cy and Dee.',
    );
    expect(screen.getByRole('heading', { name: 'FastAPI is the team’s pick' })).toBeVisible();
    expect(memberRows()).toEqual([['Ana', 'FastAPI', '52', '100', '70']]);
  });

  it('starts from a result with its answers filled in, under today’s model', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/compare']}>
        <DecideWithTeamLink answers={ANA.answers} />
        <AppRoutes />
      </MemoryRouter>,
    );
    await user.click(screen.getByRole('link', { name: 'Decide with your team' }));
    await screen.findByRole('heading', { name: 'Decide with your team' }, LAZY_TIMEOUT);
    await user.click(screen.getByRole('button', { name: 'Start the team' }));
    const kind = screen.getByRole('group', { name: 'What do you want to build?' });
    expect(within(kind).getByRole('radio', { name: 'An API that other apps call' })).toBeChecked();
    expect(shownPath()).toBe(`/team?t=1&data=${CURRENT_MODEL_ID}`);
    await user.click(screen.getByRole('button', { name: 'Add my answers to the team' }));
    expect(shownPath()).toBe(teamPath([{ name: '', answers: ANA.answers }], {}, CURRENT_MODEL_ID));
    expect(memberRows()).toEqual([['Member 1', 'FastAPI', '52', '100', '70']]);
  });
});

describe('a teammate answers first', () => {
  const invitation = teamPath([ANA], { name: 'Billing API', lead: 'Ana', expected: ['Ben', 'Cy'] });

  it('meets the decision, who asked and the questions, not the team’s pick', async () => {
    await openTeam(invitation);
    expect(mainHeading()).toHaveTextContent('Billing API');
    expect(block(/^Ana asks for your answers\..* One person has answered so far\.$/)).toBeVisible();
    expect(screen.getByRole('group', { name: QUESTIONS[0].title })).toBeVisible();
    expect(pickShown()).toBe(false);
    // The names the lead expects are offered for the name field.
    const name = screen.getByLabelText('Your name (optional)');
    const options = document
      .getElementById(name.getAttribute('list') ?? '')
      ?.querySelectorAll('option');
    expect([...(options ?? [])].map((option) => option.value)).toEqual(['Ben', 'Cy']);
  });

  it('adds their answers, then sees the team and gets one reply to send back to who asked', async () => {
    const { user } = await openTeam(invitation);
    await addOwnAnswers(user, BEN);
    expect(mainHeading()).toHaveFocus();
    expect(block(/^Added your answers as Ben\./)).toBeVisible();
    const reply = screen.getByRole('region', { name: 'Send your reply' });
    expect(reply).toHaveTextContent(
      'Send it to Ana, who asked, rather than on to the rest of the team: Ana combines everyone’s replies into one decision.',
    );
    expect(
      within(reply)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Copy your reply']);
    expect(shownPath('Your reply')).toBe(
      teamPath([ANA, BEN], { name: 'Billing API', lead: 'Ana', expected: ['Cy'] }),
    );
    expect(screen.getByRole('heading', { name: 'Django is the team’s pick' })).toBeVisible();
    // A teammate is not offered the lead's tools.
    expect(screen.queryByLabelText('Replies or result links')).toBeNull();
  });

  it('may look at the team’s view first, and then answer', async () => {
    const { user } = await openTeam(invitation);
    await user.click(screen.getByRole('button', { name: 'Show me the team’s view first' }));
    expect(mainHeading()).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'FastAPI is the team’s pick' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Answer the questions' }));
    expect(screen.getByLabelText('Your name (optional)')).toHaveFocus();
    await addOwnAnswers(user, CY);
    expect(screen.getByRole('region', { name: 'Send your reply' })).toBeVisible();
  });

  it('is told plainly that answering nothing adds nothing, and nobody is added', async () => {
    const { user } = await openTeam(invitation);
    await user.type(screen.getByLabelText('Your name (optional)'), 'Eve');
    await user.click(screen.getByRole('button', { name: 'Add my answers to the team' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Answer at least one question first: with no answers, there is nothing of yours for the team to count.',
    );
    expect(pickShown()).toBe(false);
    expect(mainHeading()).toHaveTextContent('Billing API');
  });

  it('can skip a question again after answering it, and the form says how many are answered', async () => {
    const { user } = await openTeam(invitation);
    const kind = screen.getByRole('group', { name: QUESTIONS[0].title });
    await user.click(within(kind).getByRole('radio', { name: 'An API that other apps call' }));
    expect(screen.getByText(/^You have answered 1 of \d+ questions\.$/)).toBeVisible();
    await user.click(within(kind).getByRole('button', { name: /Skip this question after all/ }));
    expect(
      within(kind).getByRole('radio', { name: 'An API that other apps call' }),
    ).not.toBeChecked();
    expect(screen.getByText(/^You have answered 0 of \d+ questions\.$/)).toBeVisible();
  });
});

describe('the lead merges the replies', () => {
  const base = { name: 'Billing API', lead: 'Ana', expected: ['Ben', 'Cy', 'Dee'] };
  const origin = 'https://picker.example.com';
  const reply = (member: Person) =>
    `${origin}${teamPath([ANA, member], { ...base, expected: base.expected.filter((n) => n !== member.name) })}`;

  it('takes several replies pasted at once as chat apps deliver them: nobody lost or doubled', async () => {
    const { user } = await openTeamView(teamPath([ANA], base));
    const field = screen.getByLabelText('Replies or result links');
    await pasteReplies(
      user,
      [
        `[10:02] Ben: here you go <${reply(BEN)}>`,
        `Cy: ${reply(CY).replace(/&/g, '&amp;')}.`,
        `Ben again: ${reply(BEN)}`,
      ].join('\n'),
    );
    const form = field.closest('form');
    expect(form).not.toBeNull();
    expect(within(form!).getByRole('status')).toHaveTextContent(
      'Added Ben and Cy. Ana was already in the team. The team link now holds three people’s answers.',
    );
    expect(memberRows().map((row) => row[0])).toEqual(['Ana', 'Ben', 'Cy']);
    expect(shownPath()).toBe(teamPath([ANA, BEN, CY], { ...base, expected: ['Dee'] }));
    expect(screen.getByRole('region', { name: 'Who has answered' })).toHaveTextContent(
      'This link holds two replies: Ben and Cy. Ana, who asked, has answered. Still expected: Dee.',
    );
    // The field is empty for the next reply, and the person is still where they were.
    expect(field).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Add to the team' })).toHaveFocus();
  });

  it('recognises a reply pasted twice', async () => {
    const { user } = await openTeamView(teamPath([ANA, BEN], base));
    await pasteReplies(user, reply(BEN));
    expect(block(/^Ana and Ben were already in the team\./)).toBeVisible();
    expect(memberRows().map((row) => row[0])).toEqual(['Ana', 'Ben']);
  });

  it('never carries a name over to the next member', async () => {
    const { user } = await openTeamView(teamPath([ANA], base));
    const result = (answers: Answers) => `${origin}/result?${encodeShareQuery(answers, '2026-11')}`;
    await pasteReplies(user, result({ kind: 'webapp', admin: 'must' }), 'Dee');
    expect(screen.getByLabelText(/^Their name/)).toHaveValue('');
    await pasteReplies(user, result({ kind: 'micro' }));
    expect(memberRows().map((row) => row[0])).toEqual(['Ana', 'Dee', 'Member 3']);
  });

  it('refuses text with no link, and a name given to several links, saying why', async () => {
    const { user } = await openTeamView(teamPath([ANA], base));
    await pasteReplies(user, 'thanks, will do!');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No result or team link found in that text.',
    );
    expect(screen.getByLabelText('Replies or result links')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await user.clear(screen.getByLabelText('Replies or result links'));
    await pasteReplies(user, `${origin}/result?kind=api ${origin}/result?kind=ml`, 'Dee');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A name goes with one result link: paste them one at a time to name each, or leave the name empty.',
    );
    expect(memberRows().map((row) => row[0])).toEqual(['Ana']);
  });

  it('adds a pasted result link, full or embed, from any origin, and one with no answers is left out', async () => {
    const { user } = await openTeamView(teamPath([ANA]));
    await pasteReplies(
      user,
      'https://other.example/picker/embed/result?v=1&data=2026-11&kind=webapp&admin=must&theme=dark\nhttps://other.example/result?v=1&data=2026-11',
    );
    expect(memberRows().map((row) => row[0])).toEqual(['Ana', 'Member 2']);
    expect(block(/Left out a member without a name: no answers to count\./)).toBeVisible();
  });
});

describe('the team’s view', () => {
  it('shows each member’s pick, the team’s pick, and that it is not everyone’s', async () => {
    await openTeamView(teamPath([ANA, BEN, CY]));
    expect(screen.getByRole('heading', { name: 'FastAPI is the team’s pick' })).toBeVisible();
    expect(
      within(screen.getByRole('list', { name: 'Ranking' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['FastAPI85 / 100', 'Django72 / 100', 'Flask49 / 100']);
    expect(memberRows()).toEqual([
      ['Ana', 'FastAPI', '56', '100', '49'],
      ['Ben', 'Django', '78', '70', '59'],
      ['Cy', 'Django', '97', '47', '64'],
    ]);
    expect(
      screen.getByText(
        'FastAPI is the team’s pick but not everyone’s: Ben and Cy’s own answers point to Django.',
      ),
    ).toBeInTheDocument();
  });

  it('draws the ranking’s bars and swatches with the framework patterns, as the result does', async () => {
    await openTeamView(teamPath([ANA, BEN, CY]));
    const fills = [
      ...document.querySelectorAll('.ranking .score-bar__fill, .framework-swatch__box'),
    ];
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills) {
      const id = /^url\(#(.+)\)$/.exec(fill.getAttribute('fill') ?? '')?.[1] ?? '';
      expect(document.getElementById(id)?.tagName.toLowerCase()).toBe('pattern');
    }
  });

  it('lists the splits biggest first and what single split would change the pick', async () => {
    await openTeamView(teamPath([ANA, BEN, CY]));
    const splits = within(screen.getByRole('list', { name: 'Splits' }))
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.getAttribute('aria-label') === 'Splits');
    expect(splits.map((item) => item.firstChild?.textContent)).toEqual([
      'Concurrency and async I/O',
      'What you are building',
      'Admin panel',
      'Database layer',
    ]);
    expect(splits[0]).toHaveTextContent(
      "Concurrency and async I/O: one says doesn't matter, one says nice to have, one says must have; the team counts nice to have.",
    );
    expect(splits[0]).toHaveTextContent('must have: Ana');
    const pivots = screen.getByRole('region', { name: 'What would change the team’s pick' });
    expect(
      within(pivots)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'If the team settled “What you are building” on “A website with pages and user accounts”, Django would be its pick instead.',
      'If the team settled “Admin panel” on must have, Django would be its pick instead.',
    ]);
    const musts = screen.getByRole('region', { name: 'Must-haves some of you marked' });
    expect(musts).toHaveTextContent(
      'Admin panel (Ben): not a must-have for the team; FastAPI does not meet it.',
    );
  });

  it('offers the team’s decision record with every member and the team link in it', async () => {
    await openTeamView(teamPath([ANA, BEN, CY], { name: 'Billing API' }));
    const record = screen.getByLabelText('Team decision record (Markdown)') as HTMLTextAreaElement;
    expect(record.value).toContain('# Use FastAPI for Billing API');
    expect(record.value).toContain('decision-makers: ["Ana","Ben","Cy"]');
    expect(record.value).toContain('### Disagreements considered');
    expect(record.value).toContain(
      `(http://localhost:3000${teamPath([ANA, BEN, CY], { name: 'Billing API' })})`,
    );
  });

  it('reads the same for a teammate who sent their reply and the lead who merged it', async () => {
    const { user, unmount } = await openTeam(teamPath([ANA, BEN], { name: 'Billing API' }));
    await addOwnAnswers(user, CY);
    const link = shownPath('Your reply');
    expect(link).toBe(teamPath([ANA, BEN, CY], { name: 'Billing API' }));
    const seen = teamView();
    unmount();
    await openTeamView(link);
    expect(teamView()).toEqual(seen);
  });

  it('removes a member and links each member to their own result', async () => {
    const { user } = await openTeamView(teamPath([ANA, BEN]));
    expect(screen.getByRole('link', { name: 'Result of Ben' })).toHaveAttribute(
      'href',
      '/result?v=1&data=2026-11&kind=api&async=no&admin=must&orm=django',
    );
    await user.click(screen.getByRole('button', { name: 'Remove Ben' }));
    expect(shownPath()).toBe(teamPath([ANA]));
    expect(block('Removed Ben.')).toBeVisible();
  });

  it('changes the decision’s name, who asked and who is expected', async () => {
    const { user } = await openTeamView(teamPath([ANA, BEN], { name: 'Billing API' }));
    const summary = screen.getByText('Change the decision’s name, who asked or who is expected');
    await user.click(summary);
    const details = summary.closest('details');
    if (!details) throw new Error('no details');
    await user.clear(within(details).getByLabelText('What are you deciding? (optional)'));
    await user.type(
      within(details).getByLabelText('What are you deciding? (optional)'),
      'Payments',
    );
    await user.type(
      within(details).getByLabelText('Your name, shown as who asked (optional)'),
      'Ana',
    );
    await user.type(within(details).getByLabelText('Who will you ask? (optional)'), 'Ben\nCy');
    await user.click(within(details).getByRole('button', { name: 'Save' }));
    expect(mainHeading()).toHaveTextContent('Payments');
    expect(shownPath()).toBe(
      teamPath([ANA, BEN], { name: 'Payments', lead: 'Ana', expected: ['Cy'] }),
    );
  });

  it('keeps the model the link pins when a newer one exists, and says the link asks it', async () => {
    const newer: ScoringModel = { ...MODEL_2026_11, id: '2099-01', released: '2099-01-04' };
    await openTeamView(teamPath([ANA]), { registry: createModelRegistry([MODEL_2026_11, newer]) });
    expect(
      screen.getByText(
        /scored with scoring model 2026-11, released 28 November 2026, as its link asks/,
      ),
    ).toBeVisible();
    expect(shownPath()).toBe(teamPath([ANA]));
  });

  it('scores a pasted newer-model member with their own model and says so', async () => {
    const { user } = await openTeamView(teamPath([ANA]));
    await pasteReplies(
      user,
      'https://picker.example.com/result?v=1&data=2027-01&kind=api&codebase=django',
      'Dee',
    );
    expect(memberRows().map((row) => row.slice(0, 2))).toEqual([
      ['Ana', 'FastAPI'],
      ['Dee', 'Django'],
    ]);
    expect(
      screen.getByText(/Dee answered under another scoring model than the team’s/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Result of Dee' })).toHaveAttribute(
      'href',
      '/result?v=1&data=2027-01&kind=api&codebase=django',
    );
  });
});

describe('bad and hostile team links', () => {
  it('keeps twenty of a hundred members, shows hostile names as text, and names the rest', async () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>\u202Eevil');
    const crowd = Array.from({ length: 99 }, (_, index) => `m=P${index}~kind-api`);
    const { user } = await openTeam(
      `/team?t=1&data=2026-11&m=${hostile}~kind-ml&${crowd.join('&')}&junk=1`,
    );
    const notice = screen
      .getByRole('heading', { name: 'Part of this team link was ignored' })
      .closest<HTMLElement>('[role="note"]');
    expect(notice).not.toBeNull();
    expect(
      within(notice!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'We removed control, direction or invisible characters from a name (member 1).',
      'We ignored “junk=1”: not part of a team link.',
      'We left out 80 members: a team link holds at most 20.',
    ]);
    expect(block(/ 20 people have answered so far\.$/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show me the team’s view first' }));
    expect(screen.getByRole('heading', { name: 'FastAPI is the team’s pick' })).toBeVisible();
    expect(memberRows()).toHaveLength(20);
    expect(memberRows()[0]?.[0]).toBe('<img src=x onerror=alert(1)>evil');
    expect(document.querySelector('main img')).toBeNull();
  });

  it('gives a link from a newer version its own page', async () => {
    await openTeam('/team?t=7&m=Ana~kind-api');
    expect(mainHeading()).toHaveTextContent('This team link was made by a newer version');
    expect(screen.getByRole('link', { name: 'Start a new team' })).toHaveAttribute('href', '/team');
  });
});
