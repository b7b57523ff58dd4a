/**
 * Say one thing: for every registered model, every kind of tie it breaks and a few hundred
 * sampled answer sets, every surface that shows a result (the page's first screen and its
 * sections, the embedded page, print, the decision record, a team of one, its page and its
 * record, the embed's result message, the edge's link preview) is rendered and read back, and each must say
 * what the one result report says: the same winner and scores, the same tie sentence, the same
 * closeness, the same weights and maximum, the same counts; and the first screen, the report's
 * summary: its top reasons, its first risks and the action that leads.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { preloadPageAt } from '../../src/app/routes';
import { adrMarkdown } from '../../src/domain/adr';
import { resultMessage } from '../../src/domain/embed-messages';
import { resultLinkPreview } from '../../src/domain/link-preview';
import { encodeShareQuery } from '../../src/domain/links/share-link';
import type { ScoringModel } from '../../src/domain/model-types';
import type { Answers } from '../../src/domain/questions';
import { buildResultReport, type ResultReport } from '../../src/domain/result-report';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';
import { decideAsTeam } from '../../src/domain/team-aggregate';
import { teamAdrMarkdown } from '../../src/domain/team-adr';
import { encodeTeamQuery } from '../../src/domain/links/team-link';
import { TeamPage } from '../../src/team/team-page';
import type { TeamPageState } from '../../src/ui/team-page-state';
import { ResultDetails } from '../../src/result/result-details';
import { ServerApp } from '../../src/server-tree';
import { ChromeContext } from '../../src/ui/chrome';
import { TEST_TODAY } from '../support/results';

/** Answer sets drawn per model, besides its ties. */
const SAMPLES_PER_MODEL = 120;
/** Ties found per kind of tie a model breaks (by an answer, by a rating, by its order). */
const TIES_PER_KIND = 2;

/** A small deterministic generator, so a failure names an answer set that reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function drawAnswers(model: ScoringModel, next: () => number, answered: number): Answers {
  const answers: Record<string, string> = {};
  for (const question of model.questions) {
    if (next() >= answered) continue;
    answers[question.id] = question.values[Math.floor(next() * question.values.length)] ?? '';
  }
  return answers as Answers;
}

/** What kind of tie a result is: the rule that broke it and how many shared first place. */
function tieKind(report: ResultReport): string | undefined {
  const { tie } = report;
  if (!tie) return undefined;
  const rule = tie.rule.kind === 'answer' ? `answer:${tie.rule.question}` : tie.rule.kind;
  return `${rule}${tie.frameworks.length > 2 ? ':three' : ''}${report.verdict.kind === 'tie' && report.ranking[0]?.meetsMustHaves ? '' : ':closest'}`;
}

interface Case {
  readonly model: ScoringModel;
  readonly answers: Answers;
  readonly label: string;
}

function casesOf(model: ScoringModel, seed: number): Case[] {
  const next = random(seed);
  const cases: Case[] = [];
  const seen = new Set<string>();
  const add = (answers: Answers, label: string) => {
    const query = encodeShareQuery(answers, model.id);
    if (seen.has(query)) return;
    seen.add(query);
    cases.push({ model, answers, label: `${label} ${query}` });
  };
  add({}, 'nothing answered');
  for (let index = 0; index < SAMPLES_PER_MODEL; index += 1) {
    add(drawAnswers(model, next, 0.3 + 0.6 * next()), 'sample');
  }
  // Ties are rare (a few percent of answer sets): search for each kind the model breaks.
  const ties = new Map<string, number>();
  for (let attempt = 0; attempt < 40_000 && ties.size < 8; attempt += 1) {
    const answers = drawAnswers(model, next, 0.45);
    const report = buildResultReport({ answers, model, today: TEST_TODAY });
    const kind = tieKind(report);
    if (!kind || (ties.get(kind) ?? 0) >= TIES_PER_KIND) continue;
    ties.set(kind, (ties.get(kind) ?? 0) + 1);
    add(answers, `tie (${kind})`);
  }
  return cases;
}

const CASES = MODEL_REGISTRY.models.flatMap((model, index) => casesOf(model, 20261207 + index));

/** The five characters React's server renderer escapes in text, and how. */
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
};

/**
 * The text of markup React rendered, one line per block, as a reader meets it. Reading 140 KB
 * pages through a DOM parser a few hundred times costs minutes; React's own output is regular
 * enough to read by its tags: block ends become line breaks, tags vanish, entities are decoded.
 */
function textOf(html: string): string {
  return html
    .replace(/<\/(p|li|h1|h2|h3|tr|td|th|dd|dt)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** What the first screen's leading button or link says, and whether it is the primary one. */
function leadingActionOf(html: string): { label: string; primary: boolean } {
  const lead = /<div class="action-bar__lead">(.*?)<\/div>/s.exec(html)?.[1] ?? '';
  const first = /<(?:a|button)[^>]*class="([^"]*)"[^>]*>(.*?)<\/(?:a|button)>/s.exec(lead);
  return { label: textOf(first?.[2] ?? ''), primary: first?.[1] === 'button' };
}

/** The leading action's words on the page. */
const LEADING_LABELS = {
  'get-started': 'Get started',
  'decision-record': 'Download decision record (.md)',
} as const;

function headingOf(html: string): string {
  return textOf(/<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? '').trim();
}

/** Every "… breaks the tie" clause in a text: each must name the rule the report names. */
function tieClauses(text: string): string[] {
  return [...text.matchAll(/[^.:;\n]*(breaks|broke) the tie/g)].map((match) => match[0]);
}

beforeAll(async () => {
  await Promise.all([preloadPageAt('/result'), preloadPageAt('/embed/result')]);
  // Render with the query, as the edge does (a static prerender holds none).
  document.documentElement.setAttribute('data-query-rendered', '');
});

afterAll(() => document.documentElement.removeAttribute('data-query-rendered'));

function render(report: ResultReport, query: string) {
  const resultUrl = `https://picker.example/result?${query}`;
  const model = MODEL_REGISTRY.models.find((candidate) => candidate.id === report.model.id);
  if (!model) throw new Error(`no model ${report.model.id}`);
  const firstScreen = renderToStaticMarkup(<ServerApp path="/result" search={`?${query}`} />);
  const embedded = renderToStaticMarkup(<ServerApp path="/embed/result" search={`?${query}`} />);
  // The sections below the first screen, as the page loads them after it has painted.
  const sections = renderToStaticMarkup(
    <MemoryRouter>
      <ChromeContext.Provider value="full">
        <ResultDetails report={report} model={model} resultUrl={resultUrl} />
      </ChromeContext.Provider>
    </MemoryRouter>,
  );
  const record = adrMarkdown({ report, resultUrl, pipInstall: 'pip install …' });
  const team = decideAsTeam(
    [{ name: 'Ana', modelId: model.id, answers: report.answers }],
    model,
    MODEL_REGISTRY,
    TEST_TODAY,
  );
  const teamOfOne = { modelId: model.id, name: '', members: team.members.map((m) => m.member) };
  const teamRecord = teamAdrMarkdown({
    team: teamOfOne,
    decision: team,
    date: TEST_TODAY,
    teamUrl: 'https://picker.example/team',
  });
  // The team's view, as the lead sees it: the team page's own words for the team's result.
  const leadState: TeamPageState = { role: 'lead' };
  const teamPage = renderToStaticMarkup(
    <MemoryRouter
      initialEntries={[
        { pathname: '/team', search: `?${encodeTeamQuery(teamOfOne)}`, state: leadState },
      ]}
    >
      <TeamPage />
    </MemoryRouter>,
  );
  return {
    firstScreen,
    embedded,
    page: textOf(firstScreen + sections),
    record,
    team,
    teamPage: textOf(teamPage),
    teamRecord,
    message: resultMessage(report, resultUrl),
    preview: resultLinkPreview(report),
  };
}

describe.each(CASES)('$label', ({ model, answers }) => {
  // Each case renders the whole result page twice and two records: seconds on a loaded machine.
  it('reads the same on every surface', { timeout: 30_000 }, () => {
    const query = encodeShareQuery(answers, model.id);
    const report = buildResultReport({ answers, model, today: TEST_TODAY });
    const surfaces = render(report, query);
    const scores = report.ranking.map((entry) => `${entry.name} ${entry.score}`);

    // The same winner, headline and scores.
    expect(headingOf(surfaces.firstScreen)).toBe(report.verdict.headline);
    expect(headingOf(surfaces.embedded)).toBe(report.verdict.headline);
    // The frame's compact result: its ranking, top reasons and what to watch, as the report has them.
    const embeddedText = textOf(surfaces.embedded);
    for (const entry of report.ranking)
      expect(embeddedText).toContain(`${entry.name}${entry.score} / 100`);
    for (const item of [...report.reasons.for, ...report.watch]) {
      expect(embeddedText).toContain(item.criterion.label);
      expect(embeddedText).toContain(item.basis.text);
    }
    expect(embeddedText).toContain(report.watchIntro);
    expect(embeddedText).toContain(report.model.line);
    expect(surfaces.record).toContain(`# Use ${report.ranking[0]?.name} as our`);
    expect(surfaces.message.winner).toBe(report.winner);
    expect(surfaces.message.ranking.map((entry) => [entry.id, entry.score])).toEqual(
      report.ranking.map((entry) => [entry.id, entry.score]),
    );
    expect(surfaces.preview.title).toBe(`${report.verdict.headline}: ${scores.join(', ')}`);
    const [member] = surfaces.team.members;
    expect(member?.report.ranking).toEqual(report.ranking);
    expect(surfaces.team.report.ranking).toEqual(report.ranking);
    const [first] = report.ranking;
    expect(surfaces.teamPage).toContain(`${first?.name} is the team’s pick`);
    expect(surfaces.teamPage).toContain(`${first?.name} scores ${first?.score} of 100.`);
    for (const entry of report.ranking) {
      expect(surfaces.teamPage).toContain(`${entry.name}${entry.score} / 100`);
    }
    for (const entry of report.ranking) {
      expect(surfaces.record).toContain(`| ${entry.name} | ${entry.score} | ${entry.points} |`);
    }

    // The same tie sentence, and no other rule named anywhere.
    const texts = [surfaces.page, textOf(surfaces.embedded), surfaces.record, surfaces.teamRecord];
    if (report.tie) {
      expect(surfaces.page).toContain(report.tie.sentence);
      expect(surfaces.record).toContain(report.tie.sentence);
      expect(surfaces.teamRecord).toContain(report.tie.sentence);
    }
    for (const text of texts) {
      for (const clause of tieClauses(text)) {
        expect(report.tie, clause).toBeDefined();
        expect(clause).toContain(report.tie?.rulePhrase);
      }
    }

    // The first screen carries the summary: the top reasons and the first risks, each with its
    // ratings, what they are read against, and the action that leads.
    const firstScreen = textOf(surfaces.firstScreen);
    expect(firstScreen).toContain(report.summary.reasonsIntro);
    for (const reason of report.summary.reasons) {
      expect(firstScreen).toContain(`${reason.criterion.label} ${reason.ratings}`);
      expect(firstScreen).toContain(reason.basis.text);
      if (reason.measured) expect(firstScreen).toContain(reason.measured);
    }
    expect(firstScreen).toContain(report.summary.risksIntro);
    for (const risk of report.summary.risks) {
      expect(firstScreen).toContain(`${risk.criterion.label} ${risk.detail}`);
      if (risk.measured) expect(firstScreen).toContain(risk.measured);
    }
    if (report.tie) expect(firstScreen).toContain(report.tie.sentence);
    expect(leadingActionOf(surfaces.firstScreen)).toEqual({
      label: LEADING_LABELS[report.leadingAction],
      primary: true,
    });
    // The sections below hold every risk, in full.
    for (const risk of report.risks) {
      expect(surfaces.page).toContain(`${risk.criterion.label} (${risk.detail})`);
      if (risk.measured) expect(surfaces.page).toContain(risk.measured);
    }

    // The same closeness, and every what-if step count it rests on.
    expect(surfaces.page).toContain(report.closeness.sentence);
    expect(surfaces.record).toContain(report.closeness.sentence);
    expect(surfaces.teamRecord).toContain(report.closeness.sentence);
    for (const flip of [...report.whatIf.priorities, ...report.whatIf.project]) {
      expect(surfaces.page).toContain(`${flip.sentence} ${flip.cost} away`);
      expect(surfaces.record).toContain(`${flip.sentence} (${flip.cost} away)`);
      expect(flip.change.cost).toBeGreaterThanOrEqual(report.closeness.cheapestSteps ?? Infinity);
    }

    // The same weights and maximum.
    const { maxPoints } = report.weights;
    const driven = report.drivers.flatMap((driver) => driver.criteria.map((c) => c.weight));
    if (!report.weights.generalView) {
      expect(3 * driven.reduce((sum, weight) => sum + weight, 0)).toBe(maxPoints);
      expect(surfaces.record).toContain(`would get ${maxPoints} points`);
    }
    expect(surfaces.page).toContain(`most possible (${maxPoints})`);
    expect(surfaces.record).toContain(`Points (of ${maxPoints})`);

    // Someone learning: where to start comes right after the first screen (verdict, reasons,
    // what to watch, actions, which a phone must still show at once), before everything below.
    if (report.firstSteps) {
      const at = firstScreen.indexOf(report.firstSteps.heading);
      expect(at).toBeGreaterThan(firstScreen.indexOf(report.verdict.headline));
      expect(at).toBeGreaterThan(firstScreen.indexOf(' / 100'));
      expect(at).toBeLessThan(firstScreen.indexOf('Link to this result:'));
      for (const step of report.firstSteps.steps) expect(firstScreen).toContain(step.text);
    } else {
      expect(firstScreen).not.toContain('Your first steps with');
    }

    // A weight only the project type gave is said to come from it, never as the person's.
    for (const reason of [...report.reasons.for, ...report.reasons.against]) {
      if (reason.fromProjectType === undefined) continue;
      expect(surfaces.record).toContain(
        `${reason.criterion.label} (${reason.ratings}, counted ${reason.fromProjectType})`,
      );
    }
    if (report.verdict.caveat) {
      expect(firstScreen).toContain(report.verdict.caveat);
      expect(report.verdict.caveat.endsWith('which your answers ask for.')).toBe(
        report.reasons.against.some((reason) => reason.fromProjectType === undefined),
      );
    }
    for (const driver of report.drivers.filter((d) => d.projectType)) {
      expect(surfaces.teamRecord).toContain(
        `${driver.question}: ${driver.answer} (the project type)`,
      );
    }

    // The same measurements, where the answers weigh what was measured.
    if (report.measured) expect(surfaces.record).toContain(report.measured);
    for (const reason of [...report.reasons.for, ...report.reasons.against]) {
      if (reason.measured) expect(surfaces.page).toContain(reason.measured);
    }

    // The same counts and model.
    expect(surfaces.record).toContain(
      `We answered ${report.counts.answered} of the ${report.counts.questions} questions`,
    );
    expect(surfaces.record).toContain(report.model.line);
    expect(surfaces.teamRecord).toContain(report.model.line);
  });
});

it('covers every registered model and every kind of tie it breaks', () => {
  for (const model of MODEL_REGISTRY.models) {
    const labels = CASES.filter((c) => c.model === model).map((c) => c.label);
    expect(labels.filter((label) => label.startsWith('tie')).length).toBeGreaterThanOrEqual(3);
    expect(labels.length).toBeGreaterThan(SAMPLES_PER_MODEL * 0.9);
  }
});
