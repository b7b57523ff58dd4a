import { Link } from 'react-router';
import { QUESTIONS, answerOption, type Answers, type QuestionId } from '../domain/questions';
import { CURRENT_MODEL_ID, MODEL_CATALOG } from '../domain/model-catalog';
import { encodeShareQuery } from '../domain/links/share-link';
import { counted } from '../domain/lists';
import { wizardPath } from '../domain/wizard-path';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { useTapGuard } from '../ui/tap-guard';
import { useAnswersStore, useDraftRestored } from './answers-store';
import { StartOverButton } from './start-over-button';
import { lastStepHref, type ReturnToReview } from './wizard-steps';

const RETURN_TO_REVIEW: ReturnToReview = { returnTo: 'review' };

/** What the review says of a question answered "I'm not sure". */
export const NOT_SURE_REVIEW = 'Not sure: counts as no answer';

export function ReviewPage() {
  const chrome = useChrome();
  const answers = useAnswersStore((state) => state.answers);
  const unsure = useAnswersStore((state) => state.unsure);
  // The prerendered page, and the moment before the saved draft is back, know no answers yet:
  // they must not claim every question was skipped, nor link to a result without the answers.
  const restored = useDraftRestored();
  useDocumentTitle('Check your answers');
  const guard = useTapGuard();
  const answeredCount = Object.keys(answers).length;
  // The questions asked, and any other answered earlier (before a learner's path left it out):
  // every answer the result will use is listed.
  const path = wizardPath(answers, MODEL_CATALOG.current);
  const rows = QUESTIONS.filter(
    (question) =>
      path.includes(question.id) ||
      answers[question.id] !== undefined ||
      unsure.includes(question.id),
  );
  const back = lastStepHref(answers, chrome);

  return (
    <div className="review-page" {...guard}>
      {back && (
        <Link to={back} className="back-link">
          Back
        </Link>
      )}
      <PageHeading>Check your answers</PageHeading>
      <dl className="summary-list">
        {rows.map((question) => (
          <div className="summary-list__row" key={question.id}>
            <dt>{question.title}</dt>
            <dd aria-busy={!restored}>
              {restored ? describeAnswer(answers, unsure, question.id) : '…'}
            </dd>
            <dd className="summary-list__action">
              <Link to={paths.question.getHref(question.id, chrome)} state={RETURN_TO_REVIEW}>
                Change <span className="visually-hidden">the answer to “{question.title}”</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      {restored && unsure.length > 0 && (
        <p className="inset">
          You were not sure about {counted(unsure.length, 'question')}.{' '}
          {unsure.length === 1 ? 'It counts' : 'They count'} as no answer, as if skipped: the
          recommendation rests on your other answers.
        </p>
      )}
      {restored && answeredCount === 0 && (
        <p className="inset">
          You skipped every question, so the recommendation will be a general view of the three
          frameworks. Answer a few questions to make it yours.
        </p>
      )}
      <div className="actions">
        {restored ? (
          <Link
            className="button"
            to={paths.result.getHref(encodeShareQuery(answers, CURRENT_MODEL_ID), chrome)}
          >
            See my recommendation
          </Link>
        ) : (
          <span className="button button--pending">Loading your answers…</span>
        )}
        <StartOverButton />
      </div>
    </div>
  );
}

function describeAnswer(answers: Answers, unsure: readonly QuestionId[], id: QuestionId): string {
  const value = answers[id];
  if (value !== undefined) return answerOption(id, value)?.label ?? 'Skipped';
  return unsure.includes(id) ? NOT_SURE_REVIEW : 'Skipped';
}
