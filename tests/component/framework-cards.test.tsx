/**
 * The framework cards and "When to choose" on the Compare page, as a reader meets them: each
 * card's pitch, newest release and notes with their sources, the release dated by its check and
 * flagged once that check is more than 90 days old.
 */
import { render, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { FRAMEWORK_PROFILES } from '../../src/domain/content/framework-profiles';
import { DATA_DATE_LABEL } from '../../src/domain/content/data-date';
import { oldestCheck } from '../../src/domain/content/freshness';
import { RELEASES } from '../../src/domain/content/releases';
import { daysBetween, formatDay, shortDate } from '../../src/domain/dates';
import { FRAMEWORK_IDS } from '../../src/domain/frameworks';
import { StackRecipeSection } from '../../src/result/stack-recipe-section';
import { LAZY_TIMEOUT, renderApp } from './render-app';

/** The day `days` after `date` (`YYYY-MM-DD`), at noon local time. */
function dayAfter(date: string, days: number): Date {
  const day = new Date(`${date}T12:00:00`);
  day.setDate(day.getDate() + days);
  return day;
}

function card(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('framework cards', () => {
  it.each(FRAMEWORK_IDS)(
    'the %s card dates its newest release by the check and links every source',
    async (id) => {
      const profile = FRAMEWORK_PROFILES[id];
      const release = profile.latestRelease;
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(dayAfter(release.checked, 10));
      renderApp('/compare');
      const article = await screen.findByRole('article', { name: profile.name }, LAZY_TIMEOUT);
      const line = within(article).getByText(/newest release as of/);
      expect(line).toHaveTextContent(
        `Version ${release.version}, newest release as of ${shortDate(release.checked)}`,
      );
      expect(line).not.toHaveTextContent(/checked more than|\(\)/);
      expect(article).not.toHaveTextContent(/\bLatest\b/);
      // The pitch, the release and each note have their sources one click away.
      const sourceLinks = within(article)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
      for (const source of [
        ...profile.sources,
        release.source,
        ...profile.notes.flatMap((note) => note.sources),
      ]) {
        expect(sourceLinks).toContain(source.ref);
      }
      for (const note of profile.notes) expect(article).toHaveTextContent(note.text);
    },
  );

  it('says when the check is more than 90 days old', async () => {
    const release = FRAMEWORK_PROFILES.django.latestRelease;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(dayAfter(release.checked, 91));
    expect(
      daysBetween(release.checked, dayAfter(release.checked, 91).toISOString().slice(0, 10)),
    ).toBe(91);
    renderApp('/compare');
    await screen.findByRole('article', { name: 'Django' }, LAZY_TIMEOUT);
    expect(within(card('Django')).getByText(/newest release as of/)).toHaveTextContent(
      `newest release as of ${shortDate(release.checked)}, checked more than 90 days ago`,
    );
  });
});

describe('When to choose', () => {
  it('links the sources behind each note', async () => {
    const { user } = renderApp('/compare');
    const section = await screen.findByRole(
      'region',
      { name: 'When to choose each' },
      LAZY_TIMEOUT,
    );
    const note = within(section).getByText(/FastAPI requires Pydantic v2/);
    const item = note.closest('li');
    if (!item) throw new Error('The note is not in a list item');
    await user.click(within(item).getByText(/^Sources \(\d+\)$/));
    expect(within(item).getAllByRole('link').length).toBeGreaterThan(0);
  });
});

describe('the data date', () => {
  it('is stated above the cards, as the oldest check date', async () => {
    renderApp('/compare');
    expect(
      await screen.findByText(/the oldest check is from/, undefined, LAZY_TIMEOUT),
    ).toHaveTextContent(`the oldest check is from ${DATA_DATE_LABEL}.`);
    expect(DATA_DATE_LABEL).toBe(formatDay(oldestCheck(Object.values(RELEASES))));
  });
});

describe("the stack recipe's version lines", () => {
  it('date each newest release by its check, and say when that check is over 90 days old', () => {
    const release = RELEASES.djangoNinja;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(dayAfter(release.checked, 91));
    render(<StackRecipeSection answers={{ kind: 'api', docs: 'must' }} winner="django" />);
    const row = screen.getByRole('row', { name: /^django-ninja/ });
    expect(row).toHaveTextContent(
      `Newest: ${release.version}, newest release as of ${shortDate(release.checked)}, checked more than 90 days ago`,
    );
  });
});
