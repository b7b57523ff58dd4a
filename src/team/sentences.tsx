import { Fragment } from 'react';
import type { Sentence } from '../domain/team-text';

/** A sentence from the team text: its own words as text, each echoed name isolated (`<bdi>`). */
export function SentenceText({ sentence }: { sentence: Sentence }) {
  return (
    <>
      {sentence.map((segment, index) =>
        segment.echoed ? (
          <bdi key={index}>{segment.text}</bdi>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/** Several sentences as one paragraph's text. */
export function SentencesText({ sentences }: { sentences: readonly Sentence[] }) {
  return (
    <>
      {sentences.map((sentence, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          <SentenceText sentence={sentence} />
        </Fragment>
      ))}
    </>
  );
}
