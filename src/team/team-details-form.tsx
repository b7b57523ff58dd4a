import { useId, useState, type FormEvent } from 'react';
import {
  cleanDecisionName,
  cleanMemberName,
  MAX_DECISION_NAME_LENGTH,
  MAX_EXPECTED_NAMES,
  MAX_MEMBER_NAME_LENGTH,
  type Team,
} from '../domain/links/team-link';
import { readNameList } from '../domain/team-members';
import { TeamField } from './team-field';

export interface TeamDetails {
  readonly name: string;
  readonly lead: string;
  readonly expected: readonly string[];
}

/**
 * What the lead says when starting a team, and may change later: what is being decided, who asks,
 * and whom they will ask (so the page can say who has answered and who is still expected). All
 * optional; the names travel in the link.
 */
export function TeamDetailsForm({
  team,
  submitLabel,
  onSave,
}: {
  team: Team;
  submitLabel: string;
  onSave: (details: TeamDetails) => void;
}) {
  const ids = useId();
  const [name, setName] = useState(team.name);
  const [lead, setLead] = useState(team.lead ?? '');
  const [expected, setExpected] = useState((team.expected ?? []).join('\n'));
  const [tooMany, setTooMany] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const list = readNameList(expected);
    if (list.leftOut > 0) {
      setTooMany(true);
      return;
    }
    onSave({ name: cleanDecisionName(name), lead: cleanMemberName(lead), expected: list.names });
  }

  return (
    <form className="team-form" noValidate onSubmit={handleSubmit}>
      <TeamField id={`${ids}-decision`} label="What are you deciding? (optional)">
        {() => (
          <input
            id={`${ids}-decision`}
            type="text"
            maxLength={MAX_DECISION_NAME_LENGTH}
            placeholder="e.g. Backend for the billing service"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </TeamField>
      <TeamField
        id={`${ids}-lead`}
        label="Your name, shown as who asked (optional)"
        hint="Your team sees who asked, and sends their replies back to you."
      >
        {(describedBy) => (
          <input
            id={`${ids}-lead`}
            type="text"
            autoComplete="nickname"
            maxLength={MAX_MEMBER_NAME_LENGTH}
            value={lead}
            aria-describedby={describedBy}
            onChange={(event) => setLead(event.target.value)}
          />
        )}
      </TeamField>
      <TeamField
        id={`${ids}-expected`}
        label="Who will you ask? (optional)"
        hint="One name per line, or separated by commas. The page then shows who has answered and who is still expected."
        error={
          tooMany && `A team link lists at most ${MAX_EXPECTED_NAMES} names: shorten the list.`
        }
      >
        {(describedBy) => (
          <textarea
            id={`${ids}-expected`}
            rows={3}
            value={expected}
            aria-invalid={tooMany ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              setExpected(event.target.value);
              setTooMany(false);
            }}
          />
        )}
      </TeamField>
      <div className="actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
