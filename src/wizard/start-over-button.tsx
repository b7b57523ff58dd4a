import { useNavigate } from 'react-router';
import { paths } from '../paths';
import { useChrome } from '../ui/chrome';
import { useAnswersStore } from './answers-store';

/** Clears every answer and opens the first question. */
export function StartOverButton() {
  const chrome = useChrome();
  const navigate = useNavigate();
  const reset = useAnswersStore((state) => state.reset);
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        reset();
        void navigate(paths.question.getHref('kind', chrome));
      }}
    >
      Start over
    </button>
  );
}
