/**
 * The share-link codec, scheme v1 (docs/contracts.md section 2). `encodeShareQuery` writes keys in the
 * fixed order; `decodeShareQuery` reads anything a browser can put in a URL, never throws, and
 * names every part it ignored so the page can say so above a result for the valid rest.
 */
import {
  QUESTIONS,
  isAnswerValue,
  modelAsks,
  modelKnowsAnswer,
  type Answers,
  type QuestionId,
} from './questions';

export const SCHEME_VERSION = 1;
/** What a link without `data` was computed with: the only model when scheme v1 shipped. */
export const DEFAULT_LINK_MODEL_ID = '2026-11';

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export type IgnoredReason =
  'bad-version' | 'unknown-model' | 'unknown-key' | 'unknown-value' | 'repeated' | 'bad-origin';

export interface IgnoredPart {
  readonly key: string;
  readonly value: string;
  readonly reason: IgnoredReason;
}

export interface DecodedLink {
  readonly answers: Answers;
  /** The model the link asks for, when the app knows it; else the current or default model. */
  readonly modelId: string;
  /** Set when the link's `v` is newer than this app understands: it gets its own page. */
  readonly newerScheme: number | undefined;
  readonly ignored: readonly IgnoredPart[];
  /** Embed options (docs/embed-protocol.md section 1), read only on `/embed…` URLs. */
  readonly theme: EmbedTheme;
  readonly parentOrigin: string | undefined;
  /** True when `parentOrigin` was given but is no http(s) origin: then no message may be sent. */
  readonly parentOriginInvalid: boolean;
}

export interface DecodeOptions {
  /** Model ids the app can compute with. */
  readonly knownModelIds: readonly string[];
  /** The model an unknown `data` falls back to. */
  readonly currentModelId: string;
  /** On `/embed…` URLs `theme` and `parentOrigin` are known keys. */
  readonly embed?: boolean;
}

/** Longest key or value echoed back in a notice, in characters; the rest is elided. */
const MAX_ECHO_LENGTH = 60;

/** How many ignored parts a notice lists before it summarises the rest as a count. */
export const IGNORED_PARTS_SHOWN = 5;

/**
 * Bidirectional formatting characters: embeddings and overrides (U+202A-202E), isolates
 * (U+2066-2069), the left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter
 * mark (U+061C). Echoed as they are, they would reorder the notice's own words around them.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Decodes one component; malformed percent-encoding keeps the raw text instead of throwing. */
function safeDecode(component: string): string {
  const spaced = component.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * Makes untrusted text safe and short enough to show as plain text in a notice: at most
 * `MAX_ECHO_LENGTH` characters (never half of one), control characters as U+FFFD, and each
 * bidirectional control spelled out as its code point (`[U+202E]`), so it is seen, not obeyed.
 */
export function echoable(text: string): string {
  const characters = Array.from(text);
  const short =
    characters.length > MAX_ECHO_LENGTH
      ? `${characters.slice(0, MAX_ECHO_LENGTH).join('')}…`
      : text;
  // Control characters (NUL included) are shown as U+FFFD; React escapes the rest.
  // eslint-disable-next-line no-control-regex
  const visible = short.replace(/[\u0000-\u001f\u007f]/g, '\uFFFD');
  return visible.replace(
    BIDI_CONTROLS,
    (control) => `[U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

function parsePairs(search: string): [string, string][] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query === '') return [];
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const equals = part.indexOf('=');
      return equals === -1
        ? [safeDecode(part), '']
        : [safeDecode(part.slice(0, equals)), safeDecode(part.slice(equals + 1))];
    });
}

/** The origin of an http(s) URL written as an origin (no path, query or credentials), else undefined. */
export function parseHttpOrigin(value: string): string | undefined {
  if (!/^https?:\/\/[^/?#@\s]+$/i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.origin === 'null' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

/**
 * Reads a share-link query. Never throws; whatever is not valid is listed in `ignored`, and the
 * answers hold only known questions with known values.
 */
export function decodeShareQuery(search: string, options: DecodeOptions): DecodedLink {
  const ignored: IgnoredPart[] = [];
  const seen = new Set<string>();
  const answers: Record<string, string> = {};
  let modelId = DEFAULT_LINK_MODEL_ID;
  let newerScheme: number | undefined;
  let theme: EmbedTheme = 'auto';
  let parentOrigin: string | undefined;
  let parentOriginInvalid = false;
  const ignore = (key: string, value: string, reason: IgnoredReason) =>
    ignored.push({ key: echoable(key), value: echoable(value), reason });

  for (const [key, value] of parsePairs(search)) {
    if (seen.has(key)) {
      ignore(key, value, 'repeated');
      continue;
    }
    seen.add(key);
    if (key === 'v') {
      if (!/^[1-9][0-9]*$/.test(value)) ignore(key, value, 'bad-version');
      else if (Number(value) > SCHEME_VERSION) newerScheme = Number(value);
    } else if (key === 'data') {
      if (options.knownModelIds.includes(value)) modelId = value;
      else {
        modelId = options.currentModelId;
        ignore(key, value, 'unknown-model');
      }
    } else if (options.embed && key === 'theme') {
      if ((EMBED_THEMES as readonly string[]).includes(value)) theme = value as EmbedTheme;
      else ignore(key, value, 'unknown-value');
    } else if (options.embed && key === 'parentOrigin') {
      parentOrigin = parseHttpOrigin(value);
      if (!parentOrigin) {
        parentOriginInvalid = true;
        ignore(key, value, 'bad-origin');
      }
    } else if (isQuestionId(key)) {
      if (isAnswerValue(key, value)) answers[key] = value;
      else ignore(key, value, 'unknown-value');
    } else {
      ignore(key, value, 'unknown-key');
    }
  }

  // A model this app does not know cannot be the default for a link without `data`.
  if (!options.knownModelIds.includes(modelId)) modelId = options.currentModelId;

  // Questions and values a newer model introduced mean nothing to an older one: a link that
  // names the older model is read exactly as that model would, and the extras are named.
  for (const [key, value] of Object.entries(answers) as [QuestionId, string][]) {
    if (modelKnowsAnswer(modelId, key, value)) continue;
    delete answers[key];
    ignore(key, value, modelAsks(modelId, key) ? 'unknown-value' : 'unknown-key');
  }

  return {
    answers: answers as Answers,
    modelId,
    newerScheme,
    ignored,
    theme,
    parentOrigin,
    parentOriginInvalid,
  };
}

function isQuestionId(key: string): key is QuestionId {
  return QUESTIONS.some((question) => question.id === key);
}

/**
 * Writes the query for a result link: `v`, `data`, then each answered question in wizard order.
 * Values need no escaping: they are fixed lowercase words.
 */
export function encodeShareQuery(answers: Answers, modelId: string): string {
  const parts = [`v=${SCHEME_VERSION}`, `data=${encodeURIComponent(modelId)}`];
  for (const question of QUESTIONS) {
    const value = answers[question.id];
    if (value !== undefined) parts.push(`${question.id}=${value}`);
  }
  return parts.join('&');
}

/** A piece of a notice sentence: the app's own words, or text echoed from the link. */
export interface NoticeSegment {
  readonly text: string;
  /** True for text from the link, which the page isolates from the sentence's direction. */
  readonly echoed: boolean;
}

const own = (text: string): NoticeSegment => ({ text, echoed: false });
const echoed = (text: string): NoticeSegment => ({ text, echoed: true });

/**
 * A plain-language sentence for an ignored part, in segments: the page shows each echoed one
 * isolated (`<bdi>`), so a right-to-left key or value cannot reorder the words around it. Text
 * only, never HTML.
 */
export function describeIgnoredSegments(part: IgnoredPart): readonly NoticeSegment[] {
  const pair = echoed(part.value === '' ? part.key : `${part.key}=${part.value}`);
  const sentence = (...rest: NoticeSegment[]) => [own('We ignored “'), pair, own('”: '), ...rest];
  switch (part.reason) {
    case 'bad-version':
      return sentence(own('not a scheme version, so we read the link as version 1.'));
    case 'unknown-model':
      return sentence(own("we do not know that scoring model, so we used today's."));
    case 'unknown-key':
      return sentence(own('not a question we ask.'));
    case 'unknown-value':
      return sentence(own('not a known answer.'));
    case 'repeated':
      return sentence(
        own('“'),
        echoed(part.key),
        own('” appears more than once and the first one counts.'),
      );
    case 'bad-origin':
      return sentence(own('not an http(s) origin, so the frame sends no messages.'));
  }
}

/** A plain-language sentence for an ignored part, shown as text (never as HTML). */
export function describeIgnored(part: IgnoredPart): string {
  return describeIgnoredSegments(part)
    .map((segment) => segment.text)
    .join('');
}

/**
 * The first `IGNORED_PARTS_SHOWN` ignored parts, and how many more there are: a link with
 * thousands of junk pairs gets a short notice, with the result still near the top of the page.
 */
export function summarizeIgnored(ignored: readonly IgnoredPart[]): {
  readonly shown: readonly IgnoredPart[];
  readonly moreCount: number;
} {
  return {
    shown: ignored.slice(0, IGNORED_PARTS_SHOWN),
    moreCount: Math.max(0, ignored.length - IGNORED_PARTS_SHOWN),
  };
}

/** The line after a shortened list, e.g. "…and 1,995 more." */
export function moreIgnoredText(moreCount: number): string {
  return `…and ${moreCount.toLocaleString('en-US')} more.`;
}
