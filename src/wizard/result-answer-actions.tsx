import { useNavigate } from 'react-router';
import type { Answers } from '../domain/questions';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { useAnswersStore } from './answers-store';
import { StartOverButton } from './start-over-button';

/**
 * The wizard's actions on a result: "Change answers" loads the result's answers into the wizard
 * and opens the review; "Start over" clears them. Public: app/ composes it into the result page,
 * which cannot import the wizard itself.
 */
export function ResultAnswerActions({ answers }: { answers: Answers }) {
  const chrome = useChrome();
  const navigate = useNavigate();
  const replaceAll = useAnswersStore((state) => state.replaceAll);
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          replaceAll(answers);
          void navigate(paths.review.getHref(chrome));
        }}
      >
        Change answers
      </button>
      <StartOverButton />
    </>
  );
}
