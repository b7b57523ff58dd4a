/**
 * The wizard's questions and their words (share-link scheme v1): every question and answer value
 * any scoring model has asked. Ids and answer values are part of the public scheme
 * (docs/share-link-scheme.md): never rename them or change what they mean. Which of them a model
 * asks is the model's own data (`ScoringModel.questions`); a link made with an older model never has
 * the newer ones, and reading one under that model ignores them, named.
 */

export interface AnswerOption {
  readonly value: string;
  /** In plain words: readable in someone's first month of web development. */
  readonly label: string;
  /**
   * One short line, only where the label alone could leave someone unsure which answer fits:
   * every word here is read by everyone who answers (tests/unit/reading-time.test.ts).
   */
  readonly hint?: string;
}

export interface QuestionDefinition {
  readonly id: string;
  /** `importance` questions share the four levels and can make their criteria a must-have. */
  readonly type: 'choice' | 'importance';
  /** The question as asked, in plain words: the page's heading and the fieldset's legend. */
  readonly title: string;
  /** A short name for decision records, team pages and what-if sentences. */
  readonly shortLabel: string;
  /**
   * The "what this means" line: the technical term the question is about, in one plain sentence.
   * Every term it (or any other text of the question) uses has a glossary entry one tap away.
   */
  readonly description?: string;
  readonly options: readonly AnswerOption[];
  /**
   * `project`: a fact about the project or the team (what it is, the code it joins, who builds
   * it), which the person cannot simply choose otherwise; `priority`: what they want.
   */
  readonly category: 'project' | 'priority';
}

export const IMPORTANCE_VALUES = ['no', 'nice', 'important', 'must'] as const;
export type Importance = (typeof IMPORTANCE_VALUES)[number];

/** Labels of the four importance levels, shared by every importance question. */
export const IMPORTANCE_LABELS = {
  no: "Doesn't matter",
  nice: 'Nice to have',
  important: 'Important',
  must: 'Must have',
} as const satisfies Record<Importance, string>;

interface ImportanceOption extends AnswerOption {
  readonly value: Importance;
}

/** The four levels; the labels say enough, so only the levels given a hint carry one. */
function importanceOptions(
  hints: Partial<Record<Importance, string>>,
): readonly ImportanceOption[] {
  return IMPORTANCE_VALUES.map((value) => {
    const hint = hints[value];
    return hint === undefined
      ? { value, label: IMPORTANCE_LABELS[value] }
      : { value, label: IMPORTANCE_LABELS[value], hint };
  });
}

/**
 * A question as the wizard asks it: its literal ids and values kept for the types below, and the
 * optional words (a "what this means" line, a hint) readable on every question and answer.
 */
type Asked<Q extends QuestionDefinition> = Q & Pick<QuestionDefinition, 'description'>;

function question<const Q extends QuestionDefinition>(definition: Q): Asked<Q> {
  return definition;
}

/** An answer of a choice question, its value kept literal for the types below. */
interface Choice<V extends string> extends AnswerOption {
  readonly value: V;
}

function choice<const V extends string>(value: V, label: string, hint?: string): Choice<V> {
  return hint === undefined ? { value, label } : { value, label, hint };
}

export const QUESTIONS = [
  question({
    id: 'kind',
    category: 'project',
    type: 'choice',
    title: 'What do you want to build?',
    shortLabel: 'What you are building',
    options: [
      choice('webapp', 'A website with pages and user accounts'),
      choice('site', 'A small site without user accounts'),
      choice('api', 'An API that other apps call', 'Like a phone app’s server.'),
      choice('micro', 'A microservice in a bigger system'),
      choice('ml', 'An API for an AI model'),
      choice('learn', 'Something to learn web development with'),
      choice('dashboard', 'A dashboard or tool for colleagues'),
      choice('realtime', 'A live app, like a chat', 'Updates appear at once (WebSockets).'),
    ],
  }),
  question({
    id: 'async',
    category: 'priority',
    type: 'importance',
    title: 'Will your app often wait on slow services, like an AI model?',
    shortLabel: 'Concurrency and async I/O',
    description: 'Async code handles many waits at once.',
    options: importanceOptions({ must: 'Rules out frameworks without it.' }),
  }),
  question({
    id: 'admin',
    category: 'priority',
    type: 'importance',
    title: 'Do you need ready-made pages to manage your data?',
    shortLabel: 'Admin panel',
    description: 'An admin panel lets staff edit data without writing code.',
    options: importanceOptions({ must: 'Rules out frameworks without it.' }),
  }),
  question({
    id: 'orm',
    category: 'priority',
    type: 'choice',
    title: 'How do you want to use your database?',
    shortLabel: 'Database layer',
    description: 'An ORM lets you work with tables as Python classes instead of SQL.',
    options: [
      choice('django', "Django's built-in ORM", 'Tables, forms and admin from one definition.'),
      choice('sqlalchemy', 'SQLAlchemy', 'The usual ORM outside Django.'),
      choice('none', 'No SQL database'),
      choice('any', 'No preference'),
    ],
  }),
  question({
    id: 'perf',
    category: 'priority',
    type: 'importance',
    title: 'How much does raw speed matter?',
    shortLabel: 'Raw throughput',
    description: 'Requests one server answers per second. Most apps wait on their database first.',
    options: importanceOptions({ must: 'Rules out frameworks not rated fast.' }),
  }),
  question({
    id: 'docs',
    category: 'priority',
    type: 'importance',
    title: 'Should your API check its input and write its own docs?',
    shortLabel: 'Auto API docs and typed validation',
    description: 'Some frameworks do both from your type hints, with OpenAPI docs.',
    options: importanceOptions({ must: 'Rules out frameworks that need add-ons.' }),
  }),
  question({
    id: 'style',
    category: 'priority',
    type: 'choice',
    title: 'How much should the framework decide for you?',
    shortLabel: 'Conventions or freedom',
    options: [
      choice(
        'conventions',
        'The framework decides, in one standard way',
        'Less to choose (batteries included).',
      ),
      choice('freedom', 'I choose each part, from a small core'),
      choice('any', 'No preference'),
    ],
  }),
  question({
    id: 'team',
    category: 'project',
    type: 'choice',
    title: 'What do you (or your team) already know?',
    shortLabel: 'Team background',
    options: [
      choice('new', 'New to Python web development'),
      choice('typed', 'Python with type hints and Pydantic'),
      choice('django', 'Knows Django'),
      choice('flask', 'Knows Flask'),
      choice('any', 'A mix, or nobody yet'),
    ],
  }),
  question({
    id: 'codebase',
    category: 'project',
    type: 'choice',
    title: 'Will it join code that already exists?',
    shortLabel: 'Existing codebase',
    options: [
      choice('none', 'No, it starts from nothing'),
      choice('django', 'Yes, a Django project'),
      choice('flask', 'Yes, a Flask app'),
      choice('fastapi', 'Yes, a FastAPI service'),
      choice('other', 'Yes, code in another language'),
    ],
  }),
] as const satisfies readonly QuestionDefinition[];

/**
 * "I'm not sure", offered on every question: it counts as no answer, so it changes no score, and it
 * is never written to a link (docs/share-link-scheme.md). Its form value is no answer value.
 */
export const NOT_SURE = { value: 'unsure', label: 'I’m not sure' } as const;

export type Question = (typeof QUESTIONS)[number];
export type QuestionId = Question['id'];
export type ImportanceQuestionId = Extract<Question, { type: 'importance' }>['id'];
export type ChoiceQuestionId = Extract<Question, { type: 'choice' }>['id'];

/** The values a question accepts, e.g. `AnswerValue<'orm'>` is `'django' | 'sqlalchemy' | …`. */
export type AnswerValue<Q extends QuestionId> = Extract<
  Question,
  { id: Q }
>['options'][number]['value'];

/** The user's answers; a skipped or unanswered question is absent. */
export type Answers = { readonly [Q in QuestionId]?: AnswerValue<Q> };

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((question) => question.id);

export const QUESTION_COUNT = QUESTIONS.length;

function isImportanceQuestion(
  question: Question,
): question is Extract<Question, { type: 'importance' }> {
  return question.type === 'importance';
}

function isChoiceQuestion(question: Question): question is Extract<Question, { type: 'choice' }> {
  return question.type === 'choice';
}

export const IMPORTANCE_QUESTION_IDS: readonly ImportanceQuestionId[] = QUESTIONS.filter(
  isImportanceQuestion,
).map((question) => question.id);

export const CHOICE_QUESTION_IDS: readonly ChoiceQuestionId[] = QUESTIONS.filter(
  isChoiceQuestion,
).map((question) => question.id);

/** Every text of a question page: the question, its "what this means" line and its answers. */
export function questionOwnText(question: Question): readonly string[] {
  return [
    question.title,
    question.description ?? '',
    ...question.options.flatMap((option) => [option.label, option.hint ?? '']),
    NOT_SURE.label,
  ].filter((text) => text !== '');
}

/** Looks up a question by an untrusted id (from a URL); undefined when unknown. */
export function findQuestion(id: string): Question | undefined {
  return QUESTIONS.find((question) => question.id === id);
}

export function questionById<Q extends QuestionId>(id: Q): Extract<Question, { id: Q }> {
  return QUESTIONS.find((question) => question.id === id) as Extract<Question, { id: Q }>;
}

/** True when `value` is one of the question's answer values. */
export function isAnswerValue<Q extends QuestionId>(id: Q, value: string): value is AnswerValue<Q> {
  return questionById(id).options.some((option) => option.value === value);
}

/** The option a stored answer stands for, for labels and hints. */
export function answerOption(id: QuestionId, value: string): AnswerOption | undefined {
  return findQuestion(id)?.options.find((option) => option.value === value);
}
