/**
 * What a self-contained scoring model says about its own questions and rules, with the engine's
 * defaults for the rules a later model introduced: a released model never has to change when a
 * question, a framework or a rule is added after it.
 */
import type { FrameworkId } from './frameworks';
import type {
  Criterion,
  ModelDeclaration,
  ModelQuestion,
  Rating,
  ScoringModel,
} from './model-types';
import { questionById, type Question, type QuestionDefinition, type QuestionId } from './questions';

/**
 * The questions a model asks, with their words, each with only the values it knows, in the
 * model's order: what a form asks under that model.
 */
export function questionsOf(model: ModelDeclaration): readonly Question[] {
  return model.questions.map((asked) => {
    const question: QuestionDefinition = questionById(asked.id);
    const options = question.options.filter((option) => asked.values.includes(option.value));
    return (
      options.length === question.options.length ? question : { ...question, options }
    ) as Question;
  });
}

/** The model's declaration of question `id`, or undefined when it does not ask it. */
export function modelQuestion(model: ModelDeclaration, id: string): ModelQuestion | undefined {
  return model.questions.find((question) => question.id === id);
}

/** The ids of the model's importance questions (or choice questions), in wizard order. */
export function questionIdsOfType(
  model: ModelDeclaration,
  type: ModelQuestion['type'],
): readonly QuestionId[] {
  return model.questions.filter((question) => question.type === type).map((q) => q.id);
}

/** The question whose answer adds a bundle of weights: the project's kind unless the model says. */
export function bundleQuestion(model: ScoringModel): QuestionId {
  return model.bundle?.question ?? 'kind';
}

/** Answer values that replace nothing on the bundle ("No preference"). */
export function noPreferenceValues(model: ScoringModel): readonly string[] {
  return model.bundle?.noPreference ?? ['any'];
}

/** A framework's rating on a criterion; a model rates every framework it ranks (tests hold it). */
export function ratingOf(criterion: Criterion, framework: FrameworkId): Rating {
  return criterion.ratings[framework] ?? 0;
}

/** A framework's justification on a criterion. */
export function justificationOf(criterion: Criterion, framework: FrameworkId): string {
  return criterion.justification[framework] ?? '';
}
