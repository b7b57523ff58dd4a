/**
 * Helpers for the browser journeys: open a page once the app has taken over, answer questions by
 * their visible labels, and read the ranking as a person reads it.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { FRAMEWORK_NAMES, type FrameworkId } from '../../../src/domain/frameworks';
import { MODEL_CATALOG } from '../../../src/domain/model-catalog';
import {
  answerOption,
  questionById,
  type Answers,
  type QuestionId,
} from '../../../src/domain/questions';
import { nextQuestion, stepPosition } from '../../../src/domain/wizard-path';

/**
 * Opens a path and waits until React has attached to the page. Prerendered pages paint before any
 * JavaScript runs; a click that lands before the app starts would be a plain HTML form submit.
 */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await appStarted(page);
}

/** Waits until React has attached to the page shown now, e.g. after a reload. */
export async function appStarted(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
}

/**
 * When the page had its first contentful paint, and when it started fetching each script (ms
 * since navigation, from the Paint and Resource Timing entries), once `scripts` have started.
 */
export async function paintAndScriptTimes(
  page: Page,
  scripts: RegExp,
): Promise<{ firstContentfulPaint: number; scriptStarts: number[] }> {
  const read = () =>
    page.evaluate((source) => {
      const pattern = new RegExp(source);
      return {
        firstContentfulPaint:
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
        scriptStarts: performance
          .getEntriesByType('resource')
          .filter((entry) => pattern.test(entry.name))
          .map((entry) => entry.startTime),
      };
    }, scripts.source);
  await expect.poll(async () => (await read()).scriptStarts.length).toBeGreaterThan(0);
  return read();
}

export function mainHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

export function answerRadio(page: Page, id: QuestionId, value: string): Locator {
  const label = answerOption(id, value)?.label;
  if (!label) throw new Error(`No answer ${id}=${value}`);
  return page.getByRole('radio', { name: label, exact: true });
}

/**
 * From the first question to the review by clicking: each given answer is picked and continued,
 * each absent one skipped.
 */
export async function clickThroughWizard(page: Page, answers: Answers): Promise<void> {
  // The questions the wizard asks: all of them, or a learner's shorter path once they say so.
  const given: Record<string, string> = {};
  const model = MODEL_CATALOG.current;
  for (
    let id: QuestionId | undefined = model.questions[0]?.id;
    id !== undefined;
    id = nextQuestion(id, given as Answers, model)
  ) {
    const { index, total } = stepPosition(id, given as Answers, model);
    await expect(mainHeading(page)).toHaveText(questionById(id).title);
    await expect(page.getByText(`Question ${index} of ${total}`)).toBeVisible();
    const value = answers[id];
    if (value === undefined) {
      await page.getByRole('button', { name: 'Skip this question' }).click();
    } else {
      given[id] = value;
      await answerRadio(page, id, value).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
  }
  await expect(mainHeading(page)).toHaveText('Check your answers');
}

const RANKING_ENTRY = /^(Django|FastAPI|Flask)\s*(\d+)\s*\/\s*100/;

/** The ranking's entries, best first: list items that read "<framework> <score> / 100 …". */
export function rankingItems(page: Page): Locator {
  return page.getByRole('main').getByRole('listitem').filter({ hasText: RANKING_ENTRY });
}

/** Expected ranking texts for `toHaveText`, from `[framework, score]` pairs. */
export function rankingTexts(...entries: [FrameworkId, number][]): RegExp[] {
  return entries.map(
    ([id, score]) => new RegExp(`^${FRAMEWORK_NAMES[id]}\\s*${score}\\s*/\\s*100`),
  );
}

/** The ranking as shown, once it is there: `[name, score]` pairs, best first. */
export async function readRanking(page: Page): Promise<[string, number][]> {
  await expect(rankingItems(page)).toHaveCount(3);
  const texts = await rankingItems(page).allTextContents();
  return texts.map((text) => {
    const match = RANKING_ENTRY.exec(text.trim());
    return [match?.[1] ?? '', Number(match?.[2])];
  });
}
