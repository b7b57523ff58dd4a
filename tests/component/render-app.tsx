/**
 * Renders the real routes and the real store in a memory router, the way the app composes them,
 * plus a few helpers that read the page the way a person does.
 */
import { act, render, screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppRoutes, preloadPageAt } from '../../src/app/routes';
import {
  QUESTIONS,
  answerOption,
  questionById,
  type Answers,
  type QuestionId,
} from '../../src/domain/questions';
import { FRAMEWORK_NAMES, type FrameworkId } from '../../src/domain/frameworks';
import { MODEL_CATALOG } from '../../src/domain/model-catalog';
import { wizardPath } from '../../src/domain/wizard-path';
import type { ModelRegistry } from '../../src/domain/scoring-models';
import { ModelRegistryContext } from '../../src/ui/model-registry-context';
import { restoreDraft } from '../../src/wizard/answers-store';

/**
 * The result page and other lazy routes load on first use, and the result page is large; allow
 * for that on a busy machine.
 */
export const LAZY_TIMEOUT = { timeout: 15_000 };

// The frame's chrome is loaded before the app's first render, as src/main.tsx does for every
// `/embed…` page, so an embed page renders at once like the full site's pages.
await preloadPageAt('/embed');

export function renderApp(
  path: string,
  options: { registry?: ModelRegistry; restoreDraft?: boolean } = {},
) {
  const user = userEvent.setup();
  const tree = (
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>
  );
  const utils = render(
    options.registry ? (
      <ModelRegistryContext.Provider value={options.registry}>{tree}</ModelRegistryContext.Provider>
    ) : (
      tree
    ),
  );
  // As FullApp does after its first render: the saved draft (if any) comes back. Tests of that
  // timing pass `restoreDraft: false` and restore it themselves.
  if (options.restoreDraft !== false) restoreDraft();
  return { user, ...utils };
}

export type User = ReturnType<typeof userEvent.setup>;

/** The main heading of the page shown now. */
export function mainHeading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}

/** The radio a person would pick for an answer, found by its visible label. */
export function answerRadio(id: QuestionId, value: string): HTMLElement {
  const label = answerOption(id, value)?.label;
  if (!label) throw new Error(`No answer ${id}=${value}`);
  return screen.getByRole('radio', { name: label });
}

/**
 * Answers the questions from the one shown now to the end: each given answer is picked and
 * continued, each absent one is skipped. Checks each page's heading on the way: the questions the
 * wizard asks with these answers (a learner's path is shorter).
 */
export async function answerAll(user: User, answers: Answers): Promise<void> {
  const asked = wizardPath(answers, MODEL_CATALOG.current);
  const shown = QUESTIONS.find((question) => question.title === mainHeading().textContent);
  for (const id of asked.slice(shown ? asked.indexOf(shown.id) : 0)) {
    expect(mainHeading()).toHaveTextContent(questionById(id).title);
    const value = answers[id];
    if (value === undefined) {
      await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    } else {
      await user.click(answerRadio(id, value));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    }
  }
}

/** The row of the "Check your answers" list for a question, by the question as asked. */
export function reviewRow(id: QuestionId): HTMLElement {
  const term = screen.getByText(questionById(id).title, { selector: 'dt' });
  const row = term.parentElement;
  if (!row) throw new Error(`No review row for ${id}`);
  return row;
}

/** A review row's Change link, by the name a screen reader hears. */
export function changeLink(id: QuestionId): HTMLElement {
  return within(reviewRow(id)).getByRole('link', {
    name: `Change the answer to “${questionById(id).title}”`,
  });
}

export function reviewAnswer(id: QuestionId): string {
  const value = within(reviewRow(id)).getAllByRole('definition')[0];
  return value?.textContent ?? '';
}

const RANKING_ENTRY = /^(Django|FastAPI|Flask)\s*(\d+)\s*\/\s*100/;

/**
 * The ranking as shown: each framework's name and score, best first. Read from the list items
 * whose text starts "<framework> <score> / 100", as a person reads them.
 */
export function shownRanking(): [string, number][] {
  return screen
    .getAllByRole('listitem')
    .map((item) => RANKING_ENTRY.exec(item.textContent ?? ''))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1] ?? '', Number(match[2])]);
}

/** `[name, score]` pairs for the expected results of docs/scoring-model-2026-11.md section 7. */
export function ranking(...entries: [FrameworkId, number][]): [string, number][] {
  return entries.map(([id, score]) => [FRAMEWORK_NAMES[id], score]);
}

/** Restores the saved draft, as the app does once after its first render, and lets it settle. */
export async function restoreDraftNow(): Promise<void> {
  await act(async () => {
    restoreDraft();
    await Promise.resolve();
  });
}
