import { describe, expect, it } from 'vitest';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { scoreAnswers } from '../../src/domain/scoring';
import { verdictCaveat } from '../../src/domain/verdict-caveat';

describe('verdictCaveat', () => {
  it('names where the winner trails on something the answers weighted', () => {
    // Django wins on admin and conventions; the web app bundle also weighs throughput, where
    // Django is rated lowest.
    const result = scoreAnswers(
      { kind: 'webapp', admin: 'must', orm: 'django', perf: 'important' },
      MODEL_2026_11,
    );
    expect(result.ranking[0]?.id).toBe('django');
    const caveat = verdictCaveat(result);
    expect(caveat).toMatch(/^But Django is rated below another framework on /);
    expect(caveat).toMatch(/Django \d\/3, (Flask|FastAPI) \d\/3/);
    expect(caveat).toMatch(/which your answers ask for\.$/);
  });

  it('says nothing in a general view, where nothing was asked for', () => {
    expect(verdictCaveat(scoreAnswers({}, MODEL_2026_11))).toBeUndefined();
  });

  it('says nothing when the winner is rated at least as high on everything weighted', () => {
    const result = scoreAnswers({ admin: 'must' }, MODEL_2026_11);
    expect(result.ranking[0]?.id).toBe('django');
    expect(verdictCaveat(result)).toBeUndefined();
  });
});
