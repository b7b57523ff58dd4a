import { Link } from 'react-router';
import { MODEL_CATALOG } from '../domain/model-catalog';
import {
  READING_SPEED_SOURCE,
  WORDS_PER_MINUTE,
  readingTimeLabel,
  wizardReading,
} from '../domain/reading-time';
import { paths } from '../paths';
import { ExternalLink } from '../ui/external-link';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';

/** Measured from the questions' own words, so the claim follows their wording. */
const READING = wizardReading(MODEL_CATALOG.current);

export function HomePage() {
  useDocumentTitle('Django, Flask or FastAPI?');
  const { everyone, learner } = READING;
  return (
    <div className="home-page">
      <PageHeading>Django, Flask or FastAPI?</PageHeading>
      <p className="lede">
        Answer {everyone.questions} short questions about your project ({learner.questions} if you
        are learning) and get a recommendation you can explain to your team, with every reason and
        source shown.
      </p>
      <div className="actions">
        <Link className="button button--large" to={paths.question.getHref('kind')}>
          Start now
        </Link>
        <Link to={paths.compare.getHref()}>Compare the three frameworks side by side</Link>
        <Link to={paths.team.getHref()}>Decide with your team</Link>
      </div>
      <ul className="home-points">
        <li>
          {capitalised(readingTimeLabel(everyone.seconds))} of reading ({everyone.words} words),{' '}
          {readingTimeLabel(learner.seconds)} if you are learning ({learner.words} words), at{' '}
          {WORDS_PER_MINUTE} words a minute, the{' '}
          <ExternalLink href={READING_SPEED_SOURCE.ref}>average adult reading speed</ExternalLink>.
          Every question can be skipped or answered “I’m not sure”.
        </li>
        <li>
          Every rating behind a score comes with our justification and links to its sources (your
          team’s own experience aside).
        </li>
        <li>Share the result as a link that opens the same recommendation anywhere.</li>
      </ul>
    </div>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
