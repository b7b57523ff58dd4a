/**
 * Deciding as a team in Chromium, as a lead and three teammates do it: each in their own browser
 * context (nothing shared but links), on a laptop or a phone, the teammates answering in
 * parallel without seeing the team's pick first, each copying a reply; the lead pastes the
 * replies back all at once, as chat apps deliver them, and nobody is lost or doubled. The team
 * pages pass axe in light and dark, fit a 320 px phone, and work by keyboard alone.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { answerOption, QUESTIONS, type Answers } from '../../src/domain/questions';
import { encodeTeamQuery, type Team, type TeamMember } from '../../src/domain/links/team-link';
import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';
import { APP_ORIGIN, SUB_PATH_APP } from './support/origins.mjs';
import { mainHeading, openPage } from './support/journey';
import { ANA, BEN, CY, DEE } from '../unit/team-fixtures';

const DECISION = 'Billing API';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

type Person = Omit<TeamMember, 'modelId'>;

/** A team link as the page writes it: under today's model, every member too. */
function teamQuery(
  members: readonly Person[],
  details: Partial<Pick<Team, 'name' | 'lead' | 'expected'>> = { name: DECISION },
): string {
  const modelId = CURRENT_MODEL_ID;
  const under = members.map((member) => ({ ...member, modelId }));
  return encodeTeamQuery({ modelId, name: '', ...details, members: under });
}

function teamUrl(
  members: readonly Person[],
  details?: Partial<Pick<Team, 'name' | 'lead' | 'expected'>>,
): string {
  return `${APP_ORIGIN}/team?${teamQuery(members, details)}`;
}

/** Another person's machine: a fresh context, with the clipboard they would allow. */
async function personContext(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, hasTouch: viewport === PHONE });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  return context;
}

/** The team's pick in any form: nobody may see it before answering. */
async function expectNoPickShown(page: Page): Promise<void> {
  await expect(page.getByText(/team’s pick/)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Ranking' })).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
}

/** Answers the one-page form, tapping each answer's card by its hint, not its radio. */
async function answerByCards(page: Page, member: Person): Promise<void> {
  const name = page.getByLabel('Your name (optional)');
  await name.fill(member.name);
  for (const question of QUESTIONS) {
    const value = member.answers[question.id];
    if (value === undefined) continue;
    const option = answerOption(question.id, value);
    const group = page.getByRole('group', { name: question.title });
    // The card's own words, not its radio: its hint, or its label where it has none.
    await group.getByText(option?.hint ?? option?.label ?? '', { exact: true }).click();
    await expect(group.getByRole('radio', { name: option?.label, exact: true })).toBeChecked();
  }
  await page.getByRole('button', { name: 'Add my answers to the team' }).click();
}

/** The page fits its width: nothing scrolls sideways, the members' table included. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    tables: [...document.querySelectorAll('.team-table-scroll')].map(
      (scroller) => scroller.scrollWidth - scroller.clientWidth,
    ),
  }));
  expect(widths.page).toBeLessThanOrEqual(0);
  for (const overflow of widths.tables) expect(overflow).toBeLessThanOrEqual(0);
}

/** A teammate opens the lead's link, answers first, and copies their reply. */
async function teammateReplies(
  browser: Browser,
  link: string,
  member: Person,
  viewport: { width: number; height: number },
): Promise<string> {
  const context = await personContext(browser, viewport);
  const page = await context.newPage();
  await openPage(page, link);
  await expect(mainHeading(page)).toHaveText(DECISION);
  await expect(page.getByText(/^Ana asks for your answers\./)).toBeVisible();
  await expectNoPickShown(page);
  await answerByCards(page, member);
  await expect(mainHeading(page)).toBeFocused();
  const reply = page.getByRole('region', { name: 'Send your reply' });
  await expect(reply).toContainText(
    'Send it to Ana, who asked, rather than on to the rest of the team',
  );
  await expect(page.getByRole('heading', { name: /is the team’s pick$/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  const copied = await inClipboardTurn(async () => {
    await reply.getByRole('button', { name: 'Copy your reply' }).click();
    await expect(reply.getByText('Copied to the clipboard.')).toBeVisible();
    return page.evaluate(() => navigator.clipboard.readText());
  });
  expect(copied).toBe(await reply.getByRole('textbox', { name: 'Your reply' }).inputValue());
  await context.close();
  return copied;
}

/**
 * The contexts of one browser share one clipboard, where people on their own machines have one
 * each: teammates answer in parallel, but copy and read their reply one at a time.
 */
let clipboardTurn: Promise<unknown> = Promise.resolve();
function inClipboardTurn<T>(copy: () => Promise<T>): Promise<T> {
  const turn = clipboardTurn.then(copy);
  clipboardTurn = turn.catch(() => undefined);
  return turn;
}

test('a lead and three teammates in parallel: nobody sees the pick first, nobody is lost or doubled', async ({
  browser,
}) => {
  // Four people, three of them at once: a long journey on a busy machine.
  test.slow();
  const leadContext = await personContext(browser, LAPTOP);
  const lead = await leadContext.newPage();
  await openPage(lead, '/');
  await lead.getByRole('link', { name: 'Decide with your team' }).click();
  await expect(mainHeading(lead)).toHaveText('Decide with your team');
  await lead.getByLabel('What are you deciding? (optional)').fill(DECISION);
  await lead.getByLabel('Your name, shown as who asked (optional)').fill('Ana');
  await lead.getByLabel('Who will you ask? (optional)').fill('Ben\nCy, Dee');
  await lead.getByRole('button', { name: 'Start the team' }).click();
  await expect(mainHeading(lead)).toHaveText(DECISION);
  const roster = lead.getByRole('region', { name: 'Who has answered' });
  await expect(roster).toContainText('No one has answered yet. Still expected: Ben, Cy and Dee.');
  await expect(lead.getByLabel('Your name (optional)')).toHaveValue('Ana');
  await answerByCards(lead, { ...ANA, name: 'Ana' });
  await expect(roster).toContainText(
    'Ana, who asked, has answered. Still expected: Ben, Cy and Dee.',
  );
  await lead.getByRole('button', { name: 'Copy team link' }).click();
  const invitation = await lead.evaluate(() => navigator.clipboard.readText());
  const expected = ['Ben', 'Cy', 'Dee'];
  expect(invitation).toBe(teamUrl([ANA], { name: DECISION, lead: 'Ana', expected }));

  // Three teammates open the same link at once, on their own machines, and answer in parallel.
  const [fromBen, fromCy, fromDee] = await Promise.all([
    teammateReplies(browser, invitation, BEN, PHONE),
    teammateReplies(browser, invitation, CY, LAPTOP),
    teammateReplies(browser, invitation, DEE, PHONE),
  ]);
  const others = (name: string) => expected.filter((other) => other !== name);
  expect(fromBen).toBe(
    teamUrl([ANA, BEN], { name: DECISION, lead: 'Ana', expected: others('Ben') }),
  );

  // The replies come back as chat apps and mail deliver them, Ben's twice; the lead pastes them all.
  const chat = [
    `[10:02] Ben: here are mine <${fromBen}>`,
    `Cy: ${(fromCy ?? '').replace(/&/g, '&amp;')}.`,
    `"${fromDee}" — sent from my phone`,
    `Ben: ${fromBen}`,
  ].join('\n');
  await lead.getByLabel('Replies or result links').fill(chat);
  await lead.getByRole('button', { name: 'Add to the team' }).click();
  const pasteForm = lead
    .locator('form')
    .filter({ has: lead.getByLabel('Replies or result links') });
  await expect(pasteForm.getByRole('status')).toHaveText(
    'Added Ben, Cy and Dee. Ana was already in the team. The team link now holds four people’s answers.',
  );
  await expect(lead.getByLabel('Replies or result links')).toHaveValue('');
  await expect(lead.getByRole('button', { name: 'Add to the team' })).toBeFocused();
  await expect(roster).toContainText(
    'This link holds three replies: Ben, Cy and Dee. Ana, who asked, has answered.',
  );
  await expect(roster).not.toContainText('Still expected');
  const final = teamUrl([ANA, BEN, CY, DEE], { name: DECISION, lead: 'Ana' });
  await expect(lead.getByRole('textbox', { name: 'Team link', exact: true })).toHaveValue(final);
  await expect(
    lead.getByRole('table', { name: 'Each member’s own result' }).getByRole('rowheader'),
  ).toHaveText([/^Ana/, /^Ben/, /^Cy/, /^Dee/]);
  const pick = await lead.getByRole('heading', { name: /is the team’s pick$/ }).textContent();

  // The lead downloads the decision record: every member, the disagreements, the team link.
  const [download] = await Promise.all([
    lead.waitForEvent('download'),
    lead.getByRole('button', { name: 'Download the team’s decision record (.md)' }).click(),
  ]);
  const record = await readFile(await download.path(), 'utf8');
  expect(record).toContain('decision-makers: ["Ana","Ben","Cy","Dee"]');
  expect(record).toContain(`# Use ${pick?.replace(' is the team’s pick', '')} for ${DECISION}`);
  expect(record).toContain(`](${final})`);

  // A teammate who opens the final link and looks at the team's view sees what the lead sees.
  const later = await (await personContext(browser, PHONE)).newPage();
  await openPage(later, final);
  await later.getByRole('button', { name: 'Show me the team’s view first' }).click();
  await expect(later.getByRole('heading', { name: /is the team’s pick$/ })).toHaveText(pick ?? '');
  await expectNoSidewaysScroll(later);
  await leadContext.close();
});

test('the team page draws bars and swatches with the framework patterns, as the result does', async ({
  page,
}) => {
  await openPage(page, teamUrl([ANA, BEN, CY]));
  await page.getByRole('button', { name: 'Show me the team’s view first' }).click();
  await expect(page.getByRole('list', { name: 'Ranking' })).toBeVisible();
  const fills = await page.evaluate(() =>
    [...document.querySelectorAll('.ranking .score-bar__fill, .framework-swatch__box')].map(
      (fill) => {
        const id = /^url\(#(.+)\)$/.exec(fill.getAttribute('fill') ?? '')?.[1] ?? '';
        const pattern = document.getElementById(id);
        return { pattern: pattern?.tagName ?? '', paint: getComputedStyle(fill).fill };
      },
    ),
  );
  expect(fills.length).toBeGreaterThan(6);
  for (const fill of fills) {
    expect(fill.pattern).toBe('pattern');
    expect(fill.paint).toMatch(/^url\(/);
  }
});

test('a hostile team link shows its names as text, keeps twenty members and says why', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>\u202Egnp.exe');
  const crowd = Array.from({ length: 100 }, (_, index) => `m=P${index}~kind-api`).join('&');
  await openPage(page, `/team?t=1&data=2026-11&m=${hostile}~kind-ml&${crowd}`);
  await expect(
    page.getByRole('heading', { name: 'Part of this team link was ignored' }),
  ).toBeVisible();
  await expect(
    page.getByText('We left out 81 members: a team link holds at most 20.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Show me the team’s view first' }).click();
  const names = page
    .getByRole('table', { name: 'Each member’s own result' })
    .getByRole('rowheader');
  await expect(names).toHaveCount(20);
  await expect(names.first().locator('bdi')).toHaveText('<img src=x onerror=alert(1)>gnp.exe');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

interface TeamRoute {
  name: string;
  path: string;
  prepare?: (page: Page) => Promise<void>;
}

const THREE = `/team?${teamQuery([ANA, BEN, CY], { name: DECISION, lead: 'Ana', expected: ['Dee'] })}`;

const TEAM_ROUTES: TeamRoute[] = [
  { name: 'new team', path: '/team' },
  { name: 'a teammate answering first', path: THREE },
  {
    name: 'a teammate who has answered',
    path: THREE,
    prepare: async (page) => {
      await answerByCards(page, DEE);
      await expect(page.getByRole('region', { name: 'Send your reply' })).toBeVisible();
    },
  },
  {
    name: 'the team’s view with the answer form open',
    path: THREE,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Show me the team’s view first' }).click();
      await page.getByRole('button', { name: 'Answer the questions' }).click();
      await expect(page.getByLabel('Your name (optional)')).toBeFocused();
    },
  },
  {
    name: 'team link with ignored parts, a bad paste and an empty answer',
    path: `/team?t=x&data=1999-01&m=${encodeURIComponent('\u202Eeve')}~kind-nope&zzz=1`,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Add my answers to the team' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await page.getByRole('button', { name: 'Show me the team’s view first' }).click();
      await page.getByLabel('Replies or result links').fill('nope');
      await page.getByRole('button', { name: 'Add to the team' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  { name: 'team link from a newer version', path: '/team?t=9' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const route of TEAM_ROUTES) {
    test(`axe: ${route.name}, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await openPage(page, route.path);
      await expect(mainHeading(page)).toBeVisible();
      if (route.prepare) await route.prepare(page);
      const results = await new AxeBuilder({ page })
        .options({ rules: { 'target-size': { enabled: true } } })
        .analyze();
      const violations = results.violations.map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
      }));
      expect(violations).toEqual([]);
    });
  }
}

test('nothing on the team pages scrolls sideways on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openPage(page, '/team');
  await expectNoSidewaysScroll(page);
  await openPage(page, THREE);
  await expectNoSidewaysScroll(page);
  await answerByCards(page, DEE);
  await expect(page.getByRole('table', { name: 'Each member’s own result' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  // Every action in the members' table is on screen, not cut off to the right.
  for (const action of await page.getByRole('button', { name: /^Remove/ }).all()) {
    const box = await action.boundingBox();
    expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
  }
});

test('keyboard only: answer first, add the answers, copy the reply', async ({ page }) => {
  await openPage(page, THREE);
  await page.getByLabel('Your name (optional)').focus();
  await page.keyboard.type('Kai');
  // Tab reaches the first question's first answer (none is checked yet); the arrow keys choose
  // within the group.
  const [first] = QUESTIONS;
  await page.keyboard.press('Tab');
  const group = page.getByRole('group', { name: first.title });
  await expect(group.getByRole('radio', { name: first.options[0].label })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio', { name: first.options[1].label })).toBeChecked();
  await page.getByRole('button', { name: 'Add my answers to the team' }).focus();
  await page.keyboard.press('Enter');
  await expect(mainHeading(page)).toBeFocused();
  const kai: Answers = { [first.id]: first.options[1].value } as Answers;
  const reply = page.getByRole('region', { name: 'Send your reply' });
  await expect(reply.getByRole('textbox', { name: 'Your reply' })).toHaveValue(
    teamUrl([ANA, BEN, CY, { name: 'Kai', answers: kai }], {
      name: DECISION,
      lead: 'Ana',
      expected: ['Dee'],
    }),
  );
  await page.keyboard.press('Tab');
  await expect(reply.getByRole('textbox', { name: 'Your reply' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reply.getByRole('button', { name: 'Copy your reply' })).toBeFocused();
});

test('under a sub-path, the team page and every link it makes stay under the base', async ({
  page,
}) => {
  await page.goto(`${SUB_PATH_APP}/`);
  await page.getByRole('link', { name: 'Decide with your team' }).click();
  await expect(page).toHaveURL(`${SUB_PATH_APP}/team`);
  await page.getByRole('button', { name: 'Start the team' }).click();
  await answerByCards(page, ANA);
  const query = teamQuery([ANA], {});
  await expect(page.getByRole('textbox', { name: 'Team link', exact: true })).toHaveValue(
    `${SUB_PATH_APP}/team?${query}`,
  );
  await page.getByRole('link', { name: 'Result of Ana' }).click();
  await expect(page).toHaveURL(
    `${SUB_PATH_APP}/result?v=1&data=${CURRENT_MODEL_ID}&kind=api&async=must&orm=sqlalchemy&docs=important`,
  );
  // A cold load of the team link opens the same team, answer first.
  await page.goto(`${SUB_PATH_APP}/team?${query}`);
  await expect(mainHeading(page)).toHaveText('Team decision');
  await page.getByRole('button', { name: 'Show me the team’s view first' }).click();
  await expect(page.getByRole('heading', { name: 'FastAPI is the team’s pick' })).toBeVisible();
});
