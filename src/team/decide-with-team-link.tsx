import { Link } from 'react-router';
import type { Answers } from '../domain/questions';
import { paths } from '../paths';
import type { TeamPageState } from './team-navigation';

/**
 * "Decide with your team" from a result: a new team page, under today's model like any team
 * started anywhere, with the result's answers already filled in, so its owner adds their name and
 * joins first.
 */
export function DecideWithTeamLink({
  answers,
  className,
}: {
  answers: Answers;
  className?: string;
}) {
  const state: TeamPageState = { prefill: answers };
  return (
    <Link className={className} to={paths.team.getHref()} state={state}>
      Decide with your team
    </Link>
  );
}
