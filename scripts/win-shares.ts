/**
 * `npm run win-shares`: over every answer set a model accepts (each question answered with any of
 * its values, or skipped), each framework's share of first places per project kind, for every
 * shipped model. A bias shows as a number. Run through scripts/lib/run-app-script.mjs, so it
 * imports the app's own domain code; prints a plain-text table.
 */
import { FRAMEWORK_IDS, FRAMEWORK_NAMES, type FrameworkId } from '../src/domain/frameworks';
import type { ScoringModel } from '../src/domain/model-types';
import { questionsOf } from '../src/domain/model-rules';
import type { Answers, Question } from '../src/domain/questions';
import { scoreAnswers } from '../src/domain/scoring';
import { MODEL_REGISTRY } from '../src/domain/scoring-models';

interface Tally {
  total: number;
  /** Answer sets whose top two tie exactly (the model's tie rules list one first). */
  tied: number;
  wins: Record<FrameworkId, number>;
}

const SKIPPED = '(skipped)';

function emptyTally(): Tally {
  return { total: 0, tied: 0, wins: { django: 0, fastapi: 0, flask: 0 } };
}

/** Calls `visit` with every answer set to `questions`, reusing one object for speed. */
function forEachAnswerSet(questions: readonly Question[], visit: (answers: Answers) => void): void {
  const answers: Record<string, string> = {};
  const walk = (index: number) => {
    const question = questions[index];
    if (!question) {
      visit(answers as Answers);
      return;
    }
    delete answers[question.id];
    walk(index + 1);
    for (const option of question.options) {
      answers[question.id] = option.value;
      walk(index + 1);
    }
    delete answers[question.id];
  };
  walk(0);
}

function tallyModel(model: ScoringModel): Map<string, Tally> {
  const questions = questionsOf(model);
  const kinds = questions.find((q) => q.id === 'kind')?.options.map((o) => o.value) ?? [];
  const tallies = new Map<string, Tally>(
    [...kinds, SKIPPED, 'all'].map((kind) => [kind, emptyTally()]),
  );
  forEachAnswerSet(questions, (answers) => {
    const result = scoreAnswers(answers, model);
    const winner = result.ranking[0]?.id;
    if (!winner) throw new Error('A ranking always has three frameworks');
    for (const key of [answers.kind ?? SKIPPED, 'all']) {
      const tally = tallies.get(key);
      if (!tally) continue;
      tally.total += 1;
      tally.wins[winner] += 1;
      if (result.tiedForFirst.length > 1) tally.tied += 1;
    }
  });
  return tallies;
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)} %`.padStart(8);
}

const header = `${'kind'.padEnd(11)}${FRAMEWORK_IDS.map((id) => FRAMEWORK_NAMES[id].padStart(8)).join('')}${'tied'.padStart(8)}  answer sets`;

for (const model of MODEL_REGISTRY.models) {
  const started = Date.now();
  const tallies = tallyModel(model);
  console.log(`\nModel ${model.id}: share of first places per project kind`);
  console.log(header);
  for (const [kind, tally] of tallies) {
    const shares = FRAMEWORK_IDS.map((id) => percent(tally.wins[id], tally.total)).join('');
    console.log(
      `${kind.padEnd(11)}${shares}${percent(tally.tied, tally.total)}  ${tally.total.toLocaleString('en')}`,
    );
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
