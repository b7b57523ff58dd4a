import { useId, useState, type FormEvent } from 'react';
import { describeIgnored } from '../domain/links/ignored';
import { readPastedLink } from '../domain/links/pasted-link';
import {
  cleanMemberName,
  MAX_MEMBER_NAME_LENGTH,
  type TeamMember,
} from '../domain/links/team-link';
import { useModelRegistry } from '../ui/model-registry-context';

/**
 * Adds members from a link: someone's result link (full page or embed, from any copy of the
 * picker) adds them; another team link adds the members this one lacks, which is how replies
 * that went round in parallel come back together.
 */
export function TeamPasteForm({ onAdd }: { onAdd: (members: TeamMember[], note: string) => void }) {
  const ids = useId();
  const registry = useModelRegistry();
  const [link, setLink] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const pasted = readPastedLink(link, registry);
    switch (pasted.kind) {
      case 'not-a-link':
        setError(
          'That is not a result link or a team link. Paste the whole address of a result page (…/result?…) or a team page (…/team?…).',
        );
        return;
      case 'newer':
        setError(
          `That link uses version ${pasted.version} of a link format this copy of the picker does not read yet.`,
        );
        return;
      case 'result': {
        const member = {
          name: cleanMemberName(name),
          answers: pasted.answers,
          modelId: pasted.modelId,
        };
        const ignored = pasted.ignored.map(describeIgnored);
        onAdd([member], ['Added the answers from that result link.', ...ignored].join(' '));
        return;
      }
      case 'team': {
        const ignored = pasted.decoded.ignored.map(describeIgnored);
        onAdd(
          [...pasted.decoded.team.members],
          ['Added the members of that team link that this one lacked.', ...ignored].join(' '),
        );
        return;
      }
    }
  }

  const errorId = `${ids}-error`;
  return (
    <form className="team-form" noValidate onSubmit={handleSubmit}>
      <div className={error ? 'team-form__name field--error' : 'team-form__name'}>
        <label htmlFor={`${ids}-link`}>Their result link, or another team link</label>
        {error && (
          <p className="error-message" id={errorId} role="alert">
            {error}
          </p>
        )}
        <input
          id={`${ids}-link`}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={link}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setLink(event.target.value);
            setError(undefined);
          }}
        />
      </div>
      <div className="team-form__name">
        <label htmlFor={`${ids}-name`}>Their name (optional, for a result link)</label>
        <input
          id={`${ids}-name`}
          type="text"
          maxLength={MAX_MEMBER_NAME_LENGTH}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--secondary">
          Add from link
        </button>
      </div>
    </form>
  );
}
