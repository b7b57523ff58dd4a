import { useEffect, useId, useState } from 'react';
import { EMBED_FRAME_ATTRIBUTES, embedSnippet, encodeEmbedQuery } from '../domain/embed-snippet';
import { answersFromRecord } from '../domain/links/model-answers';
import { MODEL_CATALOG } from '../domain/model-catalog';
import { QUESTIONS, type QuestionId } from '../domain/questions';
import { readOriginField, type EmbedTheme } from '../domain/links/share-link';
import { CopyField } from '../ui/copy-field';
import { useHydrated } from '../ui/use-hydrated';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { embedFrameUrl, embedResultFrameUrl, embedScriptUrl } from './embed-urls';
import './embed.css';
import './embed-code-page.css';

const THEME_LABELS = {
  light: 'Light',
  dark: 'Dark',
  auto: 'Auto: follows the visitor’s light or dark setting',
} as const satisfies Record<EmbedTheme, string>;

/** Where the frame starts: the wizard's first question, or the result for the preset answers. */
type FrameStart = 'question' | 'result';

const START_LABELS = {
  question: 'The first question',
  result: 'The result for the preset answers',
} as const satisfies Record<FrameStart, string>;

const LISTEN_EXAMPLE = `document.addEventListener('python-framework-picker:result', (event) => {
  const { winner, ranking, url } = event.detail;
  console.log(\`Recommended: \${winner}\`, ranking, url);
});`;

/** The snippet generator for host pages: options, the code to copy and a live preview. */
export function EmbedCodePage() {
  useDocumentTitle('Embed the picker');
  const ids = useId();
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [presets, setPresets] = useState<Partial<Record<QuestionId, string>>>({});
  const [originText, setOriginText] = useState('');
  const [start, setStart] = useState<FrameStart>('question');
  // The page is prerendered, where there is no origin to build URLs from: the code and the
  // preview appear once hydration is done.
  const hydrated = useHydrated();

  const parentOrigin = readOriginField(originText);
  const query = encodeEmbedQuery({
    answers: answersFromRecord(presets, MODEL_CATALOG.current),
    theme,
    parentOrigin: parentOrigin.origin,
  });
  const frameUrl = start === 'result' ? embedResultFrameUrl : embedFrameUrl;
  const urls = hydrated ? { script: embedScriptUrl(), frame: frameUrl(query) } : undefined;
  const originHintId = `${ids}-origin-hint`;
  const originErrorId = `${ids}-origin-error`;
  const previewSilenced =
    hydrated && parentOrigin.origin !== undefined && parentOrigin.origin !== window.location.origin;

  return (
    <div className="embed-code-page">
      <PageHeading>Embed the picker</PageHeading>
      <p className="lede">
        Put the wizard in your blog post, course or wiki. The frame grows and shrinks with its
        content, and your page can listen for the recommendation.
      </p>

      <div className="embed-code-layout">
        <div className="embed-code-layout__options">
          <form className="embed-options" noValidate onSubmit={(event) => event.preventDefault()}>
            <RadioOptions
              legend="Theme"
              name="theme"
              labels={THEME_LABELS}
              value={theme}
              onChange={setTheme}
              disabled={!hydrated}
            />
            <RadioOptions
              legend="The frame starts at"
              name="start"
              labels={START_LABELS}
              value={start}
              onChange={setStart}
              disabled={!hydrated}
            />

            <details className="embed-options__advanced">
              <summary>Advanced: preset answers and your page’s origin</summary>
              <fieldset className="embed-options__group" disabled={!hydrated}>
                <legend>Preset answers</legend>
                <p className="embed-options__hint">
                  Preselected in the frame, where visitors can still change them. Every question is
                  still shown.
                </p>
                <div className="embed-options__presets">
                  {QUESTIONS.map((question) => (
                    <div className="embed-options__field" key={question.id}>
                      <label htmlFor={`${ids}-preset-${question.id}`}>{question.shortLabel}</label>
                      <select
                        id={`${ids}-preset-${question.id}`}
                        value={presets[question.id] ?? ''}
                        onChange={(event) =>
                          setPresets((current) => ({
                            ...current,
                            [question.id]: event.target.value,
                          }))
                        }
                      >
                        <option value="">No preset</option>
                        {question.options.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                    </div>
                  ))}
                </div>
              </fieldset>

              <div className="embed-options__field embed-options__origin">
                <label htmlFor={`${ids}-origin`}>Your page’s origin (optional)</label>
                <p className="embed-options__hint" id={originHintId}>
                  For example <code>https://blog.example.com</code>. When set, the frame sends its
                  messages only to that origin.
                </p>
                <input
                  id={`${ids}-origin`}
                  type="url"
                  inputMode="url"
                  autoComplete="off"
                  spellCheck={false}
                  value={originText}
                  disabled={!hydrated}
                  onChange={(event) => setOriginText(event.target.value)}
                  aria-invalid={parentOrigin.invalid}
                  aria-describedby={
                    parentOrigin.invalid ? `${originHintId} ${originErrorId}` : originHintId
                  }
                />
                {parentOrigin.invalid && (
                  <p className="error-message" id={originErrorId}>
                    Enter an origin like https://blog.example.com: http or https, a host name, no
                    path. The code below leaves it out until then.
                  </p>
                )}
              </div>
            </details>
          </form>

          <section className="section" aria-labelledby={`${ids}-code-heading`}>
            <h2 id={`${ids}-code-heading`}>Your code</h2>
            <p>
              Paste both lines where the picker should appear. The script sizes the frame; without
              it the frame keeps a fixed height and scrolls.
            </p>
            {urls ? (
              <CopyField
                label="Embed code"
                value={embedSnippet(urls)}
                buttonLabel="Copy code"
                multiline
              />
            ) : (
              <p className="loading">Preparing your code…</p>
            )}
          </section>
        </div>
        <section
          className="section embed-code-layout__preview"
          aria-labelledby={`${ids}-preview-heading`}
          // On wide screens it scrolls inside itself (embed-code-page.css): keyboard users too.
          tabIndex={0}
        >
          <h2 id={`${ids}-preview-heading`}>Preview</h2>
          <p>This is the code above, running on this page.</p>
          {previewSilenced && (
            <p className="notice" role="note">
              The frame sends its messages only to {parentOrigin.origin}, so on this page it cannot
              resize and stays at its initial height.
            </p>
          )}
          {urls && <EmbedPreview scriptUrl={urls.script} frameUrl={urls.frame} />}
        </section>
      </div>

      <section className="section" aria-labelledby={`${ids}-listen-heading`}>
        <h2 id={`${ids}-listen-heading`}>Get the result on your page</h2>
        <p>
          The frame’s messages arrive as DOM events on the iframe, and they bubble, so your page can
          listen on <code>document</code>:
        </p>
        {/* Scrolls inside its own box on a phone, so it must be reachable by keyboard. */}
        <pre
          className="embed-code-sample"
          tabIndex={0}
          role="region"
          aria-label="Example: listening for the result"
        >
          <code>{LISTEN_EXAMPLE}</code>
        </pre>
        <p>
          Other events: <code>python-framework-picker:ready</code>,{' '}
          <code>python-framework-picker:step</code> and <code>python-framework-picker:resize</code>.
        </p>
      </section>
    </div>
  );
}

/** One option of the page as a row of radios, in the order of `labels`. */
function RadioOptions<Value extends string>({
  legend,
  name,
  labels,
  value,
  onChange,
  disabled,
}: {
  legend: string;
  name: string;
  labels: Readonly<Record<Value, string>>;
  value: Value;
  onChange: (value: Value) => void;
  disabled: boolean;
}) {
  const ids = useId();
  return (
    <fieldset className="embed-options__group" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="embed-options__radios">
        {(Object.keys(labels) as Value[]).map((option) => (
          <div className="embed-options__radio" key={option}>
            <input
              type="radio"
              id={`${ids}-${option}`}
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <label htmlFor={`${ids}-${option}`}>{labels[option]}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The snippet, live: the same iframe, created by React, and the same script, added once. (The
 * app's CSP forbids inline scripts and writing HTML, so the snippet text is not injected.) While
 * a new frame loads, the old one stays in view under a loading note, so the preview never blinks
 * empty.
 */
function EmbedPreview({ scriptUrl, frameUrl }: { scriptUrl: string; frameUrl: string }) {
  useEffect(() => loadScriptOnce(scriptUrl), [scriptUrl]);
  const [shownUrl, setShownUrl] = useState(frameUrl);
  const { title, allow, loading, height } = EMBED_FRAME_ATTRIBUTES;
  const pending = frameUrl !== shownUrl;
  // The frame in view first, the one loading after it: as a list keyed by URL, a loaded frame is
  // never moved in the document (moving an iframe reloads it).
  const frames = pending ? [shownUrl, frameUrl] : [shownUrl];
  return (
    <div className={pending ? 'embed-preview embed-preview--loading' : 'embed-preview'}>
      <p className="embed-preview__status" role="status">
        {pending ? 'Loading the new preview…' : ''}
      </p>
      {/* A new frame per URL: changing the src of a loaded frame would add an entry to this
          page's history, so Back would walk through old previews. The snippet's inline
          `style` comes from a class here, because the app's CSP refuses style attributes. */}
      {frames.map((url) => {
        const isNext = pending && url === frameUrl;
        return (
          <iframe
            key={url}
            data-python-framework-picker=""
            src={url}
            title={isNext ? `${title} (loading)` : title}
            allow={allow}
            loading={loading}
            height={height}
            aria-hidden={isNext || undefined}
            tabIndex={isNext ? -1 : undefined}
            className={
              isNext ? 'embed-preview__frame embed-preview__frame--next' : 'embed-preview__frame'
            }
            onLoad={isNext ? () => setShownUrl(url) : undefined}
          />
        );
      })}
    </div>
  );
}

/** Adds `<script src async>` unless the page already has it. Never removed: it is harmless. */
function loadScriptOnce(src: string): void {
  if (Array.from(document.scripts).some((script) => script.src === src)) return;
  const script = document.createElement('script');
  script.src = src;
  script.async = true;
  document.head.append(script);
}
