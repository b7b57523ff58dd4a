/**
 * Opening a folded section from elsewhere on the page (the first screen's links, "On this page",
 * Get started, a `#hash` in the address): one window event, so a link works whether or not the
 * sections' code has arrived yet (the sections also read the hash when they mount).
 */
const OPEN_SECTION_EVENT = 'python-framework-picker:open-section';

/** The result page's sections, in page order: their anchors. */
export const RESULT_SECTION_IDS = {
  why: 'why',
  watch: 'watch',
  howClose: 'how-close',
  sideBySide: 'side-by-side',
  database: 'database',
  recipe: 'recipe',
  decisionRecord: 'decision-record',
  whenToChoose: 'when-to-choose',
  glossary: 'glossary',
} as const;

export type ResultSectionId = (typeof RESULT_SECTION_IDS)[keyof typeof RESULT_SECTION_IDS];

/** Anchors of parts inside a section, which open the section that holds them. */
const INNER_ANCHORS: Readonly<Record<string, ResultSectionId>> = {
  // The score chart, a section of its own until it joined "Why".
  points: RESULT_SECTION_IDS.why,
};

const SECTION_IDS: readonly string[] = Object.values(RESULT_SECTION_IDS);

/** The section an address's `#hash` opens, if any. */
export function sectionOfHash(hash: string): ResultSectionId | undefined {
  const anchor = hash.replace(/^#/, '');
  if (SECTION_IDS.includes(anchor)) return anchor as ResultSectionId;
  return INNER_ANCHORS[anchor];
}

export interface OpenRequest {
  /** Scroll the section's heading into view (never inside a frame: it would scroll the host). */
  readonly scroll: boolean;
  /** Move keyboard focus to the section's heading, so the next Tab continues inside it. */
  readonly focus: boolean;
}

/** How many sections' hooks listen now: none until the sections' code has arrived. */
let listeners = 0;

/**
 * A request made while nobody listened (a link clicked before the sections arrived), with the
 * page it was made on: the sections take it when they mount, so the link still moves focus.
 */
let unheard:
  { readonly page: string; readonly id: string; readonly request: OpenRequest } | undefined;

function currentPage(): string {
  return window.location.pathname + window.location.search;
}

/** Asks the section with this anchor to open. */
export function requestOpenSection(id: string, request: OpenRequest): void {
  if (listeners === 0) unheard = { page: currentPage(), id, request };
  window.dispatchEvent(new CustomEvent(OPEN_SECTION_EVENT, { detail: { id, ...request } }));
}

/** The request made on this page before the sections listened, if any; forgotten once read. */
export function takeUnheardRequest(): ({ readonly id: ResultSectionId } & OpenRequest) | undefined {
  const taken = unheard;
  unheard = undefined;
  if (!taken || taken.page !== currentPage()) return undefined;
  const id = sectionOfHash(taken.id);
  return id ? { id, ...taken.request } : undefined;
}

/** Calls `open` whenever a section is asked to open, by event or by a new `#hash`; returns the unsubscribe. */
export function onOpenSectionRequest(
  open: (id: ResultSectionId, request: OpenRequest) => void,
): () => void {
  function listener(event: Event) {
    const { id, ...request } = (event as CustomEvent<{ id: string } & OpenRequest>).detail;
    const section = sectionOfHash(id);
    if (section) open(section, request);
  }
  function onHashChange() {
    const section = sectionOfHash(window.location.hash);
    if (section) open(section, { scroll: false, focus: false });
  }
  listeners += 1;
  window.addEventListener(OPEN_SECTION_EVENT, listener);
  window.addEventListener('hashchange', onHashChange);
  return () => {
    listeners -= 1;
    window.removeEventListener(OPEN_SECTION_EVENT, listener);
    window.removeEventListener('hashchange', onHashChange);
  };
}
