import type { ReactNode } from 'react';

/**
 * One labelled field of the team page's forms: its label, an optional hint and error (an alert),
 * and the control, which gets the ids to be described by. The forms differ in their controls only.
 */
export function TeamField({
  id,
  label,
  hint,
  error,
  children,
}: {
  /** The control's id; the hint and error take ids from it. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: ReactNode;
  /** The control, given what describes it (`aria-describedby`), if anything. */
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'team-form__name field--error' : 'team-form__name'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="choice-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}
