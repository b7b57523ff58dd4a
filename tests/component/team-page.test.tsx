/**
 * The team page with the real routes: start a team, add answers on the page or from a pasted
 * link, and read the team's pick, its splits and its notices, as each teammate would.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../src/app/routes';
import { FRAMEWORK_IDS } from '../../src/domain/frameworks';
import type { ScoringModel } from '../../src/domain/model-types';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { answerOption, QUESTIONS, type Answers } from '../../src/domain/questions';
import { createModelRegistry } from '../../src/domain/scoring-models';
import { encodeTeamQuery, type TeamMember } from '../../src/domain/links/team-link';
import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';
import { DecideWithTeamLink } from '../../src/team/decide-with-team-link';
import {
  JOURNEY_TEST_TIMEOUT,
  LAZY_TIMEOUT,
  mainHeading,
  renderApp,
  resetStore,
  type User,
} from './render-app';
import { ANA, BEN, CY } from '../unit/team-fixtures';

vi.setConfig({ testTimeout: JOURNEY_TEST_TIMEOUT });

beforeEach(resetStore);

/** A team link under `modelId` whose members answered under the same model. */
function teamPath(
  members: readonly Omit<TeamMember, 'modelId'>[],
  name = '',
  modelId = '2026-11',
): string {
  const under = members.map((member) => ({ ...member, modelId }));
  return `/team?${encodeTeamQuery({ modelId, name, members: under })}`;
}

async function openTeam(path: string, options?: Parameters<typeof renderApp>[1]) {
  const rendered = renderApp(path, options);
  await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT);
  return rendered;
}

/** The team link as the page offers it to copy, without its origin. */
function shownTeamPath(): string {
  const url = new URL((screen.getByLabelText('Team link') as HTMLInputElement).value);
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

function membersTable(): HTMLElement {
  return screen.getByRole('table', { name: 'Each member’s own result' });
}

/** Each row of the members' table as its cells' text: member, own pick, the three scores. */
function memberRows(): string[][] {
  return within(membersTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...row.querySelectorAll('th, td')]
        .slice(0, 2 + FRAMEWORK_IDS.length)
        .map((cell) => cell.textContent ?? ''),
    );
}

/** What every teammate should see alike: the pick, the members, the splits and the record. */
function teamView() {
  const text = (name: string) => screen.getByRole('region', { name }).textContent;
  return {
    heading: mainHeading().textContent,
    ranking: screen.getByRole('list', { name: 'Ranking' }).textContent,
    members: memberRows(),
    splits: text('Where you agree and where you split'),
    pivots: text('What would change the team’s pick'),
    record: (screen.getByLabelText('Team decision record (Markdown)') as HTMLTextAreaElement).value,
  };
}

describe('starting a team and adding answers', () => {
  it('goes from the home page to a named team with the lead’s answers in its link', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Decide with your team' }));
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      'Decide with your team',
    );

    await user.type(screen.getByLabelText('Name the decision (optional)'), 'Billing API');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    // A team started anywhere uses today's model.
    expect(shownTeamPath()).toBe(`/team?t=1&data=${CURRENT_MODEL_ID}&name=Billing%20API`);

    await user.type(screen.getByLabelText('Your name (optional)'), 'Ana');
    await answerForm(user, ANA.answers);
    await user.click(screen.getByRole('button', { name: 'Add my answers to the team' }));

    expect(mainHeading()).toHaveTextContent('FastAPI is the team’s pick');
    expect(screen.getByText(/Added .*Ana.*’s answers\./)).toBeInTheDocument();
    expect(shownTeamPath()).toBe(teamPath([ANA], 'Billing API', CURRENT_MODEL_ID));
    expect(memberRows()).toEqual([['Ana', 'FastAPI', '52', '100', '70']]);
  });

  it('adds a teammate who opens the link, and every teammate then sees the same page', async () => {
    const { user, unmount } = await openTeam(teamPath([ANA, BEN], 'Billing API'));
    // Ben's must-have admin panel counts: he is the only one who answered it.
    expect(mainHeading()).toHaveTextContent('Django is the team’s pick');
    await user.click(screen.getByRole('button', { name: 'Answer the questions' }));
    // The form takes focus when it opens: its first field is the name.
    expect(screen.getByLabelText('Your name (optional)')).toHaveFocus();
    await user.type(screen.getByLabelText('Your name (optional)'), 'Cy');
    await answerForm(user, CY.answers);
    await user.click(screen.getByRole('button', { name: 'Add my answers to the team' }));
    const link = shownTeamPath();
    expect(link).toBe(teamPath([ANA, BEN, CY], 'Billing API'));
    const seen = teamView();
    expect(seen.heading).toBe('FastAPI is the team’s pick');
    unmount();

    // Ana opens the link Cy sent back: the same team, the same result, the same record.
    await openTeam(link);
    expect(teamView()).toEqual(seen);
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
    const kind = screen.getByRole('group', { name: 'What are you building?' });
    expect(within(kind).getByRole('radio', { name: 'A JSON or REST API' })).toBeChecked();
    expect(shownTeamPath()).toBe(`/team?t=1&data=${CURRENT_MODEL_ID}`);
    await user.click(screen.getByRole('button', { name: 'Add my answers to the team' }));
    expect(shownTeamPath()).toBe(
      teamPath([{ name: '', answers: ANA.answers }], '', CURRENT_MODEL_ID),
    );
    expect(memberRows()).toEqual([['Member 1', 'FastAPI', '52', '100', '70']]);
  });
});

describe('what the team page shows', () => {
  it('shows each member’s pick, the team’s pick, and that it is not everyone’s', async () => {
    await openTeam(teamPath([ANA, BEN, CY]));
    expect(mainHeading()).toHaveTextContent('FastAPI is the team’s pick');
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

  it('lists the splits biggest first and what single split would change the pick', async () => {
    await openTeam(teamPath([ANA, BEN, CY]));
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
      'If the team settled “What you are building” on “A full web app with pages and user accounts”, Django would be its pick instead.',
      'If the team settled “Admin panel” on must have, Django would be its pick instead.',
    ]);
    const musts = screen.getByRole('region', { name: 'Must-haves some of you marked' });
    expect(musts).toHaveTextContent(
      'Admin panel (Ben): not a must-have for the team; FastAPI does not meet it.',
    );
  });

  it('offers the team’s decision record with every member and the team link in it', async () => {
    await openTeam(teamPath([ANA, BEN, CY], 'Billing API'));
    const record = screen.getByLabelText('Team decision record (Markdown)') as HTMLTextAreaElement;
    expect(record.value).toContain('# Use FastAPI for Billing API');
    expect(record.value).toContain('decision-makers: ["Ana","Ben","Cy"]');
    expect(record.value).toContain('### Disagreements considered');
    expect(record.value).toContain(
      `(http://localhost:3000${teamPath([ANA, BEN, CY], 'Billing API')})`,
    );
    expect(
      screen.getByRole('button', { name: 'Download the team’s decision record (.md)' }),
    ).toBeEnabled();
  });

  it('removes a member and links each member to their own result', async () => {
    const { user } = await openTeam(teamPath([ANA, BEN]));
    expect(screen.getByRole('link', { name: 'Result of Ben' })).toHaveAttribute(
      'href',
      '/result?v=1&data=2026-11&kind=api&async=no&admin=must&orm=django',
    );
    await user.click(screen.getByRole('button', { name: 'Remove Ben' }));
    expect(shownTeamPath()).toBe(teamPath([ANA]));
    expect(screen.getByText(/Removed .*Ben.*\./)).toBeInTheDocument();
  });

  it('keeps the model the link pins when a newer one exists, and says the link asks it', async () => {
    const newer: ScoringModel = { ...MODEL_2026_11, id: '2099-01', released: '2099-01-04' };
    await openTeam(teamPath([ANA]), { registry: createModelRegistry([MODEL_2026_11, newer]) });
    expect(
      screen.getByText(
        /scored with scoring model 2026-11, released 28 November 2026, as its link asks/,
      ),
    ).toBeVisible();
    expect(shownTeamPath()).toBe(teamPath([ANA]));
  });

  it('scores a pasted newer-model member with their own model and says so', async () => {
    const { user } = await openTeam(teamPath([ANA]));
    await user.type(
      screen.getByLabelText('Their result link, or another team link'),
      'https://picker.example.com/result?v=1&data=2027-01&kind=api&codebase=django',
    );
    await user.type(screen.getByLabelText('Their name (optional, for a result link)'), 'Dee');
    await user.click(screen.getByRole('button', { name: 'Add from link' }));
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

describe('adding someone from a link', () => {
  it('adds a pasted result link, full or embed, from any origin, with a name', async () => {
    const { user } = await openTeam(teamPath([ANA]));
    await user.type(
      screen.getByLabelText('Their result link, or another team link'),
      'https://other.example/picker/embed/result?v=1&data=2026-11&kind=webapp&admin=must&theme=dark',
    );
    await user.type(screen.getByLabelText('Their name (optional, for a result link)'), 'Dee');
    await user.click(screen.getByRole('button', { name: 'Add from link' }));
    expect(memberRows().map((row) => row[0])).toEqual(['Ana', 'Dee']);
    expect(shownTeamPath()).toBe(
      teamPath([ANA, { name: 'Dee', answers: { kind: 'webapp', admin: 'must' } }]),
    );
  });

  it('merges a team link that went round in parallel, adding only who is missing', async () => {
    const { user } = await openTeam(teamPath([ANA, BEN]));
    await user.type(
      screen.getByLabelText('Their result link, or another team link'),
      `https://picker.example.com${teamPath([ANA, CY])}`,
    );
    await user.click(screen.getByRole('button', { name: 'Add from link' }));
    expect(memberRows().map((row) => row[0])).toEqual(['Ana', 'Ben', 'Cy']);
    expect(screen.getByText(/one already in the team or over the limit/)).toBeInTheDocument();
  });

  it('says plainly when the text is no result or team link', async () => {
    const { user } = await openTeam(teamPath([ANA]));
    const field = screen.getByLabelText('Their result link, or another team link');
    await user.type(field, 'not a link at all');
    await user.click(screen.getByRole('button', { name: 'Add from link' }));
    expect(screen.getByRole('alert')).toHaveTextContent('That is not a result link or a team link');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(memberRows().map((row) => row[0])).toEqual(['Ana']);
  });
});

describe('bad and hostile team links', () => {
  it('keeps twenty of a hundred members, shows hostile names as text, and names the rest', async () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>\u202Eevil');
    const crowd = Array.from({ length: 99 }, (_, index) => `m=P${index}~kind-api`);
    await openTeam(`/team?t=1&data=2026-11&m=${hostile}~kind-ml&${crowd.join('&')}&junk=1`);
    expect(mainHeading()).toHaveTextContent('FastAPI is the team’s pick');
    const notice = screen
      .getByRole('heading', { name: 'Part of this team link was ignored' })
      .closest<HTMLElement>('[role="note"]');
    expect(notice).not.toBeNull();
    const items = within(notice!)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'We removed control, direction or invisible characters from a name (member 1).',
      'We ignored “junk=1”: not part of a team link.',
      'We left out 80 members: a team link holds at most 20.',
    ]);
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
