import { useId, useState, type FormEvent } from 'react';
import { cleanMemberName, MAX_MEMBER_NAME_LENGTH } from '../domain/links/team-link';
import { answersFromRecord } from '../domain/links/model-answers';
import type { ModelDeclaration } from '../domain/model-types';
import { questionsOf } from '../domain/model-rules';
import type { Answers } from '../domain/questions';
import type { Sentence } from '../domain/team-text';
import { ChoiceCard } from '../ui/choice-card';
import { SentenceText } from './sentences';
import { TeamField } from './team-field';

/**
 * One person's answers on one page: the wizard's questions, options and hints from the same
 * question data, as the same cards, plus an optional name. A teammate who opened a team link
 * answers here and stays on the team's page; anyone who has already been through the wizard can
 * paste their result link instead.
 */
export function TeamAnswerForm({
  model,
  initialAnswers,
  initialName = '',
  expectedNames,
  submitLabel,
  onAdd,
}: {
  /** The team's model: the form asks its questions. */
  model: ModelDeclaration;
  initialAnswers: Answers;
  /** The lead's own name, on the lead's page: never another member's. */
  initialName?: string;
  /** Names the lead still expects, offered as the name field's suggestions. */
  expectedNames: readonly string[];
  submitLabel: string;
  /** Adds the answers; returns why it could not, to be said beside the button. */
  onAdd: (name: string, answers: Answers) => Sentence | undefined;
}) {
  const ids = useId();
  const [name, setName] = useState(initialName);
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({ ...initialAnswers }));
  const [error, setError] = useState<Sentence>();
  const questions = questionsOf(model);
  const answered = questions.filter((question) => answers[question.id] !== undefined).length;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A problem is said where the person is, beside the button, and read out at once (alert).
    setError(onAdd(cleanMemberName(name), answersFromRecord(answers, model)));
  }

  const errorId = `${ids}-error`;
  return (
    <form className="team-form" noValidate onSubmit={handleSubmit}>
      <TeamField
        id={`${ids}-name`}
        label="Your name (optional)"
        hint={`Shown to whoever opens the link. Up to ${MAX_MEMBER_NAME_LENGTH} characters.`}
      >
        {(describedBy) => (
          <>
            <input
              id={`${ids}-name`}
              type="text"
              autoComplete="nickname"
              maxLength={MAX_MEMBER_NAME_LENGTH}
              value={name}
              list={expectedNames.length > 0 ? `${ids}-expected` : undefined}
              aria-describedby={describedBy}
              onChange={(event) => setName(event.target.value)}
            />
            {expectedNames.length > 0 && (
              <datalist id={`${ids}-expected`}>
                {expectedNames.map((expected) => (
                  <option key={expected} value={expected} />
                ))}
              </datalist>
            )}
          </>
        )}
      </TeamField>
      {questions.map((question) => {
        const selected = answers[question.id] ?? '';
        const choose = (value: string) => {
          setError(undefined);
          setAnswers((current) => {
            const next = { ...current };
            if (value === '') delete next[question.id];
            else next[question.id] = value;
            return next;
          });
        };
        return (
          <fieldset
            key={question.id}
            className="field team-form__question"
            aria-describedby={`${ids}-${question.id}-description`}
          >
            <legend>{question.title}</legend>
            <p className="question-description" id={`${ids}-${question.id}-description`}>
              {question.description}
            </p>
            <div className="choices team-form__choices">
              {question.options.map((option) => (
                <ChoiceCard
                  key={option.value}
                  id={`${ids}-${question.id}-${option.value}`}
                  name={question.id}
                  value={option.value}
                  label={option.label}
                  hint={option.hint}
                  checked={selected === option.value}
                  onChange={() => choose(option.value)}
                />
              ))}
            </div>
            {/* A question left alone is skipped: it does not count for this person. Once
                answered, it can be skipped again; no card for that keeps the form short. */}
            {selected !== '' && (
              <button type="button" className="team-form__clear" onClick={() => choose('')}>
                Skip this question after all
                <span className="visually-hidden">: {question.shortLabel}</span>
              </button>
            )}
          </fieldset>
        );
      })}
      <p className="team-form__count">
        You have answered {answered} of {questions.length} questions.
      </p>
      {error && (
        <p className="error-message" id={errorId} role="alert">
          <SentenceText sentence={error} />
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" aria-describedby={error ? errorId : undefined}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
