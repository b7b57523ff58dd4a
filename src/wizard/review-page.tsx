import { Link } from 'react-router';
import { QUESTIONS, answerOption, type Answers } from '../domain/questions';
import { CURRENT_MODEL_ID } from '../domain/model-catalog';
import { encodeShareQuery } from '../domain/links/share-link';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { useTapGuard } from '../ui/tap-guard';
import { useAnswersStore, useDraftRestored } from './answers-store';
import { StartOverButton } from './start-over-button';
import type { ReturnToReview } from './wizard-steps';

const RETURN_TO_REVIEW: ReturnToReview = { returnTo: 'review' };

export function ReviewPage() {
  const chrome = useChrome();
  const answers = useAnswersStore((state) => state.answers);
  // The prerendered page, and the moment before the saved draft is back, know no answers yet:
  // they must not claim every question was skipped, nor link to a result without the answers.
  const restored = useDraftRestored();
  useDocumentTitle('Check your answers');
  const guard = useTapGuard();
  const answeredCount = Object.keys(answers).length;
  const lastQuestion = QUESTIONS[QUESTIONS.length - 1];

  return (
    <div className="review-page" {...guard}>
      {lastQuestion && (
        <Link to={paths.question.getHref(lastQuestion.id, chrome)} className="back-link">
          Back
        </Link>
      )}
      <PageHeading>Check your answers</PageHeading>
      <dl className="summary-list">
        {QUESTIONS.map((question) => (
          <div className="summary-list__row" key={question.id}>
            <dt>{question.shortLabel}</dt>
            <dd aria-busy={!restored}>{restored ? describeAnswer(answers, question.id) : '…'}</dd>
            <dd className="summary-list__action">
              <Link to={paths.question.getHref(question.id, chrome)} state={RETURN_TO_REVIEW}>
                Change{' '}
                <span className="visually-hidden">{changeLinkLabel(question.shortLabel)}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
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

/**
 * The hidden end of a Change link's name ("Change admin panel"). Only the first letter is lowered,
 * so acronyms such as API and I/O are still read as such.
 */
function changeLinkLabel(shortLabel: string): string {
  return shortLabel.charAt(0).toLowerCase() + shortLabel.slice(1);
}

function describeAnswer(answers: Answers, id: keyof Answers): string {
  const value = answers[id];
  return value === undefined ? 'Skipped' : (answerOption(id, value)?.label ?? 'Skipped');
}
