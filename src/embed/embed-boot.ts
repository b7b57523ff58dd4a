/**
 * What a frame reads from its own URL once, when it starts: the preset answers, the theme and
 * where its messages may go (docs/embed-protocol.md section 1).
 */
import { CURRENT_MODEL_ID } from '../domain/current-model';
import { embedTargetOrigin } from '../domain/embed-messages';
import type { Answers } from '../domain/questions';
import { decodeShareQuery, type EmbedTheme } from '../domain/share-link';

export interface EmbedBoot {
  /** Answers to preselect in the wizard; every question is still shown. */
  readonly answers: Answers;
  readonly theme: EmbedTheme;
  /** Target origin for messages to the host page; undefined sends none. */
  readonly targetOrigin: string | undefined;
}

/** Decodes the frame URL's query. Never throws: whatever is not valid is left out. */
export function readEmbedBoot(search: string): EmbedBoot {
  // Only answers and embed options matter here, so the light current-model id is enough: the
  // scoring data stays out of the bundle of the question pages.
  const link = decodeShareQuery(search, {
    knownModelIds: [CURRENT_MODEL_ID],
    currentModelId: CURRENT_MODEL_ID,
    embed: true,
  });
  return { answers: link.answers, theme: link.theme, targetOrigin: embedTargetOrigin(link) };
}

/**
 * Applies a theme to the frame's document. `auto` leaves `data-theme` unset so the stylesheet
 * follows `prefers-color-scheme`, which inside an iframe is the host's.
 */
export function applyEmbedTheme(theme: EmbedTheme, root: HTMLElement = document.documentElement) {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
