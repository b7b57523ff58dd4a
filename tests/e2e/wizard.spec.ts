/**
 * The core journey in Chromium: from home through every question to a recommendation, by
 * mouse and by keyboard alone; the result link opened cold elsewhere; the draft across reloads.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerOption, QUESTIONS, questionById, type Answers } from '../../src/domain/questions';
import { encodeShareQuery } from '../../src/domain/links/share-link';
import type { FrameworkId } from '../../src/domain/frameworks';
import {
  answerRadio,
  appStarted,
  clickThroughWizard,
  mainHeading,
  openPage,
  rankingItems,
  rankingTexts,
  readRanking,
} from './support/journey';
import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';

const FULL_ANSWERS: Answers = {
  kind: 'webapp',
  async: 'nice',
  admin: 'must',
  orm: 'django',
  perf: 'nice',
  docs: 'no',
  style: 'conventions',
  team: 'django',
  codebase: 'django',
};

async function start(page: Page) {
  await openPage(page, '/');
  await expect(mainHeading(page)).toHaveText('Django, Flask or FastAPI?');
  await page.getByRole('link', { name: /^Start/ }).click();
}

test('the whole journey by clicking: home, every question, review, recommendation', async ({
  page,
}) => {
  await start(page);
  await clickThroughWizard(page, FULL_ANSWERS);

  const shownAnswers = page.getByRole('main').getByRole('definition');
  await expect(shownAnswers.filter({ hasNot: page.getByRole('link') })).toHaveText(
    QUESTIONS.map((question) => {
      const chosen = question.options.find((option) => option.value === FULL_ANSWERS[question.id]);
      return chosen?.label ?? '';
    }),
  );
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /^Change / })).toHaveCount(QUESTIONS.length);

  await page.getByRole('link', { name: 'See my recommendation' }).click();
  await expect(page).toHaveURL(`/result?${encodeShareQuery(FULL_ANSWERS, CURRENT_MODEL_ID)}`);
  await expect(mainHeading(page)).toHaveText('Django is the best fit');
  await expect(rankingItems(page)).toHaveCount(3);
  await expect(rankingItems(page).first()).toHaveText(/^Django/);
  for (const name of ['Django', 'Flask', 'FastAPI']) {
    await expect(page.getByRole('article', { name })).toBeVisible();
  }
  await expect(page).toHaveTitle(/^Django is the best fit/);
});

// The three common-sense examples (a web app with an admin, a typed async API, a learner), with the rankings of the current model (docs/scoring-model-2027-02.md section 6).
const EXAMPLES: { answers: Answers; winner: string; ranking: [FrameworkId, number][] }[] = [
  {
    answers: { kind: 'webapp', admin: 'must', orm: 'django', style: 'conventions' },
    winner: 'Django',
    ranking: [
      ['django', 100],
      ['flask', 57],
      ['fastapi', 36],
    ],
  },
  {
    answers: { kind: 'api', async: 'must', perf: 'important', docs: 'must' },
    winner: 'FastAPI',
    ranking: [
      ['fastapi', 100],
      ['django', 53],
      ['flask', 57],
    ],
  },
  {
    answers: { kind: 'learn', style: 'freedom', team: 'new' },
    winner: 'Flask',
    ranking: [
      ['flask', 100],
      ['fastapi', 67],
      ['django', 53],
    ],
  },
];

for (const example of EXAMPLES) {
  test(`common-sense example → ${example.winner}`, async ({ page }) => {
    await openPage(page, '/questions/kind');
    await clickThroughWizard(page, example.answers);
    await page.getByRole('link', { name: 'See my recommendation' }).click();
    await expect(mainHeading(page)).toHaveText(`${example.winner} is the best fit`);
    await expect(rankingItems(page)).toHaveText(rankingTexts(...example.ranking));
  });
}

/** Presses Tab until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Focus is on the element and the browser draws a visible indicator for it. */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const focus = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
    };
  });
  expect(focus.focusVisible).toBe(true);
  expect(focus.outline).not.toBe('none');
  expect(focus.width).toBeGreaterThanOrEqual(2);
}

test('the same journey by keyboard alone', async ({ page }) => {
  await openPage(page, '/');
  const keyboard = page.keyboard;
  await tabTo(page, page.getByRole('link', { name: /^Start/ }));
  await expectVisibleFocus(page.getByRole('link', { name: /^Start/ }));
  await keyboard.press('Enter');

  for (const [index, question] of QUESTIONS.entries()) {
    const heading = mainHeading(page);
    await expect(heading).toHaveText(question.title);
    await expectVisibleFocus(heading);

    const value = FULL_ANSWERS[question.id];
    const optionIndex = question.options.findIndex((option) => option.value === value);
    if (question.id === 'perf') {
      // Skip by keyboard: past the choices and Continue to "Skip this question", then Space.
      await tabTo(page, page.getByRole('button', { name: 'Skip this question' }));
      await expectVisibleFocus(page.getByRole('button', { name: 'Skip this question' }));
      await keyboard.press('Space');
      continue;
    }

    // Tab enters the group at its first choice; Space picks it, the arrow keys move and pick.
    await keyboard.press('Tab');
    const first = page.getByRole('radio').first();
    await expectVisibleFocus(first);
    if (optionIndex === 0) await keyboard.press('Space');
    for (let step = 0; step < optionIndex; step++) await keyboard.press('ArrowDown');
    const chosen = answerRadio(page, question.id, value ?? '');
    await expect(chosen).toBeChecked();
    await expectVisibleFocus(chosen);

    if (index % 2 === 0) {
      // Enter in a radio submits the form, as in any HTML form.
      await keyboard.press('Enter');
    } else {
      await keyboard.press('Tab');
      await expectVisibleFocus(page.getByRole('button', { name: 'Continue' }));
      await keyboard.press('Enter');
    }
  }

  await expect(mainHeading(page)).toHaveText('Check your answers');
  await expectVisibleFocus(mainHeading(page));
  await expect(
    page.getByRole('main').getByRole('definition').filter({ hasText: 'Skipped' }),
  ).toHaveCount(1);

  // Change an answer by keyboard and come back to the review.
  const changeKind = page.getByRole('link', { name: 'Change what you are building' });
  await tabTo(page, changeKind);
  await expectVisibleFocus(changeKind);
  await keyboard.press('Enter');
  await expect(mainHeading(page)).toHaveText(questionById('kind').title);
  await expectVisibleFocus(mainHeading(page));
  await keyboard.press('Tab');
  // Tab lands on the chosen answer; the arrow keys move the choice and back again.
  await expect(answerRadio(page, 'kind', 'webapp')).toBeFocused();
  await keyboard.press('ArrowDown');
  await keyboard.press('ArrowUp');
  await expect(answerRadio(page, 'kind', 'webapp')).toBeChecked();
  await keyboard.press('Enter');
  await expect(mainHeading(page)).toHaveText('Check your answers');

  const seeResult = page.getByRole('link', { name: 'See my recommendation' });
  await tabTo(page, seeResult);
  await expectVisibleFocus(seeResult);
  await keyboard.press('Enter');

  await expect(mainHeading(page)).toHaveText('Django is the best fit');
  await expectVisibleFocus(mainHeading(page));
  await expect(rankingItems(page).first()).toHaveText(/^Django/);
});

test('a result link opened cold in a new browser context shows the same recommendation', async ({
  page,
  browser,
}) => {
  await openPage(page, '/questions/kind');
  await clickThroughWizard(page, { kind: 'api', style: 'freedom', team: 'flask' });
  await page.getByRole('link', { name: 'See my recommendation' }).click();
  await expect(mainHeading(page)).toHaveText('Flask is the best fit');
  const heading = await mainHeading(page).textContent();
  const ranking = await readRanking(page);
  expect(ranking).toEqual([
    ['Flask', 96],
    ['FastAPI', 67],
    ['Django', 38],
  ]);
  const url = page.url();

  const elsewhere = await browser.newContext();
  try {
    const cold = await elsewhere.newPage();
    await cold.goto(url);
    await expect(mainHeading(cold)).toHaveText(heading ?? '');
    expect(await readRanking(cold)).toEqual(ranking);
    await expect(cold.getByRole('textbox', { name: 'Link to this result' })).toHaveValue(url);
  } finally {
    await elsewhere.close();
  }
});

test('a reload mid-wizard keeps the answers given so far', async ({ page }) => {
  await start(page);
  await answerRadio(page, 'kind', 'ml').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await answerRadio(page, 'async', 'important').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(mainHeading(page)).toHaveText(questionById('admin').title);

  await page.reload();
  await expect(mainHeading(page)).toHaveText(questionById('admin').title);
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(mainHeading(page)).toHaveText(questionById('async').title);
  await expect(answerRadio(page, 'async', 'important')).toBeChecked();

  // Reloading a question page shows its saved answer chosen, and leaves focus alone: a reload is
  // no step to announce.
  await page.reload();
  await expect(answerRadio(page, 'async', 'important')).toBeChecked();
  await expect(mainHeading(page)).not.toBeFocused();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(answerRadio(page, 'kind', 'ml')).toBeChecked();
});

test('a question opened from the review and reloaded still leads back to the review', async ({
  page,
}) => {
  await openPage(page, '/questions/kind');
  await clickThroughWizard(page, { kind: 'api', admin: 'nice' });
  await page.getByRole('link', { name: 'Change admin panel' }).click();
  await expect(mainHeading(page)).toHaveText(questionById('admin').title);

  // The reloaded page is prerendered for the plain question; once the app runs it must agree
  // with itself: Back shows the address it goes to.
  await page.reload();
  await appStarted(page);
  const back = page.getByRole('link', { name: 'Back', exact: true });
  await expect(back).toHaveAttribute('href', '/review');
  await answerRadio(page, 'admin', 'must').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(mainHeading(page)).toHaveText('Check your answers');
  await expect(
    page.getByRole('main').getByRole('definition').filter({ hasText: 'Must have' }),
  ).toHaveCount(1);
});

test('the draft survives a closed tab', async ({ page, context }) => {
  await openPage(page, '/questions/kind');
  await clickThroughWizard(page, { kind: 'micro', perf: 'must' });
  await page.close();

  const again = await context.newPage();
  await openPage(again, '/review');
  const main = again.getByRole('main');
  await expect(
    main.getByRole('definition').filter({ hasText: answerOption('kind', 'micro')?.label ?? '' }),
  ).toHaveCount(1);
  await expect(main.getByRole('definition').filter({ hasText: 'Must have' })).toHaveCount(1);
  await expect(main.getByRole('definition').filter({ hasText: 'Skipped' })).toHaveCount(7);
});

test('Back on every step returns to the previous one with its answer chosen', async ({ page }) => {
  await start(page);
  await clickThroughWizard(page, FULL_ANSWERS);

  for (const question of [...QUESTIONS].reverse()) {
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page).toHaveURL(`/questions/${question.id}`);
    await expect(mainHeading(page)).toHaveText(question.title);
    await expect(mainHeading(page)).toBeFocused();
    const value = FULL_ANSWERS[question.id];
    if (value) await expect(answerRadio(page, question.id, value)).toBeChecked();
  }
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL('/');
  await expect(mainHeading(page)).toHaveText('Django, Flask or FastAPI?');
});

test('the browser’s own Back button walks back through the steps', async ({ page }) => {
  await start(page);
  await answerRadio(page, 'kind', 'api').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(mainHeading(page)).toHaveText(questionById('async').title);
  await page.goBack();
  await expect(mainHeading(page)).toHaveText(questionById('kind').title);
  await expect(answerRadio(page, 'kind', 'api')).toBeChecked();
  await page.goForward();
  await expect(mainHeading(page)).toHaveText(questionById('async').title);
});

test('Continue pressed before the app has started still records the answer and moves on', async ({
  page,
}) => {
  await openPage(page, '/questions/kind');
  await answerRadio(page, 'kind', 'api').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(mainHeading(page)).toHaveText(questionById('async').title);

  // Hold the app's JavaScript: the prerendered page is there, but nothing runs yet.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue().catch(() => {
      // The page that asked for it may have gone; nothing to deliver then.
    });
  });
  await page.goto('/questions/async', { waitUntil: 'commit' });
  await answerRadio(page, 'async', 'must').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  release();

  await expect(mainHeading(page)).toHaveText(questionById('admin').title);
  await expect(page).toHaveURL('/questions/admin');
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(answerRadio(page, 'async', 'must')).toBeChecked();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(answerRadio(page, 'kind', 'api')).toBeChecked();
});

test('a choice made before the app has started is kept once it starts', async ({ page }) => {
  // Hold the app's JavaScript: the prerendered page is there, but nothing runs yet.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/questions/kind', { waitUntil: 'commit' });
  await answerRadio(page, 'kind', 'api').check();
  release();
  await appStarted(page);

  // Continue reads the choice from the app’s state: it must be the one the page shows.
  await expect(answerRadio(page, 'kind', 'api')).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(mainHeading(page)).toHaveText(questionById('async').title);
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(answerRadio(page, 'kind', 'api')).toBeChecked();
});
