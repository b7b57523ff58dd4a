/**
 * The journeys every engine must pass, written once against the Driver interface: the wizard by
 * mouse and by keyboard, a cold result link, a hostile link, the draft across a reload, the embed
 * on another origin and in a sandboxed frame, and Copy link.
 */
import assert from 'node:assert/strict';
import { resultMessage } from '../../src/domain/embed-messages';
import { QUESTIONS, answerOption, questionById, type Answers } from '../../src/domain/questions';
import { encodeShareQuery } from '../../src/domain/links/share-link';
import { buildResultReport } from '../../src/domain/result-report';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';
import type { Driver, EngineTraits, Query } from './driver';

export interface Origins {
  /** The app's production build. */
  readonly app: string;
  /** The host pages of tests/e2e/fixtures/host/, on another origin. */
  readonly host: string;
}

export interface Journey {
  readonly name: string;
  run(driver: Driver, engine: EngineTraits, origins: Origins): Promise<void>;
}

const heading = (driver: Driver) => driver.run<string | null>('return text(find("heading"));');

async function expectHeading(driver: Driver, expected: string | RegExp) {
  await driver.waitFor(async () => {
    const shown = await heading(driver);
    if (typeof expected === 'string') assert.equal(shown, expected);
    else assert.match(shown ?? '', expected);
  });
}

/** Waits until React has attached: before that a click is a plain HTML form submit. */
async function appStarted(driver: Driver) {
  await driver.waitFor(async () =>
    assert.ok(
      await driver.run<boolean>(
        `var root = document.getElementById('root');
         return !!root && Object.keys(root).some(function (key) { return key.indexOf('__reactContainer') === 0; });`,
      ),
      'the app has not started',
    ),
  );
}

async function open(driver: Driver, url: string) {
  await driver.goto(url);
  await appStarted(driver);
}

/** Opens a page with no draft saved, as a first visit would. */
async function openFresh(driver: Driver, url: string) {
  await open(driver, url);
  await driver.run<void>('localStorage.clear();');
  await open(driver, url);
}

/** Errors, refused resources, CSP violations and dialogs the recorder saw in this document. */
export async function expectNoPageErrors(driver: Driver) {
  assert.deepEqual(
    await driver.run<string[]>('return window.__pageErrors || ["no recorder"];'),
    [],
  );
}

function label(id: keyof Answers, value: string): string {
  const text = answerOption(id, value)?.label;
  if (!text) throw new Error(`No answer ${id}=${value}`);
  return text;
}

const isChecked = (driver: Driver, name: string) =>
  driver.run<boolean>('var el = find("radio", args[0]); return !!el && el.checked;', [name]);

const isFocused = (driver: Driver, query: Query) =>
  driver.run<boolean>(
    `var wanted = args[1]; var el = find(args[0], wanted);
     return !!el && el === document.activeElement;`,
    [query.role, query.name instanceof RegExp ? { source: query.name.source } : query.name],
  );

/** From the question shown to the review by clicking: given answers picked, the rest skipped. */
async function clickThroughWizard(driver: Driver, answers: Answers) {
  for (const [index, question] of QUESTIONS.entries()) {
    await expectHeading(driver, question.title);
    await driver.waitFor(async () =>
      assert.ok(
        await driver.run<boolean>('return document.body.textContent.indexOf(args[0]) >= 0;', [
          `Question ${index + 1} of ${QUESTIONS.length}`,
        ]),
      ),
    );
    const value = answers[question.id];
    if (value === undefined) {
      await driver.click({ role: 'button', name: 'Skip this question' });
    } else {
      await driver.click({ role: 'radio', name: label(question.id, value) });
      await driver.waitFor(async () =>
        assert.ok(await isChecked(driver, label(question.id, value))),
      );
      await driver.click({ role: 'button', name: 'Continue' });
    }
  }
  await expectHeading(driver, 'Check your answers');
}

/** The ranking as read on the page: `[name, score]` pairs, best first. */
async function readRanking(driver: Driver): Promise<[string, number][]> {
  return driver.waitFor(async () => {
    const ranking = await driver.run<[string, number][]>(
      `var entry = /^(Django|FastAPI|Flask)\\s*(\\d+)\\s*\\/\\s*100/;
       var main = document.querySelector('main');
       return Array.prototype.map.call(main ? main.querySelectorAll('li') : [], function (li) {
         return entry.exec(squash(li.textContent));
       }).filter(Boolean).map(function (m) { return [m[1], Number(m[2])]; });`,
    );
    assert.equal(ranking.length, 3);
    return ranking;
  });
}

/** Presses Tab until `target` has focus; fails if it never does. */
async function tabTo(driver: Driver, target: Query, maxPresses = 40) {
  for (let presses = 0; presses < maxPresses; presses++) {
    await driver.press('Tab');
    if (await isFocused(driver, target)) return;
  }
  throw new Error(`Tab never reached the ${target.role} ${String(target.name)}`);
}

const FULL_ANSWERS: Answers = {
  kind: 'webapp',
  async: 'nice',
  admin: 'must',
  orm: 'django',
  perf: 'nice',
  docs: 'no',
  style: 'conventions',
  team: 'django',
};

const hostEvents = (host: Driver, type: string) =>
  host.run<Record<string, unknown>[]>(
    `return window.__events.filter(function (e) { return e.type === args[0] && e.frame === 'picker'; })
       .map(function (e) { return e.detail; });`,
    [type],
  );

/**
 * The iframe's height on the host page against its content's height inside the frame, with no
 * inner scrollbar. Checked together until both hold: a result's sections below its first screen
 * arrive after it has painted, and the frame grows again once the host has their height.
 */
async function expectSizedToContent(host: Driver, frame: Driver) {
  await host.waitFor(async () => {
    const outer = await host.run<number>(
      'return document.getElementById("picker").getBoundingClientRect().height;',
    );
    const inner = await frame.run<number>(
      'return Math.ceil(document.documentElement.getBoundingClientRect().height);',
    );
    assert.equal(outer, inner);
    assert.equal(
      await frame.run<number>(
        'return document.documentElement.scrollHeight - document.documentElement.clientHeight;',
      ),
      0,
    );
  });
}

export const JOURNEYS: readonly Journey[] = [
  {
    name: 'a prerendered page paints first, then the app attaches to it without an error',
    async run(driver, _engine, { app }) {
      await open(driver, `${app}/questions/kind`);
      const startup = await driver.run<{ entryAfterPaint: boolean | null }>(
        'return window.__startup;',
      );
      assert.deepEqual(startup, {
        framed: true,
        entryAfterFrame: true,
        // Every engine tested here reports paints; one that does not would start after a frame.
        entryAfterPaint: true,
      });
      await expectHeading(driver, questionById('kind').title);
      await expectNoPageErrors(driver);
    },
  },
  {
    name: 'the whole wizard by mouse: home, every question, review, recommendation',
    async run(driver, _engine, { app }) {
      await openFresh(driver, `${app}/`);
      await expectHeading(driver, 'Django, Flask or FastAPI?');
      await driver.click({ role: 'link', name: /^Start/ });
      await clickThroughWizard(driver, FULL_ANSWERS);
      await driver.click({ role: 'link', name: 'See my recommendation' });
      await expectHeading(driver, 'Django is the best fit');
      const ranking = await readRanking(driver);
      assert.equal(ranking[0]?.[0], 'Django');
      assert.match(await driver.run<string>('return location.search;'), /kind=webapp/);
      await expectNoPageErrors(driver);
    },
  },
  {
    name: 'the wizard by keyboard: Tab and the arrow keys choose, Enter continues',
    async run(driver, _engine, { app }) {
      await openFresh(driver, `${app}/`);
      const start = { role: 'link', name: /^Start/ } as const;
      await tabTo(driver, start);
      await driver.press('Enter');
      // The first choice by Space, then Enter in the radio (which submits, as in any HTML form);
      // a later choice by the arrow keys, then Tab to Continue and Enter.
      const answers: Answers = { kind: 'webapp', async: 'must' };
      for (const [index, question] of QUESTIONS.slice(0, 2).entries()) {
        await expectHeading(driver, question.title);
        // Each step moves focus to its heading; Tab then enters the group at its first choice
        // (past "Words explained" where the question has technical words).
        await driver.waitFor(async () =>
          assert.ok(await isFocused(driver, { role: 'heading' }), 'focus is on the heading'),
        );
        const first = question.options[0]?.label ?? '';
        await tabTo(driver, { role: 'radio', name: first }, 2);
        const value = answers[question.id] ?? '';
        const steps = question.options.findIndex((option) => option.value === value);
        if (steps === 0) await driver.press('Space');
        for (let step = 0; step < steps; step++) await driver.press('ArrowDown');
        const chosen = { role: 'radio', name: label(question.id, value) } as const;
        await driver.waitFor(async () => assert.ok(await isChecked(driver, chosen.name)));
        assert.ok(await isFocused(driver, chosen), 'focus moved with the choice');
        if (index === 1) await tabTo(driver, { role: 'button', name: 'Continue' });
        await driver.press('Enter');
      }
      await expectHeading(driver, questionById('admin').title);
      const skip = { role: 'button', name: 'Skip this question' } as const;
      await tabTo(driver, skip);
      await driver.press('Space');
      await expectHeading(driver, questionById('orm').title);
      await expectNoPageErrors(driver);
    },
  },
  {
    name: 'a result link opened cold shows its recommendation',
    async run(driver, _engine, { app }) {
      const url = `${app}/result?v=1&data=2026-11&kind=api&style=freedom&team=flask`;
      await open(driver, url);
      await expectHeading(driver, 'FastAPI is the best fit');
      assert.deepEqual(await readRanking(driver), [
        ['FastAPI', 83],
        ['Flask', 75],
        ['Django', 42],
      ]);
      assert.equal(
        await driver.run<string>('return find("textbox", "Link to this result").value;'),
        url,
      );
      await expectNoPageErrors(driver);
    },
  },
  {
    name: 'a hostile link shows a notice and runs nothing; the policy refuses eval',
    async run(driver, _engine, { app }) {
      await open(driver, `${app}/result?kind=<script>alert(1)</script>&docs=must`);
      await driver.waitFor(async () =>
        assert.ok(
          await driver.run<boolean>(
            `var note = find('note');
             return !!note && note.textContent.indexOf('Part of this link was ignored') >= 0 &&
               note.textContent.indexOf('kind=<script>alert(1)</script>') >= 0;`,
          ),
          'the notice names the ignored part',
        ),
      );
      await expectHeading(driver, /best fit|general view|comes closest/);
      assert.equal(
        await driver.run<number>(
          'return document.querySelectorAll("main script, main img, main iframe, main object").length;',
        ),
        0,
      );
      await expectNoPageErrors(driver);
      // The recorder sees what the policy refuses: code made from a string, run by the page.
      await driver.run<void>('window.setTimeout("window.__ran = true");');
      await driver.waitFor(async () => {
        const errors = await driver.run<string[]>('return window.__pageErrors;');
        assert.match(errors.join('\n'), /CSP refused eval by script-src/);
      });
      assert.equal(await driver.run<boolean>('return window.__ran === true;'), false);
    },
  },
  {
    name: 'the draft survives a reload',
    async run(driver, _engine, { app }) {
      await openFresh(driver, `${app}/questions/kind`);
      await driver.click({ role: 'radio', name: label('kind', 'ml') });
      await driver.click({ role: 'button', name: 'Continue' });
      await expectHeading(driver, questionById('async').title);
      await driver.click({ role: 'radio', name: label('async', 'important') });
      await driver.click({ role: 'button', name: 'Continue' });
      await expectHeading(driver, questionById('admin').title);

      await driver.reload();
      await appStarted(driver);
      await expectHeading(driver, questionById('admin').title);
      await driver.click({ role: 'link', name: 'Back' });
      await expectHeading(driver, questionById('async').title);
      await driver.waitFor(async () =>
        assert.ok(await isChecked(driver, label('async', 'important'))),
      );
      await driver.click({ role: 'link', name: 'Back' });
      await driver.waitFor(async () => assert.ok(await isChecked(driver, label('kind', 'ml'))));
      await expectNoPageErrors(driver);
    },
  },
  {
    name: 'the embed on another origin sizes itself, reports each step and the result',
    async run(driver, _engine, { app, host }) {
      await driver.goto(`${host}/normal.html`);
      const frame = driver.frame('picker');
      await expectHeading(frame, QUESTIONS[0].title);
      await appStarted(frame);
      await expectSizedToContent(driver, frame);
      const answers: Answers = { kind: 'api', async: 'must', perf: 'important', docs: 'must' };
      await clickThroughWizard(frame, answers);
      await driver.waitFor(async () =>
        assert.deepEqual(
          (await hostEvents(driver, 'step')).map((step) => step.question),
          QUESTIONS.map((question) => question.id),
        ),
      );
      await frame.click({ role: 'link', name: 'See my recommendation' });
      await expectHeading(frame, 'FastAPI is the best fit');
      // What the frame must report: the current model's result for these answers.
      const model = MODEL_REGISTRY.current;
      const expected = resultMessage(
        buildResultReport({ answers, model, today: new Date().toISOString().slice(0, 10) }),
        `${app}/result?${encodeShareQuery(answers, model.id)}`,
      );
      await driver.waitFor(async () =>
        assert.deepEqual(await hostEvents(driver, 'result'), [expected]),
      );
      await expectSizedToContent(driver, frame);
      await expectNoPageErrors(frame);
    },
  },
  {
    name: 'the embed with theme=dark is dark, with its preset answer chosen',
    async run(driver, _engine, { host }) {
      await driver.goto(`${host}/dark.html`);
      const frame = driver.frame('picker');
      await expectHeading(frame, QUESTIONS[0].title);
      await driver.waitFor(async () =>
        assert.deepEqual(
          await frame.run<string[]>(
            'var s = getComputedStyle(document.body); return [s.backgroundColor, s.color];',
          ),
          ['rgb(17, 20, 24)', 'rgb(232, 235, 239)'],
        ),
      );
      await driver.waitFor(async () =>
        assert.ok(await isChecked(frame, 'An API that other apps call')),
      );
      await expectNoPageErrors(frame);
    },
  },
  {
    name: 'the embed in a frame sandboxed with allow-scripts only completes the wizard',
    async run(driver, _engine, { host }) {
      await driver.goto(`${host}/sandboxed.html`);
      const frame = driver.frame('picker');
      await expectHeading(frame, QUESTIONS[0].title);
      await expectSizedToContent(driver, frame);
      await clickThroughWizard(frame, {
        kind: 'webapp',
        admin: 'must',
        orm: 'django',
        style: 'conventions',
      });
      await frame.click({ role: 'link', name: 'See my recommendation' });
      await expectHeading(frame, 'Django is the best fit');
      // The page's styles apply in the sandbox too: one inlined stylesheet, pinned by its hash.
      assert.doesNotMatch(
        await frame.run<string>('return getComputedStyle(document.body).fontFamily;'),
        /^"?(serif|Times)/,
      );
      await driver.waitFor(async () =>
        assert.deepEqual(
          (await hostEvents(driver, 'result')).map((message) => message.winner),
          ['django'],
        ),
      );
      await expectSizedToContent(driver, frame);
      const origins = await driver.run<string[]>(
        'return window.__messages.map(function (m) { return m.origin; });',
      );
      assert.ok(origins.length > 10);
      assert.deepEqual(new Set(origins), new Set(['null']));
      await expectNoPageErrors(frame);
    },
  },
  {
    name: 'the embed result in a frame sandboxed with the popup flags the hosting notes name',
    async run(driver, _engine, { app, host }) {
      await driver.goto(`${host}/sandboxed.html`);
      await driver.run<void>(
        `var frame = document.getElementById('picker');
         frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
         frame.src = args[0];`,
        [`${app}/embed/result?v=1&data=2026-11&kind=learn&style=freedom&team=new&theme=dark`],
      );
      const frame = driver.frame('picker');
      await expectHeading(frame, 'Flask is the best fit');
      await driver.waitFor(async () =>
        assert.deepEqual(
          (await hostEvents(driver, 'result')).map((message) => message.winner),
          ['flask'],
        ),
      );
      assert.equal(
        await frame.run<string>('return getComputedStyle(document.body).backgroundColor;'),
        'rgb(17, 20, 24)',
      );
      await expectSizedToContent(driver, frame);
      await expectNoPageErrors(frame);
    },
  },
  {
    name: 'Copy link copies the result’s URL and says so',
    async run(driver, engine, { app }) {
      const url = `${app}/result?v=1&data=2026-11&kind=api&docs=must`;
      await open(driver, url);
      await driver.click({ role: 'button', name: 'Copy link' });
      // A status region takes no name from its content: find it by role, read what it says.
      await driver.waitFor(async () => {
        const said = await driver.run<string[]>('return findAll("status").map(text);');
        assert.ok(said.includes('Copied to the clipboard.'), `status regions say ${said}`);
      });
      if (engine.clipboardReadable) {
        assert.equal(await driver.run<string>('return navigator.clipboard.readText();'), url);
      }
      await expectNoPageErrors(driver);
    },
  },
];
