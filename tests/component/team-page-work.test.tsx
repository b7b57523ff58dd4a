/**
 * The work a team link costs is bounded: a link with 20 members, long hostile names and two models
 * builds no result report at all while a teammate answers first, and one per member plus the
 * team's when the team's view is shown, however often the page renders. (Wall-clock time is
 * measured in the browser, not asserted here: a loaded CI machine would make it flaky.)
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as report from '../../src/domain/result-report';
import { MAX_MEMBER_NAME_LENGTH, MAX_TEAM_MEMBERS } from '../../src/domain/links/team-link';
import { QUESTIONS } from '../../src/domain/questions';
import { LAZY_TIMEOUT, mainHeading, renderApp } from './render-app';

vi.mock('../../src/domain/result-report', async (importOriginal) => {
  const original = await importOriginal<typeof report>();
  return { ...original, buildResultReport: vi.fn(original.buildResultReport) };
});

/** 25 members (5 past the cap), every question answered, names of 60 characters with controls. */
function hostileTeamLink(): string {
  const members = Array.from({ length: MAX_TEAM_MEMBERS + 5 }, (_, index) => {
    const answers = QUESTIONS.map(
      (question) =>
        `${question.id}-${question.options[(index + question.id.length) % question.options.length]?.value ?? ''}`,
    ).join('.');
    // Every other member answered under the older model, whose link names it.
    const own = index % 2 === 0 ? 'data-2026-11.' : '';
    const name = encodeURIComponent(`\u202E${'Ünïcødé-名前 '.repeat(5)}${index}\u0000\u0007`);
    return `m=${name}~${own}${answers}`;
  });
  return `/team?t=1&data=2027-01&name=${'Decision%20'.repeat(12)}&lead=Ana&${members.join('&')}`;
}

describe('a 20-member hostile team link', () => {
  it('builds no report while a teammate answers first, and one per member plus the team’s after', async () => {
    const built = vi.mocked(report.buildResultReport);
    const { user } = renderApp(hostileTeamLink());
    await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT);
    expect(screen.getByRole('group', { name: QUESTIONS[0].title })).toBeVisible();
    expect(built).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Show me the team’s view first' }));
    expect(mainHeading()).toHaveFocus();
    const table = screen.getByRole('table', { name: 'Each member’s own result' });
    expect(within(table).getAllByRole('row')).toHaveLength(MAX_TEAM_MEMBERS + 1);
    for (const name of within(table).getAllByRole('rowheader')) {
      const shown = name.querySelector('bdi')?.textContent ?? '';
      expect(Array.from(shown).length).toBeLessThanOrEqual(MAX_MEMBER_NAME_LENGTH);
      // eslint-disable-next-line no-control-regex
      expect(shown).not.toMatch(/[\u0000-\u001f\u202e]/);
    }
    expect(built).toHaveBeenCalledTimes(MAX_TEAM_MEMBERS + 1);

    // Opening the form renders the page again; nothing is built again.
    await user.click(screen.getByRole('button', { name: 'Answer the questions' }));
    expect(built).toHaveBeenCalledTimes(MAX_TEAM_MEMBERS + 1);
  });
});
