/**
 * What a frame reads from its own URL once, when it starts: the preset answers, the theme and
 * where its messages may go (contracts.md section 4).
 */
import { embedTargetOrigin } from '../domain/embed-messages';
import { resolveEmbedPresets } from '../domain/links/resolve';
import type { EmbedTheme } from '../domain/links/share-link';
import { MODEL_CATALOG } from '../domain/model-catalog';
import type { Answers } from '../domain/questions';

export interface EmbedBoot {
  /** Answers to preselect in the wizard; every question is still shown. */
  readonly answers: Answers;
  readonly theme: EmbedTheme;
  /** Target origin for messages to the host page; undefined sends none. */
  readonly targetOrigin: string | undefined;
}

/** Decodes the frame URL's query. Never throws: whatever is not valid is left out. */
export function readEmbedBoot(search: string): EmbedBoot {
  // Only answers and embed options matter here, so the light model catalog is enough: the
  // scoring data stays out of the bundle of the question pages.
  const presets = resolveEmbedPresets(search, MODEL_CATALOG);
  return {
    answers: presets.answers,
    theme: presets.theme,
    targetOrigin: embedTargetOrigin(presets),
  };
}

/**
 * Applies a theme to the frame's document. `auto` leaves `data-theme` unset so the stylesheet
 * follows `prefers-color-scheme`, which inside an iframe is the host's.
 */
export function applyEmbedTheme(theme: EmbedTheme, root: HTMLElement = document.documentElement) {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
