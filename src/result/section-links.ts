/**
 * Opening a folded section from elsewhere on the page (the "On this page" list, Get started, a
 * `#hash` in the address): one window event, so a link works whether or not the section's code
 * has arrived yet (the section also reads the hash when it mounts).
 */
import type { MouseEvent } from 'react';
import type { Chrome } from '../paths';

const OPEN_SECTION_EVENT = 'python-framework-picker:open-section';

/** The result page's sections, in page order: their anchors and their titles. */
export const RESULT_SECTION_IDS = {
  why: 'why',
  howClose: 'how-close',
  sideBySide: 'side-by-side',
  points: 'points',
  database: 'database',
  whenToChoose: 'when-to-choose',
  recipe: 'recipe',
  decisionRecord: 'decision-record',
  glossary: 'glossary',
} as const;

export type ResultSectionId = (typeof RESULT_SECTION_IDS)[keyof typeof RESULT_SECTION_IDS];

/** Asks the section with this anchor to open (and, if asked, to scroll itself into view). */
export function requestOpenSection(id: string, scroll: boolean): void {
  window.dispatchEvent(new CustomEvent(OPEN_SECTION_EVENT, { detail: { id, scroll } }));
}

/** Calls `open` whenever the section `id` is asked to open; returns the unsubscribe. */
export function onOpenSectionRequest(id: string, open: (scroll: boolean) => void): () => void {
  function listener(event: Event) {
    const detail = (event as CustomEvent<{ id: string; scroll: boolean }>).detail;
    if (detail.id === id) open(detail.scroll);
  }
  function onHashChange() {
    if (window.location.hash === `#${id}`) open(false);
  }
  window.addEventListener(OPEN_SECTION_EVENT, listener);
  window.addEventListener('hashchange', onHashChange);
  return () => {
    window.removeEventListener(OPEN_SECTION_EVENT, listener);
    window.removeEventListener('hashchange', onHashChange);
  };
}

/**
 * A click on a link to a section (`href="#id"`): opens it and scrolls to it. Inside a frame the
 * address stays the frame's own and nothing scrolls the host page (docs/embed-protocol.md
 * section 2): the section opens without scrolling.
 */
export function openSectionFromLink(
  event: MouseEvent<HTMLAnchorElement>,
  id: ResultSectionId,
  chrome: Chrome,
): void {
  if (chrome === 'embed') {
    event.preventDefault();
    requestOpenSection(id, false);
    return;
  }
  requestOpenSection(id, true);
}
