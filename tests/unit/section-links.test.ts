/**
 * src/result/section-links.ts: a link to a section clicked before the sections' code arrived is
 * kept for them, on the page it was clicked on only, and heard once.
 */
import {
  onOpenSectionRequest,
  requestOpenSection,
  takeUnheardRequest,
} from '../../src/result/section-links';

const ASKED = { scroll: true, focus: true };

afterEach(() => {
  takeUnheardRequest();
  window.history.replaceState(null, '', '/');
});

describe('a request nobody heard', () => {
  it('waits for the sections, which take it once', () => {
    window.history.replaceState(null, '', '/result?v=1&kind=api');
    requestOpenSection('watch', ASKED);
    expect(takeUnheardRequest()).toEqual({ id: 'watch', ...ASKED });
    expect(takeUnheardRequest()).toBeUndefined();
  });

  it('is dropped on another page', () => {
    window.history.replaceState(null, '', '/result?v=1&kind=api');
    requestOpenSection('watch', ASKED);
    window.history.replaceState(null, '', '/result?v=1&kind=learn');
    expect(takeUnheardRequest()).toBeUndefined();
  });

  it('names the section that holds an inner anchor', () => {
    requestOpenSection('points', ASKED);
    expect(takeUnheardRequest()).toEqual({ id: 'why', ...ASKED });
  });
});

describe('a request the sections hear', () => {
  it('reaches them and is not kept', () => {
    const heard: string[] = [];
    const stop = onOpenSectionRequest((id) => heard.push(id));
    requestOpenSection('how-close', ASKED);
    stop();
    expect(heard).toEqual(['how-close']);
    expect(takeUnheardRequest()).toBeUndefined();
  });
});
