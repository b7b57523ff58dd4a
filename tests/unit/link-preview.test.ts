import { resultLinkPreview } from '../../src/domain/link-preview';
import type { Answers } from '../../src/domain/questions';
import { scoreAnswers } from '../../src/domain/scoring';
import { findModel, MODEL_REGISTRY } from '../../src/domain/scoring-models';

// Model 2026-11 is released data: its scores for these answers never change.
const MODEL_2026_11 = findModel(MODEL_REGISTRY, '2026-11')!;
const previewFor = (answers: Answers) => resultLinkPreview(scoreAnswers(answers, MODEL_2026_11));

describe('a result link’s preview', () => {
  it('names the winner and every score, best first', () => {
    const preview = previewFor({ kind: 'api', async: 'must', perf: 'important', docs: 'must' });
    expect(preview.title).toBe('FastAPI is the best fit: FastAPI 100, Django 58, Flask 42');
    expect(preview.winner).toBe('fastapi');
    expect(preview.imageFile).toBe('social-card-fastapi.png');
    expect(preview.imageAlt).toMatch(/recommending FastAPI$/);
  });

  it('says when the winner only comes closest, and when no answer counted', () => {
    // Async, an admin panel and top throughput as must-haves: each framework fails one.
    expect(previewFor({ async: 'must', admin: 'must', perf: 'must' }).title).toMatch(
      /^\w+ comes closest: /,
    );
    const general = previewFor({});
    expect(general.title).toMatch(/^\w+, in a general view: \w+ \d+, \w+ \d+, \w+ \d+$/);
    expect(general.description).toMatch(/every criterion counted the same/);
  });
});
