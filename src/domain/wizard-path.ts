/**
 * Which questions the wizard asks, given the answers so far: every question of the model, or, once
 * someone says they are learning, only the learner path. Pure: the wizard's pages, its progress
 * line and the embed's `step` message all count steps here.
 */
import { KIND_TRAITS, TEAM_TRAITS } from './content/recipe-rules';
import type { ModelDeclaration } from './model-types';
import type { Answers, AnswerValue, QuestionId } from './questions';

type Kind = AnswerValue<'kind'>;
type Team = AnswerValue<'team'>;

/**
 * The questions a learner is asked (docs/learner-path.md). Each can change a learner's winner
 * under the current model (tests/unit/wizard-path.test.ts measures how often), and a learner can
 * answer each from what they know today: what they build, whether it waits on slow services, how
 * much the framework should set up, what they already know, and the code it joins. The others
 * (admin panel, database layer, raw speed, API docs) ask for judgements a first project does not
 * have yet; the result page's what-ifs still show what each would change.
 */
export const LEARNER_QUESTIONS: readonly QuestionId[] = [
  'kind',
  'async',
  'style',
  'team',
  'codebase',
];

/**
 * True for the answers that say the person is learning: building to learn, or new to it. The same
 * tables decide when a starter app leads with the smallest app that runs (content/recipe-rules).
 */
export function saysLearning(id: QuestionId, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (id === 'kind')
    return Object.hasOwn(KIND_TRAITS, value) && KIND_TRAITS[value as Kind].learning;
  if (id === 'team')
    return Object.hasOwn(TEAM_TRAITS, value) && TEAM_TRAITS[value as Team].learning;
  return false;
}

/** True when the answers say the person is learning web development. */
export function isLearning(answers: Answers): boolean {
  return saysLearning('kind', answers.kind) || saysLearning('team', answers.team);
}

/**
 * The questions the wizard asks, in order: the model's questions, except that once an answer says
 * the person is learning, the questions after it are only the learner path's. An answer given to
 * a question before it is still an answer (the review lists it, the link keeps it).
 */
export function wizardPath(answers: Answers, model: ModelDeclaration): readonly QuestionId[] {
  const path: QuestionId[] = [];
  let learning = false;
  for (const { id } of model.questions) {
    if (learning && !LEARNER_QUESTIONS.includes(id)) continue;
    path.push(id);
    if (saysLearning(id, answers[id])) learning = true;
  }
  return path;
}

/** Where a question page stands: its place (from 1) among the steps, and how many there are. */
export interface StepPosition {
  readonly index: number;
  readonly total: number;
  /** True when the learner path is in force, so there are fewer steps than the model's questions. */
  readonly learnerPath: boolean;
}

/**
 * The place of the question page shown among the questions asked. A page shown is a question
 * asked: one off the path (opened by its address) counts in, in model order.
 */
export function stepPosition(
  question: QuestionId,
  answers: Answers,
  model: ModelDeclaration,
): StepPosition {
  const path = wizardPath(answers, model);
  const steps = model.questions
    .map(({ id }) => id)
    .filter((id) => id === question || path.includes(id));
  return {
    index: steps.indexOf(question) + 1,
    total: steps.length,
    learnerPath: path.length < model.questions.length,
  };
}

/** The question asked after `question`, or undefined after the last one. */
export function nextQuestion(
  question: QuestionId,
  answers: Answers,
  model: ModelDeclaration,
): QuestionId | undefined {
  const order = model.questions.map(({ id }) => id);
  const path = wizardPath(answers, model);
  return order.slice(order.indexOf(question) + 1).find((id) => path.includes(id));
}

/** The question asked before `question`, or undefined before the first one. */
export function previousQuestion(
  question: QuestionId,
  answers: Answers,
  model: ModelDeclaration,
): QuestionId | undefined {
  const order = model.questions.map(({ id }) => id);
  const path = wizardPath(answers, model);
  return order
    .slice(0, Math.max(0, order.indexOf(question)))
    .reverse()
    .find((id) => path.includes(id));
}

/**
 * Said once, on the first question asked after an answer put someone on the shorter learner
 * path: why there are fewer questions. Undefined when the path is not shorter.
 */
export function learnerPathNote(
  answers: Answers,
  model: ModelDeclaration,
): { readonly question: QuestionId; readonly text: string } | undefined {
  const path = wizardPath(answers, model);
  if (path.length === model.questions.length) return undefined;
  const switched = path.findIndex((id) => saysLearning(id, answers[id]));
  const question = path[switched + 1];
  if (question === undefined) return undefined;
  return {
    question,
    text: `You are learning, so we ask ${path.length} questions instead of ${model.questions.length}.`,
  };
}
