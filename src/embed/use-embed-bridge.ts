import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import {
  embedQuestionAt,
  isEmbedResultPath,
  isHelloMessage,
  readyMessage,
  stepMessage,
} from '../domain/embed-messages';
import type { Answers } from '../domain/questions';
import { contentHeight, createEmbedBridge, revealedPart, watchContentHeight } from './embed-bridge';

/**
 * Tells the host page what the frame shows (docs/embed-protocol.md section 3): `ready` after the first
 * render, `resize` as the content grows and shrinks, `step` for each question page shown,
 * `result` for the result page, `reveal` for what the reader should see after each move between
 * pages, and `ready` plus a fresh `resize` in answer to a `hello`.
 * Sends nothing outside a frame or when `targetOrigin` is undefined. `currentAnswers` gives the
 * wizard's answers when a question is shown: they decide how many questions it asks (a learner is
 * asked fewer).
 */
export function useEmbedBridge(
  targetOrigin: string | undefined,
  currentAnswers: () => Answers,
): void {
  const { pathname, search, key } = useLocation();
  const [bridge] = useState(() => createEmbedBridge(targetOrigin));
  // The hello listener lives as long as the frame; it reads the path shown now from here.
  const pathRef = useRef(pathname);

  useEffect(() => {
    pathRef.current = pathname;
  }, [pathname]);

  // Declared before the step and result effects, so `ready` is the first message.
  useEffect(() => {
    if (!bridge.active) return;
    bridge.send(readyMessage(pathRef.current));
    // Measured at once too: a frame below the fold gets no animation frames (Chrome throttles
    // hidden cross-origin frames), yet its host should reserve the right height from the start.
    bridge.reportHeight(contentHeight());
    const stopWatching = watchContentHeight(bridge.reportHeight);
    function answerHello(event: MessageEvent) {
      // Only the page that frames us may ask; other frames and windows are ignored.
      if (event.source !== window.parent || !isHelloMessage(event.data)) return;
      bridge.send(readyMessage(pathRef.current));
      bridge.reportHeight(contentHeight(), true);
    }
    window.addEventListener('message', answerHello);
    return () => {
      stopWatching();
      window.removeEventListener('message', answerHello);
    };
  }, [bridge]);

  const answersRef = useRef(currentAnswers);
  useEffect(() => {
    answersRef.current = currentAnswers;
  }, [currentAnswers]);

  // `key` changes on every navigation, so showing the same question again reports it again.
  useEffect(() => {
    const question = embedQuestionAt(pathname);
    if (bridge.active && question) bridge.send(stepMessage(question, answersRef.current()));
  }, [bridge, pathname, key]);

  // After a move between pages (never on load: the memory router's first location is 'default'),
  // the host learns the new height first and then where the new page's heading is, so it can
  // keep the reader with the wizard once the frame has its new size.
  useEffect(() => {
    if (!bridge.active || key === 'default') return;
    bridge.reportHeight(contentHeight());
    const reveal = revealedPart();
    if (reveal) bridge.send(reveal);
  }, [bridge, key]);

  useEffect(() => {
    if (!bridge.active || !isEmbedResultPath(pathname)) return;
    let shown = true;
    void import('./embed-result').then(({ resultMessageFor }) => {
      const message = resultMessageFor(search);
      // The visitor may have left the result while the scoring code loaded.
      if (shown && message) bridge.send(message);
    });
    return () => {
      shown = false;
    };
  }, [bridge, pathname, search, key]);
}
