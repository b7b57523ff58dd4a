/**
 * The wizard as a person uses it: the real routes and store, driven by clicks through
 * user-event. Labels and titles come from the question data, never copied here.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  answerOption,
  QUESTIONS,
  QUESTION_COUNT,
  questionById,
  type Answers,
} from '../../src/domain/questions';
import { FRAMEWORK_NAMES, type FrameworkId } from '../../src/domain/frameworks';
import { useAnswersStore } from '../../src/wizard/answers-store';
import {
  LAZY_TIMEOUT,
  answerAll,
  answerRadio,
  mainHeading,
  ranking,
  renderApp,
  reviewAnswer,
  reviewRow,
  shownRanking,
  type User,
} from './render-app';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const continueButton = () => screen.getByRole('button', { name: 'Continue' });
const skipButton = () => screen.getByRole('button', { name: 'Skip this question' });
const backLink = () => screen.getByRole('link', { name: 'Back' });

async function startFromHome(user: User) {
  await user.click(screen.getByRole('link', { name: /^Start/ }));
  expect(mainHeading()).toHaveTextContent(questionById('kind').title);
}

describe('the whole wizard by clicking', () => {
  it('goes from home through every question to the review and a recommendation', async () => {
    const { user } = renderApp('/');
    await startFromHome(user);
    const answers: Answers = {
      kind: 'webapp',
      async: 'nice',
      admin: 'must',
      orm: 'django',
      perf: 'no',
      docs: 'no',
      style: 'conventions',
      team: 'django',
      codebase: 'django',
    };
    await answerAll(user, answers);

    expect(mainHeading()).toHaveTextContent('Check your answers');
    for (const question of QUESTIONS) {
      const chosen = question.options.find((option) => option.value === answers[question.id]);
      expect(reviewAnswer(question.id)).toBe(chosen?.label);
      expect(
        within(reviewRow(question.id)).getByRole('link', {
          name: new RegExp(`^Change ${escapeRegExp(question.shortLabel)}$`, 'i'),
        }),
      ).toBeInTheDocument();
    }

    await user.click(screen.getByRole('link', { name: 'See my recommendation' }));
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      'Django is the best fit',
    );
  });

  it(`shows the progress of each question as "Question N of ${QUESTION_COUNT}"`, async () => {
    const { user } = renderApp('/questions/kind');
    for (const [index, question] of QUESTIONS.entries()) {
      expect(screen.getByText(`Question ${index + 1} of ${QUESTION_COUNT}`)).toBeInTheDocument();
      expect(mainHeading()).toHaveTextContent(question.title);
      await user.click(skipButton());
    }
    expect(mainHeading()).toHaveTextContent('Check your answers');
  });

  it('puts every question in a form whose fieldset is named by the question', () => {
    renderApp('/questions/orm');
    const question = questionById('orm');
    const group = screen.getByRole('group', { name: question.title });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(
      question.options.map((option) => option.value),
    );
    for (const radio of radios) expect(radio).toHaveAttribute('name', 'orm');
    expect(group.closest('form')).not.toBeNull();
  });
});

// The three common-sense examples (a web app with an admin, a typed async API, a learner), with the rankings of the current model (docs/scoring-model-2027-01.md section 6).
const EXAMPLES: {
  name: string;
  answers: Answers;
  winner: FrameworkId;
  expected: [string, number][];
}[] = [
  {
    name: 'a web app that must have an admin, with Django’s ORM and conventions',
    answers: { kind: 'webapp', admin: 'must', orm: 'django', style: 'conventions' },
    winner: 'django',
    expected: ranking(['django', 100], ['flask', 57], ['fastapi', 36]),
  },
  {
    name: 'a JSON API where async and auto docs are must-haves',
    answers: { kind: 'api', async: 'must', perf: 'important', docs: 'must' },
    winner: 'fastapi',
    expected: ranking(['fastapi', 100], ['django', 53], ['flask', 57]),
  },
  {
    name: 'learning web development, choosing every part, a team new to it',
    answers: { kind: 'learn', style: 'freedom', team: 'new' },
    winner: 'flask',
    expected: ranking(['flask', 100], ['fastapi', 67], ['django', 53]),
  },
];

describe('the three common-sense examples', () => {
  it.each(EXAMPLES)('$name → $winner', async ({ answers, winner, expected }) => {
    const { user } = renderApp('/');
    await startFromHome(user);
    await answerAll(user, answers);
    await user.click(screen.getByRole('link', { name: 'See my recommendation' }));

    const heading = await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT);
    expect(heading).toHaveTextContent(`${FRAMEWORK_NAMES[winner]} is the best fit`);
    expect(shownRanking()).toEqual(expected);
  });

  it('answers that are skipped show a general view', async () => {
    const { user } = renderApp('/questions/kind');
    await answerAll(user, {});
    expect(screen.getByText(/You skipped every question/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'See my recommendation' }));
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      'Django, in a general view',
    );
    expect(shownRanking()).toEqual(ranking(['django', 77], ['fastapi', 70], ['flask', 62]));
  });
});

describe('checking and changing answers', () => {
  it('shows a skipped question as "Skipped"', async () => {
    const { user } = renderApp('/questions/kind');
    await answerAll(user, { kind: 'api', orm: 'sqlalchemy' });
    expect(reviewAnswer('kind')).toBe(answerOption('kind', 'api')?.label);
    expect(reviewAnswer('async')).toBe('Skipped');
    expect(reviewAnswer('orm')).toBe('SQLAlchemy');
    expect(reviewAnswer('team')).toBe('Skipped');
  });

  it('Change opens the question with its answer chosen, and Continue returns to the review', async () => {
    const { user } = renderApp('/questions/kind');
    await answerAll(user, { kind: 'webapp', admin: 'important', style: 'freedom' });

    await user.click(
      within(reviewRow('admin')).getByRole('link', { name: /^Change admin panel$/i }),
    );
    expect(mainHeading()).toHaveTextContent(questionById('admin').title);
    expect(answerRadio('admin', 'important')).toBeChecked();

    await user.click(answerRadio('admin', 'must'));
    await user.click(continueButton());
    expect(mainHeading()).toHaveTextContent('Check your answers');
    expect(reviewAnswer('admin')).toBe('Must have');
    // The other answers are untouched.
    expect(reviewAnswer('kind')).toBe(answerOption('kind', 'webapp')?.label);
    expect(reviewAnswer('style')).toBe('I choose every part');
  });

  it('Skip from a Change link clears the answer and returns to the review', async () => {
    const { user } = renderApp('/questions/kind');
    await answerAll(user, { kind: 'ml', team: 'typed' });
    await user.click(within(reviewRow('team')).getByRole('link', { name: /^Change/ }));
    await user.click(skipButton());
    expect(mainHeading()).toHaveTextContent('Check your answers');
    expect(reviewAnswer('team')).toBe('Skipped');
    expect(reviewAnswer('kind')).toBe(answerOption('kind', 'ml')?.label);
  });

  it('Back from a Change link returns to the review without changing the answer', async () => {
    const { user } = renderApp('/questions/kind');
    await answerAll(user, { kind: 'micro' });
    await user.click(within(reviewRow('kind')).getByRole('link', { name: /^Change/ }));
    await user.click(answerRadio('kind', 'learn'));
    await user.click(backLink());
    expect(mainHeading()).toHaveTextContent('Check your answers');
    expect(reviewAnswer('kind')).toBe(answerOption('kind', 'micro')?.label);
  });

  it('Start over on the review clears every answer and goes to the first question', async () => {
    const { user } = renderApp('/questions/kind');
    await answerAll(user, { kind: 'api', async: 'must' });
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(mainHeading()).toHaveTextContent(questionById('kind').title);
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
    expect(useAnswersStore.getState().answers).toEqual({});
  });
});

describe('a question page', () => {
  it('Continue without a choice shows an error and stays on the question', async () => {
    const { user } = renderApp('/questions/async');
    await user.click(continueButton());

    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer, or skip this question.');
    expect(mainHeading()).toHaveTextContent(questionById('async').title);
    expect(screen.getByText(`Question 2 of ${QUESTION_COUNT}`)).toBeInTheDocument();
    // The error is part of the group's description, and focus is on the first choice.
    expect(screen.getByRole('group')).toHaveAccessibleDescription(
      /Choose an answer, or skip this question\./,
    );
    expect(answerRadio('async', 'no')).toHaveFocus();
    expect(useAnswersStore.getState().answers.async).toBeUndefined();

    // Choosing clears the error, and Continue then moves on.
    await user.click(answerRadio('async', 'nice'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(continueButton());
    expect(mainHeading()).toHaveTextContent(questionById('admin').title);
  });

  it('Back goes to the previous question, with its answer still chosen', async () => {
    const { user } = renderApp('/questions/kind');
    await user.click(answerRadio('kind', 'api'));
    await user.click(continueButton());
    await user.click(answerRadio('async', 'important'));
    await user.click(continueButton());
    expect(mainHeading()).toHaveTextContent(questionById('admin').title);

    await user.click(backLink());
    expect(mainHeading()).toHaveTextContent(questionById('async').title);
    expect(answerRadio('async', 'important')).toBeChecked();
    await user.click(backLink());
    expect(mainHeading()).toHaveTextContent(questionById('kind').title);
    expect(answerRadio('kind', 'api')).toBeChecked();
  });

  it('Back on the first question goes home, and Back on the review to the last question', async () => {
    const { user } = renderApp('/questions/kind');
    await user.click(backLink());
    expect(mainHeading()).toHaveTextContent('Django, Flask or FastAPI?');

    await startFromHome(user);
    await answerAll(user, {});
    await user.click(backLink());
    expect(mainHeading()).toHaveTextContent(questionById('codebase').title);
  });

  it('a choice made without Continue is not saved', async () => {
    const { user } = renderApp('/questions/kind');
    await user.click(answerRadio('kind', 'api'));
    await user.click(continueButton());
    await user.click(answerRadio('async', 'must'));
    await user.click(backLink());
    expect(useAnswersStore.getState().answers).toEqual({ kind: 'api' });
    await user.click(continueButton());
    expect(answerRadio('async', 'must')).not.toBeChecked();
  });

  it('moves focus to the new page’s heading after each navigation', async () => {
    const { user } = renderApp('/');
    // The first page leaves focus alone.
    expect(mainHeading()).not.toHaveFocus();

    await user.click(screen.getByRole('link', { name: /^Start/ }));
    await waitFor(() => expect(mainHeading()).toHaveFocus());
    expect(mainHeading()).toHaveTextContent(questionById('kind').title);

    await user.click(answerRadio('kind', 'webapp'));
    await user.click(continueButton());
    await waitFor(() => expect(mainHeading()).toHaveFocus());
    expect(mainHeading()).toHaveTextContent(questionById('async').title);

    await user.click(skipButton());
    await waitFor(() => expect(mainHeading()).toHaveFocus());
    expect(mainHeading()).toHaveTextContent(questionById('admin').title);

    await user.click(backLink());
    await waitFor(() => expect(mainHeading()).toHaveFocus());
    expect(mainHeading()).toHaveTextContent(questionById('async').title);
  });

  it('a question id that does not exist shows the not-found page', () => {
    renderApp('/questions/framework');
    expect(mainHeading()).toHaveTextContent('Page not found');
  });
});

describe('the not-found page', () => {
  it('names the problem and offers a way back', async () => {
    const { user } = renderApp('/nope');
    expect(mainHeading()).toHaveTextContent('Page not found');
    await user.click(screen.getByRole('link', { name: 'Start the questions' }));
    expect(mainHeading()).toHaveTextContent('Django, Flask or FastAPI?');
  });

  it('keeps the site’s layout, with a link to Compare', () => {
    renderApp('/some/deep/path?x=1');
    expect(screen.getByRole('navigation', { name: 'Site' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compare Django, Flask and FastAPI' })).toHaveAttribute(
      'href',
      '/compare',
    );
  });
});
