/**
 * How long the wizard takes to read, measured from its own words: the home page's time claim is
 * computed here, so it stays true when a question's wording changes.
 */
import type { Source } from './content/sourced';
import { glossaryPrompt, glossaryTermsIn } from './glossary';
import type { ModelDeclaration } from './model-types';
import { questionById, questionOwnText, type Answers, type Question } from './questions';
import { learnerPathNote, wizardPath } from './wizard-path';

/**
 * Average silent reading speed of adults for English non-fiction, in words a minute: Brysbaert's
 * meta-analysis of 190 studies (most adults fall between 175 and 300).
 */
export const WORDS_PER_MINUTE = 238;

export const READING_SPEED_SOURCE: Source = {
  label: 'Brysbaert (2019), How many words do we read per minute?',
  ref: 'https://doi.org/10.1016/j.jml.2019.104047',
  asOf: '2019-12',
};

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/**
 * Every text of a question page a person reads to answer it: the question, its answers and the
 * line that names its glossary terms. The definitions behind that line, the progress line and the
 * buttons are not counted.
 */
export function questionText(question: Question): readonly string[] {
  const own = questionOwnText(question);
  const terms = glossaryTermsIn(own.join(' '));
  return terms.length > 0 ? [...own, glossaryPrompt(terms)] : own;
}

function wordsOf(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + wordCount(text), 0);
}

/** Whole seconds to read `words` at `WORDS_PER_MINUTE`, rounded up. */
export function readingSeconds(words: number): number {
  return Math.ceil((words * 60) / WORDS_PER_MINUTE);
}

export interface PathReading {
  readonly questions: number;
  readonly words: number;
  readonly seconds: number;
}

/** What a person who gives `answers` reads on the way: every question asked, and the path's note. */
function reading(answers: Answers, model: ModelDeclaration): PathReading {
  const path = wizardPath(answers, model);
  const note = learnerPathNote(answers, model);
  const words =
    wordsOf(path.flatMap((id) => questionText(questionById(id)))) +
    (note ? wordCount(note.text) : 0);
  return { questions: path.length, words, seconds: readingSeconds(words) };
}

/** What the wizard asks and takes to read: for everyone, and for someone learning. */
export function wizardReading(model: ModelDeclaration): {
  readonly everyone: PathReading;
  readonly learner: PathReading;
} {
  return { everyone: reading({}, model), learner: reading({ kind: 'learn' }, model) };
}

/** "under a minute", "under 2 minutes": a claim `seconds` of reading keeps. */
export function readingTimeLabel(seconds: number): string {
  return seconds < 60 ? 'under a minute' : `under ${Math.floor(seconds / 60) + 1} minutes`;
}
