/**
 * The learner path: which questions the wizard asks once someone says they are learning, where
 * each page stands among them, and the measurement that justifies the path's questions
 * (docs/learner-path.md, held to the numbers computed here).
 */
import { readFileSync } from 'node:fs';
import { MODEL_CATALOG } from '../../src/domain/model-catalog';
import type { ScoringModel } from '../../src/domain/model-types';
import type { Answers, QuestionId } from '../../src/domain/questions';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';
import { scoreAnswers, winnerOf } from '../../src/domain/scoring';
import {
  LEARNER_QUESTIONS,
  isLearning,
  learnerPathNote,
  nextQuestion,
  previousQuestion,
  stepPosition,
  wizardPath,
} from '../../src/domain/wizard-path';
import { tableStartingWith, unquote } from './markdown-tables';

const MODEL = MODEL_CATALOG.current;
const ALL = MODEL.questions.map((question) => question.id);

describe('wizardPath', () => {
  it('asks every question of the model until someone says they are learning', () => {
    expect(wizardPath({}, MODEL)).toEqual(ALL);
    expect(wizardPath({ kind: 'api', team: 'django' }, MODEL)).toEqual(ALL);
  });

  it('asks a learner the learner path: five questions at most', () => {
    expect(wizardPath({ kind: 'learn' }, MODEL)).toEqual(LEARNER_QUESTIONS);
    expect(LEARNER_QUESTIONS.length).toBeLessThanOrEqual(5);
    expect(LEARNER_QUESTIONS.every((id) => ALL.includes(id))).toBe(true);
  });

  it('shortens only what comes after the answer that says so', () => {
    // Someone new to Python web development says so at the team question: what they answered
    // before stays asked; only the questions after it follow the learner path.
    const path = wizardPath({ kind: 'webapp', team: 'new' }, MODEL);
    expect(path.slice(0, ALL.indexOf('team') + 1)).toEqual(ALL.slice(0, ALL.indexOf('team') + 1));
    expect(path.slice(ALL.indexOf('team') + 1)).toEqual(
      ALL.slice(ALL.indexOf('team') + 1).filter((id) => LEARNER_QUESTIONS.includes(id)),
    );
  });

  it('knows a learner by either answer', () => {
    expect(isLearning({ kind: 'learn' })).toBe(true);
    expect(isLearning({ team: 'new' })).toBe(true);
    expect(isLearning({ kind: 'api', team: 'typed' })).toBe(false);
  });
});

describe('stepPosition', () => {
  it('counts a learner’s pages among the learner path', () => {
    expect(stepPosition('kind', { kind: 'learn' }, MODEL)).toEqual({
      index: 1,
      total: LEARNER_QUESTIONS.length,
      learnerPath: true,
    });
    expect(stepPosition('style', { kind: 'learn' }, MODEL).index).toBe(
      LEARNER_QUESTIONS.indexOf('style') + 1,
    );
  });

  it('counts everyone else’s among all the questions', () => {
    expect(stepPosition('docs', {}, MODEL)).toEqual({
      index: ALL.indexOf('docs') + 1,
      total: ALL.length,
      learnerPath: false,
    });
  });

  it('counts in a page opened by its address though the path leaves it out', () => {
    const position = stepPosition('perf', { kind: 'learn' }, MODEL);
    expect(position.total).toBe(LEARNER_QUESTIONS.length + 1);
    expect(position.index).toBe(
      ALL.filter((id) => id === 'perf' || LEARNER_QUESTIONS.includes(id)).indexOf('perf') + 1,
    );
  });
});

describe('the next and previous question', () => {
  it('walk the path the answers make', () => {
    const learner: Answers = { kind: 'learn' };
    const walked: QuestionId[] = [];
    for (let id: QuestionId | undefined = 'kind'; id; id = nextQuestion(id, learner, MODEL)) {
      walked.push(id);
    }
    expect(walked).toEqual(LEARNER_QUESTIONS);
    expect(previousQuestion('style', learner, MODEL)).toBe('async');
    expect(previousQuestion('style', {}, MODEL)).toBe(ALL[ALL.indexOf('style') - 1]);
    expect(previousQuestion('kind', learner, MODEL)).toBeUndefined();
  });
});

describe('learnerPathNote', () => {
  it('says once, on the first page after the switch, why there are fewer questions', () => {
    const note = learnerPathNote({ kind: 'learn' }, MODEL);
    expect(note?.question).toBe(LEARNER_QUESTIONS[1]);
    expect(note?.text).toBe(
      `You are learning, so we ask ${LEARNER_QUESTIONS.length} questions instead of ${ALL.length}.`,
    );
  });

  it('says nothing when the path is not shorter', () => {
    expect(learnerPathNote({}, MODEL)).toBeUndefined();
    // New to it, said at the team question: every question after it is on the learner path.
    expect(learnerPathNote({ kind: 'api', team: 'new' }, MODEL)).toBeUndefined();
  });
});

/** Every answer set to `ids`: each question skipped or given one of its values. */
function answerSets(model: ScoringModel, ids: readonly QuestionId[]): Answers[] {
  let sets: Record<string, string>[] = [{}];
  for (const id of ids) {
    const values = model.questions.find((question) => question.id === id)?.values ?? [];
    sets = sets.flatMap((set) => [set, ...values.map((value) => ({ ...set, [id]: value }))]);
  }
  return sets as Answers[];
}

/**
 * How often `question` can change a learner's winner: among every answer set to the rest of
 * `path` (with `kind=learn`), the share, in percent to one decimal, where some answer to it puts
 * another framework first than leaving it out does.
 */
function flipShare(model: ScoringModel, path: readonly QuestionId[], question: QuestionId): number {
  const others = path.filter((id) => id !== question && id !== 'kind');
  const values = model.questions.find((q) => q.id === question)?.values ?? [];
  const sets = answerSets(model, others).map((set): Answers => ({ ...set, kind: 'learn' }));
  const flipped = sets.filter((set) => {
    const winner = winnerOf(scoreAnswers(set, model)).id;
    return values.some(
      (value) => winnerOf(scoreAnswers({ ...set, [question]: value }, model)).id !== winner,
    );
  });
  return Math.round((flipped.length / sets.length) * 1000) / 10;
}

describe('docs/learner-path.md', () => {
  const doc = readFileSync('docs/learner-path.md', 'utf8');
  const model = MODEL_REGISTRY.current;
  const table = tableStartingWith(doc, 'question', 'on the learner path', 'changes the winner in');

  it('measures the current model', () => {
    expect(doc).toContain(`scoring model ${model.id}`);
  });

  it('holds every question but the project kind, with the share the model gives it', () => {
    const measured = model.questions
      .filter((question) => question.id !== 'kind')
      .map((question) => {
        const onPath = LEARNER_QUESTIONS.includes(question.id);
        const share = flipShare(
          model,
          onPath ? LEARNER_QUESTIONS : [...LEARNER_QUESTIONS, question.id],
          question.id,
        );
        return [question.id, onPath ? 'yes' : 'no', `${share.toFixed(1)} %`];
      });
    expect(table.rows.map(([id = '', onPath, share]) => [unquote(id), onPath, share])).toEqual(
      measured,
    );
  });

  it('keeps only questions that change a learner’s winner often', () => {
    for (const id of LEARNER_QUESTIONS.filter((question) => question !== 'kind')) {
      expect(flipShare(model, LEARNER_QUESTIONS, id), id).toBeGreaterThanOrEqual(30);
    }
  });
});
