/**
 * The embed message protocol v1 (docs/embed-protocol.md section 3): what the embedded app tells its host
 * page, and the one message it accepts from it. Pure: the frame's bridge does the sending.
 */
import type { FrameworkId } from './frameworks';
import { MODEL_CATALOG } from './model-catalog';
import type { ModelDeclaration } from './model-types';
import { QUESTION_IDS, type Answers, type QuestionId } from './questions';
import { stepPosition } from './wizard-path';
import type { ResultReport } from './result-report';
import { embedReportedPath } from './embed-path';

export const EMBED_MESSAGE_SOURCE = 'python-framework-picker';
export const EMBED_PROTOCOL_VERSION = 1;

interface Envelope {
  readonly source: typeof EMBED_MESSAGE_SOURCE;
  readonly version: typeof EMBED_PROTOCOL_VERSION;
}

export interface RankingEntryMessage {
  readonly id: FrameworkId;
  /** The shown score: whole, 0-100. */
  readonly score: number;
  readonly mustHavesMet: boolean;
}

export type ReadyMessage = Envelope & { readonly type: 'ready'; readonly path: string };
export type ResizeMessage = Envelope & { readonly type: 'resize'; readonly height: number };
export type StepMessage = Envelope & {
  readonly type: 'step';
  readonly question: QuestionId;
  readonly index: number;
  readonly total: number;
};
/**
 * The frame shows new content its reader should see first (a new step's heading, a result's
 * verdict): `top` and `height` in whole CSS pixels from the frame's top. Sent after an in-frame
 * navigation, once the frame's `resize` for the new content has gone out; never on load.
 */
export type RevealMessage = Envelope & {
  readonly type: 'reveal';
  readonly top: number;
  readonly height: number;
};
export type ResultMessage = Envelope & {
  readonly type: 'result';
  readonly winner: FrameworkId;
  readonly ranking: readonly RankingEntryMessage[];
  readonly url: string;
};

/** Every message the embedded app sends to its host page. */
export type EmbedMessage =
  ReadyMessage | ResizeMessage | StepMessage | ResultMessage | RevealMessage;

/** The host's handshake: answered with `ready` and a fresh `resize`. */
export type HelloMessage = Envelope & { readonly type: 'hello' };

const ENVELOPE: Envelope = { source: EMBED_MESSAGE_SOURCE, version: EMBED_PROTOCOL_VERSION };

/** `ready`, sent after the first render and in answer to each `hello`. */
export function readyMessage(pathname: string): ReadyMessage {
  return { ...ENVELOPE, type: 'ready', path: embedReportedPath(pathname) };
}

/**
 * `resize` for a measured content height, rounded up to whole CSS pixels so the frame never
 * cuts off a fraction of a pixel (which would show a scrollbar). Undefined for a height that is
 * not a finite, non-negative number: nothing sensible can be sent for it.
 */
export function resizeMessage(height: number): ResizeMessage | undefined {
  if (!Number.isFinite(height) || height < 0) return undefined;
  return { ...ENVELOPE, type: 'resize', height: Math.ceil(height) };
}

/**
 * `reveal` for a box measured in the frame (`getBoundingClientRect` plus the frame's own scroll),
 * widened to whole pixels so the whole box is covered. Undefined for a box that cannot be one.
 */
export function revealMessage(box: { top: number; bottom: number }): RevealMessage | undefined {
  if (!Number.isFinite(box.top) || !Number.isFinite(box.bottom) || box.bottom < box.top) {
    return undefined;
  }
  const top = Math.max(0, Math.floor(box.top));
  return { ...ENVELOPE, type: 'reveal', top, height: Math.ceil(box.bottom) - top };
}

/**
 * `step` for a question page: its place among the questions the wizard asks with `answers` (all
 * of the model's, or a learner's shorter path: domain/wizard-path.ts), counted from 1, and how
 * many it asks.
 */
export function stepMessage(
  question: QuestionId,
  answers: Answers = {},
  model: ModelDeclaration = MODEL_CATALOG.current,
): StepMessage {
  const { index, total } = stepPosition(question, answers, model);
  return { ...ENVELOPE, type: 'step', question, index, total };
}

/**
 * `result` for a result report: its winner and ranking, as the page shows them. `url` is the
 * absolute address of the full (non-embed) result page for the same answers and model, built by
 * the caller who knows the deployment.
 */
export function resultMessage(report: Pick<ResultReport, 'ranking'>, url: string): ResultMessage {
  const [first] = report.ranking;
  if (!first) throw new Error('A ranking always has its frameworks');
  return {
    ...ENVELOPE,
    type: 'result',
    winner: first.id,
    ranking: report.ranking.map((entry) => ({
      id: entry.id,
      score: entry.score,
      mustHavesMet: entry.meetsMustHaves,
    })),
    url,
  };
}

/** The question a frame path shows (`/embed/questions/<id>`), or undefined for other pages. */
export function embedQuestionAt(pathname: string): QuestionId | undefined {
  const match = /^\/embed\/questions\/([^/]+)\/?$/.exec(embedReportedPath(pathname));
  const id = match?.[1];
  return QUESTION_IDS.find((questionId) => questionId === id);
}

/** True when `pathname` is the frame's result page. */
export function isEmbedResultPath(pathname: string): boolean {
  return /^\/embed\/result\/?$/.test(pathname);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function hasEnvelope(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    value.source === EMBED_MESSAGE_SOURCE &&
    value.version === EMBED_PROTOCOL_VERSION
  );
}

/** True for the host's `hello`; anything else a page may post is not for us. */
export function isHelloMessage(data: unknown): data is HelloMessage {
  return hasEnvelope(data) && data.type === 'hello';
}

/**
 * A count or measure the frame sends: a whole, non-negative number (heights are rounded up to
 * whole CSS pixels, scores are whole 0-100, places are counted from 1).
 */
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isRankingEntry(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isCount(value.score) &&
    typeof value.mustHavesMet === 'boolean'
  );
}

/**
 * True when `data` has the shape of a message the embedded app sends. This is the check that
 * ships: `/embed.js` (src/embed-host/embed-script.ts) trusts a frame's message only if it passes,
 * and a host written in TypeScript may use it as it is. Names (`winner`, ranking ids, `question`)
 * are checked as strings only, so a host keeps working when a model adds a framework or a question.
 */
export function isEmbedMessage(data: unknown): data is EmbedMessage {
  if (!hasEnvelope(data)) return false;
  switch (data.type) {
    case 'ready':
      return typeof data.path === 'string';
    case 'resize':
      return isCount(data.height);
    case 'reveal':
      return isCount(data.top) && isCount(data.height);
    case 'step':
      return typeof data.question === 'string' && isCount(data.index) && isCount(data.total);
    case 'result':
      return (
        typeof data.winner === 'string' &&
        Array.isArray(data.ranking) &&
        data.ranking.every(isRankingEntry) &&
        typeof data.url === 'string'
      );
    default:
      return false;
  }
}

/**
 * Where the frame's messages go: the host's origin when `parentOrigin` names one, `*` when it is
 * absent (messages carry nothing private), and nowhere (`undefined`) when it was given but is not
 * an http(s) origin, so a typo never sends to a page the embedder did not mean.
 */
export function embedTargetOrigin(options: {
  readonly parentOrigin: string | undefined;
  readonly parentOriginInvalid: boolean;
}): string | undefined {
  if (options.parentOriginInvalid) return undefined;
  return options.parentOrigin ?? '*';
}
