/**
 * The HTML snippet that `/embed-code` hands to host pages (contracts.md sections 4 and 5). Pure:
 * the page supplies the absolute URLs for its own origin and base.
 */
import { answerPairs } from './links/model-answers';
import { writeQuery } from './links/query';
import type { EmbedTheme } from './links/share-link';
import type { Answers } from './questions';

/** The frame's accessible name. */
export const EMBED_FRAME_TITLE =
  'Python Framework Picker: choose between Django, Flask and FastAPI';

/**
 * The iframe's attributes besides `data-python-framework-picker` and `src`, in the order the
 * snippet writes them. No `sandbox`: links out need popups, and a host may add it knowingly.
 * `height` only matters until embed.js sizes the frame (or when scripts are off on the host).
 */
export const EMBED_FRAME_ATTRIBUTES = {
  title: EMBED_FRAME_TITLE,
  allow: 'clipboard-write',
  loading: 'lazy',
  height: '640',
  style: 'width:100%;border:0',
} as const;

/** The options a host page chooses for its frame. */
export interface EmbedOptions {
  /** Preset answers; the wizard still shows every question with these preselected. */
  readonly answers: Answers;
  readonly theme: EmbedTheme;
  /** An http(s) origin, already checked; absent means messages go to any host (`*`). */
  readonly parentOrigin?: string;
}

/**
 * The query of an `/embed` URL for these options: answers in wizard order, then `theme` unless
 * it is the default `auto`, then `parentOrigin`. Empty when everything is default.
 */
export function encodeEmbedQuery(options: EmbedOptions): string {
  return writeQuery([
    ...answerPairs(options.answers),
    ...(options.theme === 'auto' ? [] : [['theme', options.theme] as const]),
    ...(options.parentOrigin ? [['parentOrigin', options.parentOrigin] as const] : []),
  ]);
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeHtmlAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The two lines a host pastes: the script, then the frame. */
export function embedSnippet(urls: { readonly script: string; readonly frame: string }): string {
  const attributes = Object.entries(EMBED_FRAME_ATTRIBUTES)
    .map(([name, value]) => ` ${name}="${escapeHtmlAttribute(value)}"`)
    .join('');
  return [
    `<script src="${escapeHtmlAttribute(urls.script)}" async></script>`,
    `<iframe data-python-framework-picker src="${escapeHtmlAttribute(urls.frame)}"${attributes}></iframe>`,
  ].join('\n');
}
