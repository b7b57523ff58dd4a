import { useId, useRef, useState, type DragEvent } from 'react';
import { parseBenchResults, type BenchResults } from '../domain/bench-results';

/** Far more than any results file (a full run is under 100 KB); anything bigger is something else. */
const MAX_BYTES = 5 * 1024 * 1024;

export type LoadOutcome =
  | {
      readonly kind: 'loaded';
      readonly name: string;
      readonly results: BenchResults;
      readonly ignored: readonly string[];
    }
  | { readonly kind: 'refused'; readonly name: string; readonly message: string };

/** Reads a chosen or dropped file in the browser; nothing leaves the page. Never throws. */
export async function readResultsFile(file: File): Promise<LoadOutcome> {
  if (file.size > MAX_BYTES) {
    return {
      kind: 'refused',
      name: file.name,
      message: `This file is ${Math.round(file.size / 1024 / 1024)} MB: a results file from npm run bench:frameworks is far smaller.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'refused', name: file.name, message: 'The browser could not read this file.' };
  }
  const reading = parseBenchResults(text);
  return reading.ok
    ? { kind: 'loaded', name: file.name, results: reading.results, ignored: reading.ignored }
    : { kind: 'refused', name: file.name, message: reading.message };
}

/**
 * A file picker inside a drop zone for a results.json: the picker is a native file input (it
 * works from the keyboard and with assistive technology), and a file dropped anywhere on the
 * zone does the same.
 */
export function ResultsLoader({ onLoad }: { onLoad: (outcome: LoadOutcome) => void }) {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const load = async (file: File | undefined) => {
    if (file) onLoad(await readResultsFile(file));
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void load(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={dragging ? 'perf-drop perf-drop--active' : 'perf-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className="perf-drop__label">
        Your results.json
      </label>
      <p id={hintId} className="perf-drop__hint">
        Choose the file <code>npm run bench:frameworks</code> wrote, or drop it here. It is read in
        this browser; nothing is uploaded.
      </p>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={(event) => {
          void load(event.target.files?.[0]);
          // Choosing the same file again, after changing it, loads it again.
          if (input.current) input.current.value = '';
        }}
      />
    </div>
  );
}
