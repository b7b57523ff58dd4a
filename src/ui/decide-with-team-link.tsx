import { Link } from 'react-router';
import type { Answers } from '../domain/questions';
import { encodeTeamQuery } from '../domain/team-link';
import { paths } from '../paths';
import type { TeamPageState } from './team-page-state';

/**
 * "Decide with your team" from a result: a new team page under the result's own scoring model,
 * with the result's answers already filled in, so its owner adds their name and joins first.
 */
export function DecideWithTeamLink({
  answers,
  model,
  className,
}: {
  answers: Answers;
  /** The result's model (a ScoringModel will do): the team keeps it, as links built from a result do. */
  model: { readonly id: string };
  className?: string;
}) {
  const state: TeamPageState = { prefill: answers };
  return (
    <Link
      className={className}
      to={paths.team.getHref(encodeTeamQuery({ modelId: model.id, name: '', members: [] }))}
      state={state}
    >
      Decide with your team
    </Link>
  );
}
