import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import {
  QUESTION_COUNT,
  QUESTION_IDS,
  findQuestion,
  isAnswerValue,
  type Question,
} from '../domain/questions';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';
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

function QuestionForm({ question }: { question: Question }) {
  const chrome = useChrome();
  const navigate = useNavigate();
  const location = useLocation();
  const saved = useAnswersStore((state) => state.answers[question.id]);
  const answer = useAnswersStore((state) => state.answer);
  const skip = useAnswersStore((state) => state.skip);
  const [picked, setPicked] = useState<string>();
  const [showError, setShowError] = useState(false);
  const ids = useId();
  const guard = useTapGuard();
  useDocumentTitle(question.title);

  const selected = picked ?? saved;
  const position = QUESTION_IDS.indexOf(question.id) + 1;
  // A reload keeps the history entry's state, which the prerendered page cannot know: read it
  // after hydration, so the first render matches the server's HTML (Back leads to the question
  // before until then).
  const hydrated = useHydrated();
  const returnToReview = hydrated && isReturnToReview(location.state);
  const forward = returnToReview ? paths.review.getHref(chrome) : nextStepHref(question.id, chrome);
  const back = returnToReview
    ? paths.review.getHref(chrome)
    : previousStepHref(question.id, chrome);
  // Continue pressed before the app has started is a plain GET submission of the form to this
  // same page (`/questions/kind?kind=api`). Once the saved draft is back, record that answer and
  // move on, as Continue would have. (The embed reads its query as preset answers instead.)
  const submittedEarly =
    chrome === 'full' ? new URLSearchParams(location.search).get(question.id) : null;
  useEffect(() => {
    if (submittedEarly === null || !isAnswerValue(question.id, submittedEarly)) return;
    return whenDraftRestored(() => {
      answer(question.id, submittedEarly);
      void navigate(forward, { replace: true });
    });
  }, [submittedEarly, question.id, answer, navigate, forward]);

  // A choice made on the prerendered page before the app started is checked in the page but not
  // in React's state, and the next render would clear it: take it over once the app is attached.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const early = formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (early && isAnswerValue(question.id, early.value)) {
      setPicked((current) => current ?? early.value);
    }
  }, [question.id]);

  const errorId = `${ids}-error`;
  const descriptionId = `${ids}-description`;

  // Continue is handled on the button itself: a sandboxed frame without `allow-forms` never fires
  // `submit`, while Enter in a radio still "clicks" the form's submit button.
  function handleContinue(event: MouseEvent<HTMLButtonElement>) {
    event.preventDefault();
    if (selected === undefined || !isAnswerValue(question.id, selected)) {
      setShowError(true);
      document.getElementById(`${ids}-${question.options[0].value}`)?.focus();
      return;
    }
    answer(question.id, selected);
    void navigate(forward);
  }

  function handleSkip() {
    skip(question.id);
    void navigate(forward);
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
          Question {position} of {QUESTION_COUNT}
        </p>
        {/* The text above says it; the bar is decoration. No inline style: the CSP forbids it. */}
        <progress
          className="progress-bar"
          max={QUESTION_COUNT}
          value={position}
          aria-hidden="true"
        />
        <fieldset
          className={showError ? 'field field--error' : 'field'}
          aria-describedby={showError ? `${descriptionId} ${errorId}` : descriptionId}
        >
          <legend>
            <PageHeading className="question-title">{question.title}</PageHeading>
          </legend>
          <p className="question-description" id={descriptionId}>
            {question.description}
          </p>
          {showError && (
            <p className="error-message" id={errorId} role="alert">
              Choose an answer, or skip this question.
            </p>
          )}
          <div className="choices">
            {question.options.map((option) => (
              <ChoiceCard
                key={option.value}
                id={`${ids}-${option.value}`}
                name={question.id}
                value={option.value}
                label={option.label}
                hint={option.hint}
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
