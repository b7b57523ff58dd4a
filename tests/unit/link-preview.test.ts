import { resultLinkPreview } from '../../src/domain/link-preview';
import { reportOf } from '../support/results';

// Model 2026-11 is released data: its scores for these answers never change.
const previewFor = (query: string) => resultLinkPreview(reportOf(`v=1&data=2026-11&${query}`));

describe('a result link’s preview', () => {
  it('names the winner and every score, best first', () => {
    const preview = previewFor('kind=api&async=must&perf=important&docs=must');
    expect(preview.title).toBe('FastAPI is the best fit: FastAPI 100, Django 58, Flask 42');
    expect(preview.description).toBe(
      'Django, Flask or FastAPI for these answers, scored out of 100 with scoring model 2026-11, released 28 November 2026. The reasons, what would change it, and a decision record to share.',
    );
    expect(preview.winner).toBe('fastapi');
    expect(preview.imageFile).toBe('social-card-fastapi.png');
    expect(preview.imageAlt).toMatch(/recommending FastAPI$/);
  });

  it('says a close call is one, as the page does', () => {
    expect(previewFor('kind=webapp&async=must&docs=must&perf=important').description).toContain(
      'released 28 November 2026. A close call. The reasons',
    );
  });

  it('says when the winner only comes closest, and when no answer counted', () => {
    // Async, an admin panel and top throughput as must-haves: each framework fails one.
    expect(previewFor('async=must&admin=must&perf=must').title).toMatch(/^\w+ comes closest: /);
    const general = previewFor('');
    expect(general.title).toMatch(/^\w+, in a general view: \w+ \d+, \w+ \d+, \w+ \d+$/);
    expect(general.description).toMatch(/every criterion counted the same/);
  });
});
