/**
 * One answer as a card: a radio, its label and a one-line hint. The whole card is the label, so a
 * tap anywhere on it (its hint and edges too) picks the answer; the radio is named by the label
 * alone and described by the hint. The wizard's question pages and the team's one-page form use it.
 */
export function ChoiceCard({
  id,
  name,
  value,
  label,
  hint,
  checked,
  onChange,
}: {
  /** The radio's id; the label and hint take ids from it. */
  id: string;
  /** The radio group: the question's id. */
  name: string;
  value: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: () => void;
}) {
  return (
    <label className="choice" htmlFor={id}>
      <input
        type="radio"
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
      />
      <span className="choice__label" id={`${id}-label`}>
        {label}
      </span>
      <span className="choice-hint" id={`${id}-hint`}>
        {hint}
      </span>
    </label>
  );
}
