/**
 * The one result report: what it says about a result, under every model, in the model's own
 * terms. The consistency suite (result-consistency.test.tsx) checks that every surface says it.
 */
import { adrMarkdown } from '../../src/domain/adr';
import type { Erratum } from '../../src/domain/models/errata';
import { buildResultReport } from '../../src/domain/result-report';
import { openLink, reportOf, TEST_TODAY } from '../support/results';

describe('why the winner is first', () => {
  it('says it wins on the total when it has the highest score', () => {
    const report = reportOf('v=1&data=2026-11&kind=api&style=freedom&team=flask');
    expect(report.edge.yours).toBe('it wins on the total');
    expect(report.tie).toBeUndefined();
  });

  it('names the fixed order when it breaks a 2026-11 tie', () => {
    // sqlalchemy_fit alone: FastAPI and Flask are both rated 3.
    const report = reportOf('v=1&data=2026-11&orm=sqlalchemy');
    expect(report.winner).toBe('fastapi');
    expect(report.reasons.for).toEqual([]);
    expect(report.tie?.sentence).toBe(
      'FastAPI is listed first: the fixed order (Django, FastAPI, Flask) breaks the tie.',
    );
    expect(report.edge.ours).toBe(
      'it ties with Flask on the total and the fixed order (Django, FastAPI, Flask) breaks the tie',
    );
    expect(report.others[0]?.level).toBe(
      'It is rated as high as FastAPI on everything you weighted; the fixed order (Django, FastAPI, Flask) breaks the tie.',
    );
  });

  it.each([
    [
      'v=1&data=2027-01&orm=sqlalchemy',
      'Flask is listed first: the smaller core first (Flask, FastAPI, Django) breaks the tie.',
    ],
    [
      'v=1&data=2027-01&kind=ml&async=nice&admin=no&style=any&team=typed&codebase=flask',
      'Flask is listed first: the code your project joins breaks the tie.',
    ],
    [
      'v=1&data=2027-01&async=important&perf=important&style=any&team=django',
      'Django is listed first: your team’s background breaks the tie.',
    ],
    [
      'v=1&data=2027-01&kind=dashboard&async=nice&docs=important',
      'FastAPI is listed first: its higher rating on Auto-generated API docs breaks the tie.',
    ],
  ])('names the 2027-01 rule that actually broke the tie in %s', (link, sentence) => {
    const report = reportOf(link);
    expect(report.verdict.kind).toBe('tie');
    expect(report.tie?.sentence).toBe(sentence);
    // Every mention of the rule, in every clause, is the same phrase.
    expect(report.edge.yours).toContain(report.tie?.rulePhrase);
  });

  it('credits the must-haves, not the score, when higher-scoring frameworks fail them', () => {
    const report = reportOf('v=1&data=2026-11&admin=must&perf=must&team=typed');
    expect(report.winner).toBe('flask');
    expect(report.edge.yours).toBe('it meets all your must-haves and FastAPI and Django do not');
    expect(report.edge.ours).toBe('it meets all our must-haves and FastAPI and Django do not');
    expect(report.ranking.map((entry) => entry.mustHaveStatus)).toEqual([
      'Meets every must-have',
      'Fails a must-have: Admin panel',
      'Fails a must-have: Raw throughput',
    ]);
  });
});

describe('reasons for and against', () => {
  it('compares the winner with the runner-up on every line, biggest gap first', () => {
    const report = reportOf(
      'v=1&data=2027-01&kind=api&async=nice&admin=no&orm=any&perf=nice&docs=important&style=any&team=any&codebase=none',
    );
    expect(report.runnerUp).toBe('flask');
    for (const reason of [...report.reasons.for, ...report.reasons.against]) {
      expect([reason.about, reason.other]).toEqual(['fastapi', 'flask']);
    }
    expect(report.reasons.for.map((reason) => reason.ratings)).toEqual([
      'FastAPI 3/3, Flask 2/3',
      'FastAPI 3/3, Flask 1/3',
      'FastAPI 3/3, Flask 2/3',
    ]);
  });

  it('says a reason came from the project type when no priority of the person gave it', () => {
    const report = reportOf('v=1&data=2027-01&kind=learn&style=any');
    const minimal = report.reasons.for.find((reason) => reason.criterion.id === 'minimal_core');
    expect(minimal?.fromProjectType).toBe('because you are learning web development');
    const stated = reportOf('v=1&data=2027-01&kind=learn&style=freedom').reasons.for.find(
      (reason) => reason.criterion.id === 'minimal_core',
    );
    expect(stated?.fromProjectType).toBeUndefined();
  });

  it('lists the weights actually applied: an answer replaces the project type’s share', () => {
    // 2027-01: docs=important replaces the api bundle on auto_api_docs and typed_validation.
    const report = reportOf('v=1&data=2027-01&kind=api&docs=important');
    expect(
      report.weights.rows.map((row) => [row.criterion.id, row.weight, row.because.length]),
    ).toEqual([
      ['auto_api_docs', 2, 1],
      ['small_api_service', 2, 1],
    ]);
    expect(report.weights.maxPoints).toBe(12);
    const weightsInDrivers = report.drivers.flatMap((d) => d.criteria.map((c) => c.weight));
    expect(3 * weightsInDrivers.reduce((sum, w) => sum + w, 0)).toBe(report.weights.maxPoints);
  });
});

describe('what to watch', () => {
  it('shows a winner’s risks its answers did not weigh, those of any project first', () => {
    const report = reportOf('v=1&data=2027-01&kind=api&docs=important');
    expect(report.winner).toBe('fastapi');
    const watched = report.watch.map((item) => [item.criterion.id, item.rating, item.always]);
    // 2027-01 weighs no answer on long-term support, nor on its old integrated-ORM criterion.
    expect(watched.slice(0, 2)).toEqual([
      ['orm_integrated', 1, true],
      ['long_term_stability', 1, true],
    ]);
    expect(watched).toContainEqual(['builtin_auth', 1, false]);
    // A kind of project is not a risk: FastAPI's 1 on "full web application" is not listed.
    expect(watched.map(([id]) => id)).not.toContain('full_web_app');
    for (const item of report.watch) expect(item.basis.sources.length).toBeGreaterThan(0);
  });

  it('leaves out what the answers weighed: that is a reason against', () => {
    const report = reportOf('v=1&data=2027-01&kind=api&admin=important');
    const watched = report.watch.map((item) => item.criterion.id);
    expect(watched).not.toContain('builtin_admin');
  });
});

describe('the report’s model, dates and counts', () => {
  it('names the model with its release day, never a month to come', () => {
    const report = reportOf('v=1&data=2027-01&kind=api', '2026-12-07');
    expect(report.model.line).toBe('scoring model 2027-01, released 1 December 2026');
    expect(report.todayLabel).toBe('7 December 2026');
    expect(report.counts).toEqual({
      questions: 9,
      answered: 1,
      criteria: 32,
      weightedCriteria: 3,
      frameworks: 3,
    });
  });

  it('counts a 2026-11 link’s questions as that model asks them', () => {
    expect(reportOf('v=1&data=2026-11&kind=api').counts.questions).toBe(8);
  });

  it('attaches a dated correction to the text it corrects, and to no other', () => {
    const erratum: Erratum = {
      model: '2027-01',
      date: '2026-12-07',
      criterion: 'long_term_stability',
      framework: 'fastapi',
      corrects: 'Still 0.x',
      correction: 'A test correction.',
      sources: [{ label: 'A source', ref: 'https://example.com/' }],
    };
    const { link, model } = openLink('v=1&data=2027-01&kind=api');
    const report = buildResultReport({
      answers: link.answers,
      model,
      today: TEST_TODAY,
      errata: [erratum],
    });
    const lts = report.watch.find((item) => item.criterion.id === 'long_term_stability');
    expect(lts?.basis.errata).toEqual([erratum]);
    const others = report.watch.filter((item) => item !== lts);
    for (const item of others) expect(item.basis.errata).toEqual([]);
    // Under another model the same criterion takes none.
    const old = openLink('v=1&data=2026-11&kind=api');
    const oldReport = buildResultReport({
      answers: old.link.answers,
      model: old.model,
      today: TEST_TODAY,
      errata: [erratum],
    });
    expect(oldReport.watch.flatMap((item) => item.basis.errata)).toEqual([]);
  });
});

describe('a small website (model 2027-02)', () => {
  const CLUB_SITE = 'v=1&data=2027-02&kind=site&admin=no&orm=none&style=freedom';

  it('sends a club site with no accounts and chosen parts to Flask, saying why', () => {
    const report = reportOf(CLUB_SITE);
    expect(report.winner).toBe('flask');
    const fromSite = report.reasons.for.filter(
      (reason) =>
        reason.fromProjectType === 'because you are building a small website with pages and forms',
    );
    expect(fromSite.length).toBeGreaterThan(0);
  });

  it('names the new answer in what-ifs and in the decision record like the others', () => {
    const generalView = reportOf('v=1&data=2027-02');
    const toSite = generalView.whatIf.project.find((item) => item.change.value === 'site');
    expect(toSite?.sentence).toMatch(
      /^If your project were a small website with pages and forms, no user accounts/,
    );
    const record = adrMarkdown({
      report: reportOf(CLUB_SITE),
      resultUrl: `https://picker.example.com/result?${CLUB_SITE}`,
      pipInstall: 'pip install Flask',
    });
    expect(record).toContain('# Use Flask as our Python web framework');
    expect(record).toContain(
      'We are building a small website with a few pages and forms, no user accounts',
    );
    expect(record).toContain('scoring model 2027-02, released 7 December 2026');
  });
});
