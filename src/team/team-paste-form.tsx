import { useId, useState, type FormEvent } from 'react';
import { MAX_MEMBER_NAME_LENGTH } from '../domain/links/team-link';
import type { Sentence } from '../domain/team-text';
import { SentenceText, SentencesText } from './sentences';
import { TeamField } from './team-field';

/**
 * Adds members from pasted text: teammates' replies (team links) and result links, as chat apps
 * and mail deliver them, several at once. After each paste the fields are emptied, so nothing of
 * one reply (its link or a name) carries over to the next, and focus stays here, beside the note
 * that says who was added, who was already there and who was left out.
 */
export function TeamPasteForm({
  note,
  onPaste,
}: {
  /** What the last paste did, said beside the form. */
  note: readonly Sentence[] | undefined;
  /** Merges the text's links; returns why nothing could be added, to be said at the field. */
  onPaste: (text: string, name: string) => Sentence | undefined;
}) {
  const ids = useId();
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<Sentence>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = onPaste(text, name);
    setError(problem);
    if (!problem) {
      setText('');
      setName('');
    }
  }

  return (
    <form className="team-form" noValidate onSubmit={handleSubmit}>
      <TeamField
        id={`${ids}-links`}
        label="Replies or result links"
        hint="Paste them as your chat or mail app gives them: several at once, one per line, with the message around them if you like."
        error={error && <SentenceText sentence={error} />}
      >
        {(describedBy) => (
          <textarea
            id={`${ids}-links`}
            rows={3}
            autoComplete="off"
            spellCheck={false}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              setText(event.target.value);
              setError(undefined);
            }}
          />
        )}
      </TeamField>
      <TeamField id={`${ids}-name`} label="Their name (optional, for one result link)">
        {() => (
          <input
            id={`${ids}-name`}
            type="text"
            maxLength={MAX_MEMBER_NAME_LENGTH}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setError(undefined);
            }}
          />
        )}
      </TeamField>
      <div className="actions">
        <button type="submit" className="button">
          Add to the team
        </button>
      </div>
      <p className="team-form__note" role="status">
        {note && <SentencesText sentences={note} />}
      </p>
    </form>
  );
}
