/**
 * Sources as Markdown links, for the exports (decision record, copied comparison). Pure.
 */
import type { Source } from './content/sourced';
import { escapeMarkdownInline } from './markdown';

/** `[label](url)`, with the label escaped and the characters that would end the link encoded. */
export function markdownLink(label: string, url: string): string {
  const safeLabel = escapeMarkdownInline(label).replace(/[[\]]/g, (char) => `\\${char}`);
  const safeUrl = url.replace(
    /[\s()<>[\]]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${safeLabel}](${safeUrl})`;
}

/** "[label](url)", followed by " (as of 2026-10-06)" when the source is dated. */
export function markdownSourceLink(source: Source): string {
  return `${markdownLink(source.label, source.ref)}${source.asOf ? ` (as of ${source.asOf})` : ''}`;
}

/** "[label](url), [label](url)": sources on one line, without their dates (kept short). */
export function markdownSourceLinks(sources: readonly Source[]): string {
  return sources.map((source) => markdownLink(source.label, source.ref)).join(', ');
}
