import { useId, useRef, useState } from 'react';
import { useHydrated } from './use-hydrated';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copy link, with the link in a read-only field that can be selected by hand where the clipboard
 * is refused. The outcome is announced through a live region.
 */
export function CopyField({
  label,
  value,
  buttonLabel,
  multiline = false,
}: {
  label: string;
  value: string;
  buttonLabel: string;
  multiline?: boolean;
}) {
  // Remembered with the value it was for, so a new value starts idle without an effect.
  const [outcome, setOutcome] = useState<{ value: string; state: CopyState }>();
  const state: CopyState = outcome?.value === value ? outcome.state : 'idle';
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const id = useId();
  const hydrated = useHydrated();

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome({ value, state: 'copied' });
    } catch {
      // Clipboard refused (permissions, sandboxed frame): select the text for a manual copy.
      fieldRef.current?.select();
      setOutcome({ value, state: 'failed' });
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        {multiline ? (
          <textarea
            id={id}
            ref={fieldRef}
            readOnly
            value={value}
            rows={6}
            onFocus={(e) => e.currentTarget.select()}
          />
        ) : (
          <input
            id={id}
            ref={fieldRef}
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
        <button
          type="button"
          className="button button--secondary"
          // On a prerendered page the button works once the app has attached.
          disabled={!hydrated}
          onClick={() => void copy()}
        >
          {buttonLabel}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {state === 'copied' && 'Copied to the clipboard.'}
        {state === 'failed' &&
          'Your browser refused the clipboard: the text is selected, press Ctrl+C or ⌘C to copy it.'}
      </p>
    </div>
  );
}
