import { useId, useState, type FormEvent } from 'react';
import {
  cleanMemberName,
  MAX_MEMBER_NAME_LENGTH,
  MAX_TEAM_MEMBERS,
} from '../domain/links/team-link';
import { answersFromRecord } from '../domain/links/model-answers';
import type { ModelDeclaration } from '../domain/model-types';
import { questionsOf } from '../domain/model-rules';
import type { Answers } from '../domain/questions';

/**
 * One person's answers on one page: the wizard's questions, options and hints from the same
 * question data, plus an optional name. A teammate who opened a team link answers here and stays
 * on the team's page; anyone who has already been through the wizard can paste their result link
 * instead.
 */
export function TeamAnswerForm({
  model,
  initialAnswers,
  full,
  onAdd,
}: {
  /** The team's model: the form asks its questions. */
  model: ModelDeclaration;
  initialAnswers: Answers;
  /** The team already has the most members a link holds. */
  full: boolean;
  onAdd: (name: string, answers: Answers) => void;
}) {
  const ids = useId();
  const [name, setName] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({ ...initialAnswers }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (full) return;
    onAdd(cleanMemberName(name), answersFromRecord(answers, model));
  }

  return (
    <form className="team-form" noValidate onSubmit={handleSubmit}>
      <div className="team-form__name">
        <label htmlFor={`${ids}-name`}>Your name (optional)</label>
        <p className="choice-hint" id={`${ids}-name-hint`}>
          Shown to whoever opens the link. Up to {MAX_MEMBER_NAME_LENGTH} characters.
        </p>
        <input
          id={`${ids}-name`}
          type="text"
          autoComplete="nickname"
          maxLength={MAX_MEMBER_NAME_LENGTH}
          value={name}
          aria-describedby={`${ids}-name-hint`}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      {questionsOf(model).map((question) => {
        const selected = answers[question.id] ?? '';
        const descriptionId = `${ids}-${question.id}-description`;
        const choose = (value: string) =>
          setAnswers((current) => {
            const next = { ...current };
            if (value === '') delete next[question.id];
            else next[question.id] = value;
            return next;
          });
        const options = [
          ...question.options.map((option) => ({ ...option, hint: option.hint as string })),
          { value: '', label: 'Skip this question', hint: 'It does not count for you.' },
        ];
        return (
          <fieldset key={question.id} className="field team-form__question">
            <legend>{question.title}</legend>
            <p className="question-description" id={descriptionId}>
              {question.description}
            </p>
            <div className="choices">
              {options.map((option) => {
                const inputId = `${ids}-${question.id}-${option.value || 'skip'}`;
                return (
                  <div className="choice" key={option.value}>
                    <input
                      type="radio"
                      id={inputId}
                      name={question.id}
                      value={option.value}
                      checked={selected === option.value}
                      onChange={() => choose(option.value)}
                      aria-describedby={`${inputId}-hint`}
                    />
                    <label htmlFor={inputId}>{option.label}</label>
                    <p className="choice-hint" id={`${inputId}-hint`}>
                      {option.hint}
                    </p>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      {full && (
        <p className="notice notice--warning" role="note">
          This team has {MAX_TEAM_MEMBERS} members, the most a team link holds. Remove someone to
          add more.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={full}>
          Add my answers to the team
        </button>
      </div>
    </form>
  );
}
