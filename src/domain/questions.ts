/**
 * The wizard's questions and their words (share-link scheme v1): every question and answer value
 * any scoring model has asked. Ids and answer values are part of the public scheme
 * (docs/share-link-scheme.md): never rename them or change what they mean. Which of them a model
 * asks is the model's own data (`ScoringModel.questions`); a link made with an older model never has
 * the newer ones, and reading one under that model ignores them, named.
 */

export interface AnswerOption {
  readonly value: string;
  readonly label: string;
  /** One line that helps someone unsure which answer fits. */
  readonly hint: string;
}

export interface QuestionDefinition {
  readonly id: string;
  /** `importance` questions share the four levels and can make their criteria a must-have. */
  readonly type: 'choice' | 'importance';
  /** The question as asked: the page's heading and the fieldset's legend. */
  readonly title: string;
  /** A short name for review lists and decision records. */
  readonly shortLabel: string;
  readonly description: string;
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

function importanceOptions(hints: Record<Importance, string>): readonly ImportanceOption[] {
  return IMPORTANCE_VALUES.map((value) => ({
    value,
    label: IMPORTANCE_LABELS[value],
    hint: hints[value],
  }));
}

export const QUESTIONS = [
  {
    id: 'kind',
    category: 'project',
    type: 'choice',
    title: 'What are you building?',
    shortLabel: 'What you are building',
    description: 'Pick the closest match. You can refine the details in the next questions.',
    options: [
      {
        value: 'webapp',
        label: 'A full web app with pages and user accounts',
        hint: 'Server-rendered pages, sign-up and login, many data models, maybe an admin.',
      },
      {
        value: 'site',
        label: 'A small website with a few pages and forms, no user accounts',
        hint: 'A club, meetup or event site: a few pages and a contact or sign-up form; nobody logs in.',
      },
      {
        value: 'api',
        label: 'A JSON or REST API',
        hint: 'A backend for a single-page app, a mobile app or other services.',
      },
      {
        value: 'micro',
        label: 'A small microservice',
        hint: 'One of many small services, deployed and scaled independently in containers.',
      },
      {
        value: 'ml',
        label: 'An API in front of an ML or LLM model',
        hint: 'Wraps a model or data-science code; often waits on inference or other APIs.',
      },
      {
        value: 'learn',
        label: 'Something to learn web development with',
        hint: 'A first project to understand requests, routing and templates.',
      },
      {
        value: 'dashboard',
        label: 'A small internal tool or data dashboard',
        hint: 'A few pages for colleagues: charts, forms, an upload page; no public sign-up.',
      },
      {
        value: 'realtime',
        label: 'A real-time app with WebSockets',
        hint: 'Chat, live updates or notifications pushed to browsers over long-lived connections.',
      },
    ],
  },
  {
    id: 'async',
    category: 'priority',
    type: 'importance',
    title: 'How much do many concurrent, I/O-bound requests matter?',
    shortLabel: 'Concurrency and async I/O',
    description:
      'Think of calls to slow external APIs or LLMs, WebSockets, streaming responses: requests that mostly wait.',
    options: importanceOptions({
      no: 'Mostly quick database reads and writes; a few workers handle the load.',
      nice: 'Some slow outbound calls, but not the heart of the app.',
      important: 'Many requests wait on other services at the same time.',
      must: 'Rules out frameworks without strong async support.',
    }),
  },
  {
    id: 'admin',
    category: 'priority',
    type: 'importance',
    title: 'Do you need a ready-made admin panel for non-developers?',
    shortLabel: 'Admin panel',
    description: 'A back-office where staff can browse and edit data without a developer.',
    options: importanceOptions({
      no: 'Only developers touch the data, or you will build your own screens.',
      nice: 'Handy for internal debugging, but you could live without it.',
      important: 'Staff will manage content or customers from day one.',
      must: 'Rules out frameworks without a mature admin.',
    }),
  },
  {
    id: 'orm',
    category: 'priority',
    type: 'choice',
    title: 'Which database layer do you want?',
    shortLabel: 'Database layer',
    description: 'The ORM decides how you define models, write queries and run migrations.',
    options: [
      {
        value: 'django',
        label: "Django's built-in ORM",
        hint: 'Models, migrations, admin and forms from one definition.',
      },
      {
        value: 'sqlalchemy',
        label: 'SQLAlchemy',
        hint: 'Explicit sessions, powerful queries, Alembic for migrations; you know it or want it.',
      },
      {
        value: 'none',
        label: 'No relational database',
        hint: 'Document stores, key-value stores, other services, or no storage at all.',
      },
      {
        value: 'any',
        label: 'No preference',
        hint: 'Let the other answers decide.',
      },
    ],
  },
  {
    id: 'perf',
    category: 'priority',
    type: 'importance',
    title: 'How much do raw request throughput and latency matter?',
    shortLabel: 'Raw throughput',
    description:
      'Requests per second per server in micro-benchmarks. Real apps are usually limited by the database first.',
    options: importanceOptions({
      no: 'Traffic is modest; developer time costs more than servers.',
      nice: 'Cheaper hosting would be welcome.',
      important: 'High traffic or tight latency targets are expected.',
      must: 'Rules out frameworks that are not rated fast.',
    }),
  },
  {
    id: 'docs',
    category: 'priority',
    type: 'importance',
    title: 'Do you want API docs and validation generated from type hints?',
    shortLabel: 'Auto API docs and typed validation',
    description:
      'Interactive OpenAPI docs and request validation derived from your Python type annotations.',
    options: importanceOptions({
      no: 'No public API, or you document it by hand.',
      nice: 'Would save some time.',
      important: 'Other teams or clients consume your API and need accurate docs.',
      must: 'Rules out frameworks that need add-ons for this.',
    }),
  },
  {
    id: 'style',
    category: 'priority',
    type: 'choice',
    title: 'Do you prefer conventions or freedom?',
    shortLabel: 'Conventions or freedom',
    description: 'How much structure should the framework decide for you?',
    options: [
      {
        value: 'conventions',
        label: 'The framework decides (batteries included)',
        hint: 'One standard project layout and toolset; less to choose, easier to onboard.',
      },
      {
        value: 'freedom',
        label: 'I choose every part',
        hint: 'A small core; you pick the ORM, auth, forms and layout yourself.',
      },
      {
        value: 'any',
        label: 'No preference',
        hint: 'Let the other answers decide.',
      },
    ],
  },
  {
    id: 'team',
    category: 'project',
    type: 'choice',
    title: "What is your team's background?",
    shortLabel: 'Team background',
    description: 'Existing skills lower the cost and risk of delivery.',
    options: [
      {
        value: 'new',
        label: 'New to Python web development',
        hint: 'Gentle learning curve and plenty of tutorials matter most.',
      },
      {
        value: 'typed',
        label: 'Uses type hints and Pydantic',
        hint: 'The team already writes typed Python and models data with Pydantic.',
      },
      {
        value: 'django',
        label: 'Knows Django',
        hint: 'The team has shipped Django projects before.',
      },
      {
        value: 'flask',
        label: 'Knows Flask',
        hint: 'The team has shipped Flask projects before.',
      },
      {
        value: 'any',
        label: 'No preference',
        hint: 'A mixed team, or a team yet to be hired.',
      },
    ],
  },
  {
    id: 'codebase',
    category: 'project',
    type: 'choice',
    title: 'What existing code will the project join?',
    shortLabel: 'Existing codebase',
    description:
      'Code you already run usually decides: extending it keeps one stack, one deployment and the models you have.',
    options: [
      {
        value: 'none',
        label: 'Nothing yet: a new project',
        hint: 'No code to fit in with; the other answers decide.',
      },
      {
        value: 'django',
        label: 'An existing Django project',
        hint: 'The new part is added to, or sits beside, a Django codebase and its models.',
      },
      {
        value: 'flask',
        label: 'An existing Flask app',
        hint: 'The new part is added to, or sits beside, a Flask codebase.',
      },
      {
        value: 'fastapi',
        label: 'An existing FastAPI service',
        hint: 'The new part is added to, or sits beside, a FastAPI codebase.',
      },
      {
        value: 'other',
        label: 'Another stack',
        hint: 'The rest runs on Node, Java, Go or similar; the Python part stands alone.',
      },
    ],
  },
] as const satisfies readonly QuestionDefinition[];

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
