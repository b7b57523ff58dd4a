/**
 * How a page says what a link held that the app did not use: one sentence per reason, one summary
 * for long lists. A notice never claims a link asked for something it does not name: every
 * sentence quotes what the link held.
 */
import type { IgnoredPart, Suggestion } from './ignored';

/** How many ignored parts a notice lists before it summarises the rest as a count. */
export const IGNORED_PARTS_SHOWN = 5;

/** A piece of a notice sentence: the app's own words, or text echoed from the link. */
export interface NoticeSegment {
  readonly text: string;
  /** True for text from the link, which the page isolates from the sentence's direction. */
  readonly echoed: boolean;
}

/** What a team link's over-long part was, by its key; a member's part is named by its place. */
const TOO_LONG_SUBJECTS: Readonly<Record<string, string>> = {
  name: 'the decision’s name',
  lead: 'the name of who asked',
  expect: 'a name of someone expected',
};

const own = (text: string): NoticeSegment => ({ text, echoed: false });
const echoed = (text: string): NoticeSegment => ({ text, echoed: true });

/**
 * A plain-language sentence for an ignored part, in segments: the page shows each echoed one
 * isolated (`<bdi>`), so a right-to-left key or value cannot reorder the words around it. Text
 * only, never HTML.
 */
export function describeIgnoredSegments(part: IgnoredPart): readonly NoticeSegment[] {
  const pair = echoed(part.value === '' ? part.key : `${part.key}=${part.value}`);
  const where = part.member === undefined ? '' : ` (member ${part.member})`;
  const sentence = (...rest: NoticeSegment[]) => [
    own(part.member === undefined ? 'We ignored “' : 'We ignored the answer “'),
    pair,
    own(`”${where}: `),
    ...rest,
  ];
  switch (part.reason) {
    case 'bad-version':
      return sentence(own('not a link version we know, so we read the link as version 1.'));
    case 'unknown-model':
      return sentence(own('we do not know that scoring model, so we used today’s.'));
    case 'unknown-key':
      return sentence(own('not a question we ask.'));
    case 'not-a-team-key':
      return sentence(own('not part of a team link.'));
    case 'unknown-value':
      return sentence(own('not a known answer.'));
    case 'not-in-model':
      return sentence(own(`scoring model ${part.model ?? ''}, which this uses, does not ask it.`));
    case 'value-not-in-model':
      return sentence(
        own(`scoring model ${part.model ?? ''}, which this uses, does not know that answer.`),
      );
    case 'repeated':
      return sentence(
        own('“'),
        echoed(part.key),
        own('” appears more than once and the first one counts.'),
      );
    case 'repeated-question':
      return sentence(own('that question is answered twice and the first answer counts.'));
    case 'bad-origin':
      return sentence(own('not an http(s) origin, so the frame sends no messages.'));
    case 'too-long': {
      const subject = TOO_LONG_SUBJECTS[part.key];
      return subject
        ? [own(`We ignored ${subject}: it is too long to be one we wrote.`)]
        : [
            own(
              `We ignored member ${part.member ?? ''}: that part of the link is too long to be one we wrote.`,
            ),
          ];
    }
    case 'name-shortened':
      return [own(`We shortened a name${where} to ${part.limit ?? ''} characters.`)];
    case 'name-neutralised':
      return [own(`We removed control, direction or invisible characters from a name${where}.`)];
    case 'too-many-members':
      return [
        own(
          `We left out ${part.count ?? ''} ${part.count === 1 ? 'member' : 'members'}: a team link holds at most ${part.limit ?? ''}.`,
        ),
      ];
    case 'repeated-name':
      return sentence(own('that name is already on the list of who is expected.'));
    case 'too-many-names':
      return [
        own(
          `We left out ${part.count ?? ''} ${part.count === 1 ? 'name' : 'names'} of who is expected: a team link lists at most ${part.limit ?? ''}.`,
        ),
      ];
  }
}

/** The pair a suggestion proposes, as the notice quotes it: `docs=important`. */
export function suggestedPair(suggestion: Suggestion): string {
  return `${suggestion.key}=${suggestion.value}`;
}

/** "Did you mean “docs=important”?": the suggestion as text, where no link can carry it. */
export function suggestionText(suggestion: Suggestion): string {
  return `Did you mean “${suggestedPair(suggestion)}”?`;
}

/** A plain-language sentence for an ignored part, shown as text (never as HTML). */
export function describeIgnored(part: IgnoredPart): string {
  const sentence = describeIgnoredSegments(part)
    .map((segment) => segment.text)
    .join('');
  return part.suggestion ? `${sentence} ${suggestionText(part.suggestion)}` : sentence;
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
