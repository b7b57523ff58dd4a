import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { glossaryPrompt, glossaryTermsIn } from '../domain/glossary';
import { MODEL_CATALOG } from '../domain/model-catalog';
import {
  NOT_SURE,
  findQuestion,
  isAnswerValue,
  questionOwnText,
  type Answers,
  type Question,
} from '../domain/questions';
import { learnerPathNote, stepPosition } from '../domain/wizard-path';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { ExternalLink } from '../ui/external-link';
import { ChoiceCard } from '../ui/choice-card';
import { useHydrated } from '../ui/use-hydrated';
import { useTapGuard } from '../ui/tap-guard';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { NotFoundPage } from '../ui/not-found-page';
import { useAnswersStore, whenDraftRestored } from './answers-store';
import { isReturnToReview, nextStepHref, previousStepHref } from './wizard-steps';

export function QuestionPage() {
  const { questionId = '' } = useParams();
  const question = findQuestion(questionId);
  if (!question) return <NotFoundPage />;
  // A fresh form per question, so a half-made choice never carries over to the next one.
  return <QuestionForm key={question.id} question={question} />;
}

/** A choice made on this page: one of the question's answers, or "I'm not sure". */
function isChoice(question: Question, value: string): boolean {
  return value === NOT_SURE.value || isAnswerValue(question.id, value);
}

function QuestionForm({ question }: { question: Question }) {
  const chrome = useChrome();
  const navigate = useNavigate();
  const location = useLocation();
  const answers = useAnswersStore((state) => state.answers);
  const savedUnsure = useAnswersStore((state) => state.unsure.includes(question.id));
  const answer = useAnswersStore((state) => state.answer);
  const markUnsure = useAnswersStore((state) => state.markUnsure);
  const skip = useAnswersStore((state) => state.skip);
  const [picked, setPicked] = useState<string>();
  const [showError, setShowError] = useState(false);
  const ids = useId();
  const guard = useTapGuard();
  useDocumentTitle(question.title);

  const saved: string | undefined = answers[question.id];
  const selected = picked ?? saved ?? (savedUnsure ? NOT_SURE.value : undefined);
  const position = stepPosition(question.id, answers, MODEL_CATALOG.current);
  const note = learnerPathNote(answers, MODEL_CATALOG.current);
  const terms = glossaryTermsIn(questionOwnText(question).join(' '));
  // A reload keeps the history entry's state, which the prerendered page cannot know: read it
  // after hydration, so the first render matches the server's HTML (Back leads to the question
  // before until then).
  const hydrated = useHydrated();
  const returnToReview = hydrated && isReturnToReview(location.state);
  /** Where to go once this page's choice (`value`, or none) is recorded. */
  const forwardWith = (value: string | undefined): string => {
    if (returnToReview) return paths.review.getHref(chrome);
    const after: Answers =
      value !== undefined && isAnswerValue(question.id, value)
        ? { ...answers, [question.id]: value }
        : { ...answers, [question.id]: undefined };
    return nextStepHref(question.id, after, chrome);
  };
  const back = returnToReview
    ? paths.review.getHref(chrome)
    : previousStepHref(question.id, answers, chrome);

  /** Records a choice of this page in the store. */
  const record = (value: string) => {
    if (value === NOT_SURE.value) markUnsure(question.id);
    else if (isAnswerValue(question.id, value)) answer(question.id, value);
  };
  // Continue pressed before the app has started is a plain GET submission of the form to this
  // same page (`/questions/kind?kind=api`). Once the saved draft is back, record that choice and
  // move on, as Continue would have. (The embed reads its query as preset answers instead.)
  const submittedEarly =
    chrome === 'full' ? new URLSearchParams(location.search).get(question.id) : null;
  const recordRef = useRef(record);
  const forwardRef = useRef(forwardWith);
  useEffect(() => {
    recordRef.current = record;
    forwardRef.current = forwardWith;
  });
  useEffect(() => {
    if (submittedEarly === null || !isChoice(question, submittedEarly)) return;
    return whenDraftRestored(() => {
      recordRef.current(submittedEarly);
      void navigate(forwardRef.current(submittedEarly), { replace: true });
    });
  }, [submittedEarly, question, navigate]);

  // A choice made on the prerendered page before the app started is checked in the page but not
  // in React's state, and the next render would clear it: take it over once the app is attached.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const early = formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (early && isChoice(question, early.value)) {
      setPicked((current) => current ?? early.value);
    }
  }, [question]);

  const errorId = `${ids}-error`;
  const descriptionId = `${ids}-description`;
  const described = [question.description && descriptionId, showError && errorId]
    .filter(Boolean)
    .join(' ');
  const choices = [...question.options, NOT_SURE];

  // Continue is handled on the button itself: a sandboxed frame without `allow-forms` never fires
  // `submit`, while Enter in a radio still "clicks" the form's submit button.
  function handleContinue(event: MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
    if (selected === undefined || !isChoice(question, selected)) {
      setShowError(true);
      document.getElementById(`${ids}-${choices[0]?.value ?? ''}`)?.focus();
      return;
    }
    record(selected);
    void navigate(forwardWith(selected));
  }

  function handleSkip() {
    skip(question.id);
    void navigate(forwardWith(undefined));
  }

  return (
    <div className="question-page" {...guard}>
      {back && (
        <Link to={back} className="back-link">
          Back
        </Link>
      )}
      <form
        ref={formRef}
        className="question-form"
        noValidate
        onSubmit={(event) => event.preventDefault()}
      >
        <p className="progress-text">
          Question {position.index} of {position.total}
        </p>
        {/* The text above says it; the bar is decoration. No inline style: the CSP forbids it. */}
        <progress
          className="progress-bar"
          max={position.total}
          value={position.index}
          aria-hidden="true"
        />
        {note?.question === question.id && <p className="inset">{note.text}</p>}
        <fieldset
          className={showError ? 'field field--error' : 'field'}
          aria-describedby={described === '' ? undefined : described}
        >
          <legend>
            <PageHeading className="question-title">{question.title}</PageHeading>
          </legend>
          {question.description && (
            <p className="question-description" id={descriptionId}>
              {question.description}
            </p>
          )}
          {terms.length > 0 && (
            <details className="question-glossary">
              <summary>{glossaryPrompt(terms)}</summary>
              <dl>
                {terms.map((entry) => (
                  <div key={entry.term}>
                    <dt>
                      <dfn>{entry.term}</dfn>
                      {entry.expansion && <span> ({entry.expansion})</span>}
                    </dt>
                    <dd>
                      {entry.meaning}{' '}
                      <span className="question-glossary__source">
                        Source:{' '}
                        <ExternalLink href={entry.source.ref}>{entry.source.label}</ExternalLink>
                      </span>
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
          {showError && (
            <p className="error-message" id={errorId} role="alert">
              Choose an answer, or skip this question.
            </p>
          )}
          <div className="choices">
            {choices.map((option) => (
              <ChoiceCard
                key={option.value}
                id={`${ids}-${option.value}`}
                name={question.id}
                value={option.value}
                label={option.label}
                hint={'hint' in option ? option.hint : undefined}
                checked={selected === option.value}
                onChange={() => {
                  setPicked(option.value);
                  setShowError(false);
                }}
              />
            ))}
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" onClick={handleContinue}>
            Continue
          </button>
          <button type="button" className="button button--secondary" onClick={handleSkip}>
            Skip this question
          </button>
        </div>
      </form>
    </div>
  );
}
