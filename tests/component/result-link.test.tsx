/**
 * The result page from a URL alone: what a shared link shows cold, whatever it holds, and how an
 * old link keeps its result when the ratings change.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FrameworkId } from '../../src/domain/frameworks';
import type { Criterion, ScoringModel } from '../../src/domain/model-types';
import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { answerOption, questionById } from '../../src/domain/questions';
import { createModelRegistry } from '../../src/domain/scoring-models';
import { useAnswersStore } from '../../src/wizard/answers-store';
import {
  LAZY_TIMEOUT,
  mainHeading,
  ranking,
  renderApp,
  reviewAnswer,
  shownRanking,
} from './render-app';

async function openResult(path: string, options?: Parameters<typeof renderApp>[1]) {
  const rendered = renderApp(path, options);
  await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT);
  return rendered;
}

/** The notice that names what a link ignored, or null. */
function ignoredNotice(): HTMLElement | null {
  const heading = screen.queryByRole('heading', { name: 'Part of this link was ignored' });
  return heading?.closest<HTMLElement>('[role="note"]') ?? null;
}

function ignoredItems(): string[] {
  const notice = ignoredNotice();
  if (!notice) return [];
  return within(notice)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

/** What a clean link for the same valid answers shows: heading and ranking. */
async function cleanView(query: string): Promise<{ heading: string; ranking: [string, number][] }> {
  const { unmount } = await openResult(`/result?${query}`);
  expect(ignoredNotice()).toBeNull();
  const view = { heading: mainHeading().textContent ?? '', ranking: shownRanking() };
  unmount();
  return view;
}

const WEBAPP_EXAMPLE = 'kind=webapp&admin=must&orm=django&style=conventions';

describe('a result opened from its URL alone', () => {
  it('shows the recommendation and ranking of docs/scoring-model-2026-11.md for a full link', async () => {
    await openResult(`/result?v=1&data=2026-11&${WEBAPP_EXAMPLE}`);
    expect(mainHeading()).toHaveTextContent('Django is the best fit');
    expect(shownRanking()).toEqual(ranking(['django', 100], ['flask', 62], ['fastapi', 40]));
    expect(ignoredNotice()).toBeNull();
  });

  it('reads a link without v and data as scheme 1 with model 2026-11', async () => {
    await openResult('/result?kind=api&style=freedom&team=flask');
    expect(mainHeading()).toHaveTextContent('FastAPI is the best fit');
    expect(shownRanking()).toEqual(ranking(['fastapi', 83], ['flask', 75], ['django', 42]));
    expect(ignoredNotice()).toBeNull();
  });

  it('shows a general view for a link with no answers', async () => {
    await openResult('/result');
    expect(mainHeading()).toHaveTextContent('Django, in a general view');
    expect(shownRanking()).toEqual(ranking(['django', 79], ['fastapi', 71], ['flask', 59]));
  });

  it('offers a copy of its own link, with the same answers', async () => {
    await openResult(`/result?${WEBAPP_EXAMPLE}`);
    const field = screen.getByRole('textbox', { name: 'Link to this result' });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).value).toBe(
      `${window.location.origin}/result?v=1&data=2026-11&${WEBAPP_EXAMPLE}`,
    );
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('shows the three feature cards as articles named by their headings', async () => {
    await openResult(`/result?${WEBAPP_EXAMPLE}`);
    // The comparison is in the sections that load after the first screen.
    for (const name of ['Django', 'Flask', 'FastAPI']) {
      expect(await screen.findByRole('article', { name }, LAZY_TIMEOUT)).toBeInTheDocument();
    }
  });
});

describe('the parts of a link that were ignored', () => {
  it('names an unknown answer and keeps the rest', async () => {
    const expected = await cleanView('kind=api&docs=must');
    await openResult('/result?v=1&data=2026-11&kind=api&async=banana&docs=must');
    expect(ignoredItems()).toEqual([expect.stringMatching(/async=banana.*not a known answer/)]);
    expect(mainHeading()).toHaveTextContent(expected.heading);
    expect(shownRanking()).toEqual(expected.ranking);
  });

  it('counts the first of a repeated key and names the others', async () => {
    const expected = await cleanView('kind=learn');
    await openResult('/result?kind=learn&kind=webapp&kind=api');
    const items = ignoredItems();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/kind=webapp.*appears more than once/);
    expect(items[1]).toMatch(/kind=api.*appears more than once/);
    expect(mainHeading()).toHaveTextContent(expected.heading);
    expect(shownRanking()).toEqual(expected.ranking);
  });

  it('names an unknown scoring model and uses the current one', async () => {
    const current = await cleanView(`v=1&data=${CURRENT_MODEL_ID}&${WEBAPP_EXAMPLE}`);
    await openResult(`/result?v=1&data=9999-99&${WEBAPP_EXAMPLE}`);
    expect(ignoredItems()).toEqual([expect.stringMatching(/data=9999-99.*scoring model/)]);
    expect(mainHeading()).toHaveTextContent('Django is the best fit');
    expect(mainHeading()).toHaveTextContent(current.heading);
    expect(shownRanking()).toEqual(current.ranking);
    // The link it offers pins the model it used: the current one.
    expect(
      (screen.getByRole('textbox', { name: 'Link to this result' }) as HTMLInputElement).value,
    ).toContain(`data=${CURRENT_MODEL_ID}`);
  });

  it('names unknown keys and a malformed version', async () => {
    await openResult('/result?v=one&framework=django&kind=micro');
    const items = ignoredItems();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/v=one/);
    expect(items[1]).toMatch(/framework=django.*not a question/);
  });
});

describe('a link from a newer version', () => {
  it.each(['2', '99'])('v=%s gets its own page with a way to start over', async (version) => {
    useAnswersStore.setState({ answers: { kind: 'api' } });
    const { user } = await openResult(`/result?v=${version}&data=2030-01&kind=api`);
    expect(mainHeading()).toHaveTextContent('This link was made by a newer version');
    expect(screen.getByText(new RegExp(`version ${version} of our link format`))).toBeVisible();
    expect(shownRanking()).toEqual([]);

    await user.click(screen.getByRole('link', { name: 'Start over' }));
    expect(mainHeading()).toHaveTextContent(questionById('kind').title);
  });
});

describe('a hostile link', () => {
  const TEN_KB = 'a'.repeat(10 * 1024);
  const HOSTILE: [string, string, string][] = [
    ['a script tag', `team=%3Cscript%3Ealert(1)%3C%2Fscript%3E&${WEBAPP_EXAMPLE}`, '<script>'],
    ['a javascript: URL', `async=javascript:alert(1)&${WEBAPP_EXAMPLE}`, 'javascript:alert(1)'],
    ['markup as a key', `%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&${WEBAPP_EXAMPLE}`, '<img'],
    ['a NUL byte', `team=new%00&${WEBAPP_EXAMPLE}`, 'team=new[U+0000]'],
    ['malformed percent-encoding', `perf=%E0%A4%A&${WEBAPP_EXAMPLE}`, '%E0%A4%A'],
    ['a 10 KB value', `docs=${TEN_KB}&${WEBAPP_EXAMPLE}`, 'docs=aaaa'],
    ['a 10 KB key', `${TEN_KB}=1&${WEBAPP_EXAMPLE}`, 'aaaa'],
  ];

  it.each(HOSTILE)(
    'with %s shows it as text only and keeps the valid answers',
    async (_name, query, echoed) => {
      const expected = await cleanView(WEBAPP_EXAMPLE);
      const { container } = await openResult(`/result?${query}`);

      const items = ignoredItems();
      expect(items).toHaveLength(1);
      expect(items[0]).toContain(echoed);
      // Shown shortened, never the whole payload.
      expect(items[0]?.length).toBeLessThan(200);
      expect(container.querySelector('script, img, iframe, object, embed')).toBeNull();
      for (const link of container.querySelectorAll('a')) {
        expect(link.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
      }
      expect(mainHeading()).toHaveTextContent(expected.heading);
      expect(shownRanking()).toEqual(expected.ranking);
    },
  );
});

/**
 * A newer model, defined here and never shipped: Django's and Flask's ratings swapped on every
 * criterion, so the same answers rank the two the other way round.
 */
function swapDjangoAndFlask(criterion: Criterion): Criterion {
  const swap = <T,>(record: Readonly<Partial<Record<FrameworkId, T>>>) => ({
    django: record.flask,
    fastapi: record.fastapi,
    flask: record.django,
  });
  return {
    ...criterion,
    ratings: swap(criterion.ratings),
    justification: swap(criterion.justification),
  };
}

const NEWER_MODEL: ScoringModel = {
  ...MODEL_2026_11,
  id: '2099-01',
  released: '2099-01-04',
  criteria: MODEL_2026_11.criteria.map(swapDjangoAndFlask),
};

const REGISTRY_WITH_NEWER_MODEL = createModelRegistry([MODEL_2026_11, NEWER_MODEL]);

describe('a link made with an older scoring model', () => {
  it('shows its original result, says the model changed and links to today’s result', async () => {
    const { user } = await openResult(`/result?v=1&data=2026-11&${WEBAPP_EXAMPLE}`, {
      registry: REGISTRY_WITH_NEWER_MODEL,
    });
    expect(mainHeading()).toHaveTextContent('Django is the best fit');
    expect(shownRanking()).toEqual(ranking(['django', 100], ['flask', 62], ['fastapi', 40]));
    expect(screen.getByText(/The ratings have changed since/)).toHaveTextContent('2026-11');
    // Its own link keeps its model, so it goes on reproducing this result.
    expect(
      (screen.getByRole('textbox', { name: 'Link to this result' }) as HTMLInputElement).value,
    ).toContain('data=2026-11');

    await user.click(screen.getByRole('link', { name: /today’s result for the same answers/ }));
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      'Flask is the best fit',
    );
    expect(shownRanking()).toEqual(ranking(['flask', 100], ['django', 62], ['fastapi', 40]));
    expect(screen.queryByText(/The ratings have changed since/)).not.toBeInTheDocument();
    expect(
      (screen.getByRole('textbox', { name: 'Link to this result' }) as HTMLInputElement).value,
    ).toContain('data=2099-01');
  });

  it('a link with the current model says nothing about a change', async () => {
    await openResult(`/result?v=1&data=2099-01&${WEBAPP_EXAMPLE}`, {
      registry: REGISTRY_WITH_NEWER_MODEL,
    });
    expect(mainHeading()).toHaveTextContent('Flask is the best fit');
    expect(screen.queryByText(/The ratings have changed since/)).not.toBeInTheDocument();
  });
});

describe('editing from a link', () => {
  it('Change answers loads the link’s answers into the wizard', async () => {
    useAnswersStore.setState({ answers: { kind: 'learn', team: 'flask' } });
    const { user } = await openResult(`/result?v=1&data=2026-11&kind=api&async=must&docs=must`);
    await user.click(screen.getByRole('button', { name: 'Change answers' }));

    expect(mainHeading()).toHaveTextContent('Check your answers');
    expect(reviewAnswer('kind')).toBe(answerOption('kind', 'api')?.label);
    expect(reviewAnswer('async')).toBe('Must have');
    expect(reviewAnswer('docs')).toBe('Must have');
    // The draft that was there before is replaced, not merged.
    expect(reviewAnswer('team')).toBe('Skipped');

    await user.click(screen.getByRole('link', { name: 'See my recommendation' }));
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      'FastAPI is the best fit',
    );
  });

  it('Change answers keeps only the valid answers of a mangled link', async () => {
    const { user } = await openResult('/result?kind=webapp&admin=%3Cscript%3E&orm=django');
    await user.click(screen.getByRole('button', { name: 'Change answers' }));
    expect(reviewAnswer('kind')).toBe(answerOption('kind', 'webapp')?.label);
    expect(reviewAnswer('admin')).toBe('Skipped');
    expect(reviewAnswer('orm')).toBe("Django's built-in ORM");
  });

  it('Start over clears the answers and opens the first question', async () => {
    useAnswersStore.setState({ answers: { kind: 'learn' } });
    const { user } = await openResult(`/result?${WEBAPP_EXAMPLE}`);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(mainHeading()).toHaveTextContent(questionById('kind').title);
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(useAnswersStore.getState().answers).toEqual({});
  });
});
