/**
 * Deciding as a team in Chromium: a lead and two teammates, each in their own browser context
 * (no shared storage, only the link passing between them), build one team link and all see the
 * same combined result and decision record; replies made in parallel merge back into one link;
 * the team pages pass axe in light and dark and fit a 320 px phone.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { answerOption, QUESTIONS, type Answers } from '../../src/domain/questions';
import { encodeTeamQuery, type TeamMember } from '../../src/domain/links/team-link';
import { CURRENT_MODEL_ID } from '../../src/domain/model-catalog';
import { APP_ORIGIN, SUB_PATH_APP } from './support/origins.mjs';
import { mainHeading, openPage } from './support/journey';
import { ANA, BEN, CY } from '../unit/team-fixtures';

const DECISION = 'Billing API';

/** A team link as the page writes it: under today's model, every member too. */
function teamQuery(members: readonly Omit<TeamMember, 'modelId'>[], name = DECISION): string {
  const modelId = CURRENT_MODEL_ID;
  const under = members.map((member) => ({ ...member, modelId }));
  return encodeTeamQuery({ modelId, name, members: under });
}

function teamUrl(members: readonly Omit<TeamMember, 'modelId'>[]): string {
  return `${APP_ORIGIN}/team?${teamQuery(members)}`;
}

/** The note after adding someone; the name in it is isolated by invisible direction marks. */
function addedNote(page: Page, name: string) {
  return page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^Added \\W?${name}\\W?’s answers`) });
}

/** A fresh browser context, as another person's machine: nothing shared but the link. */
async function personPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Fills the one-page form, by each question's legend and each answer's visible label. */
async function addAnswers(page: Page, member: TeamMember): Promise<void> {
  // A team with members keeps the form behind a button; a new team shows it at once.
  await expect(mainHeading(page)).toBeVisible();
  const open = page.getByRole('button', { name: 'Answer the questions' });
  if (await open.isVisible()) await open.click();
  await page.getByLabel('Your name (optional)').fill(member.name);
  for (const question of QUESTIONS) {
    const value = member.answers[question.id];
    if (value === undefined) continue;
    const label = answerOption(question.id, value)?.label ?? '';
    await page
      .getByRole('group', { name: question.title })
      .getByRole('radio', { name: label, exact: true })
      .check();
  }
  await page.getByRole('button', { name: 'Add my answers to the team' }).click();
  await expect(addedNote(page, member.name)).toBeVisible();
}

function teamLinkField(page: Page) {
  return page.getByRole('textbox', { name: 'Team link', exact: true });
}

/** What each teammate must see alike: heading, ranking, members, splits and what would change it. */
async function teamView(page: Page) {
  await expect(page.getByRole('table', { name: 'Each member’s own result' })).toBeVisible();
  return {
    heading: await mainHeading(page).textContent(),
    ranking: await page.getByRole('list', { name: 'Ranking' }).innerText(),
    members: await page.getByRole('table', { name: 'Each member’s own result' }).innerText(),
    splits: await page
      .getByRole('region', { name: 'Where you agree and where you split' })
      .innerText(),
    pivots: await page
      .getByRole('region', { name: 'What would change the team’s pick' })
      .innerText(),
  };
}

test('a lead and two teammates in their own browsers build one team link and see one result', async ({
  browser,
}) => {
  // Three people answer in turn: a long journey on a busy machine.
  test.slow();
  const lead = await browser.newContext();
  await lead.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
  const leadPage = await lead.newPage();
  await openPage(leadPage, '/');
  await leadPage.getByRole('link', { name: 'Decide with your team' }).click();
  await expect(mainHeading(leadPage)).toHaveText('Decide with your team');
  await leadPage.getByLabel('Name the decision (optional)').fill(DECISION);
  await leadPage.getByRole('button', { name: 'Save name' }).click();
  await expect(leadPage.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await addAnswers(leadPage, ANA);
  await expect(mainHeading(leadPage)).toHaveText('FastAPI is the team’s pick');
  await leadPage.getByRole('button', { name: 'Copy team link' }).click();
  await expect(leadPage.getByText('Copied to the clipboard.')).toBeVisible();
  const fromLead = await leadPage.evaluate(() => navigator.clipboard.readText());
  expect(fromLead).toBe(teamUrl([ANA]));

  // Ben opens the lead's link on his own machine, adds his answers and sends the new link on.
  const benPage = await personPage(browser);
  await openPage(benPage, fromLead);
  await expect(benPage.getByText(DECISION, { exact: true })).toBeVisible();
  await addAnswers(benPage, BEN);
  const fromBen = await teamLinkField(benPage).inputValue();
  expect(fromBen).toBe(teamUrl([ANA, BEN]));

  // Cy opens Ben's link, adds hers and sends it back to everyone.
  const cyPage = await personPage(browser);
  await openPage(cyPage, fromBen);
  await addAnswers(cyPage, CY);
  const fromCy = await teamLinkField(cyPage).inputValue();
  expect(fromCy).toBe(teamUrl([ANA, BEN, CY]));

  const pages = [leadPage, benPage, cyPage];
  for (const page of pages) await openPage(page, fromCy);
  const views = await Promise.all(pages.map(teamView));
  expect(views[0]?.heading).toBe('Django is the team’s pick');
  expect(views[0]?.splits).toContain(
    "Concurrency and async I/O: one says doesn't matter, one says nice to have, one says must have; the team counts nice to have.",
  );
  expect(views[1]).toEqual(views[0]);
  expect(views[2]).toEqual(views[0]);
  await expect(leadPage.getByRole('note').filter({ hasText: 'not everyone’s' })).toHaveText(
    'Django is the team’s pick but not everyone’s: Ana’s own answers point to FastAPI.',
  );

  // The lead downloads the decision record: every member, the disagreements, the team link.
  const [download] = await Promise.all([
    leadPage.waitForEvent('download'),
    leadPage.getByRole('button', { name: 'Download the team’s decision record (.md)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-team-use-django\.md$/);
  const record = await readFile(await download.path(), 'utf8');
  expect(record).toContain('decision-makers: ["Ana","Ben","Cy"]');
  expect(record).toContain('# Use Django for Billing API');
  expect(record).toContain('### Disagreements considered');
  expect(record).toContain(`](${fromCy})`);
  await expect(
    leadPage.getByRole('textbox', { name: 'Team decision record (Markdown)' }),
  ).toHaveValue(record);
});

test('replies sent back in parallel merge into one team link', async ({ browser }) => {
  test.slow();
  const start = teamUrl([ANA]);
  const benPage = await personPage(browser);
  await openPage(benPage, start);
  await addAnswers(benPage, BEN);
  const cyPage = await personPage(browser);
  await openPage(cyPage, start);
  await addAnswers(cyPage, CY);

  // The lead opens Ben's reply and pastes Cy's: Ana is in both and counts once.
  const leadPage = await personPage(browser);
  await openPage(leadPage, await teamLinkField(benPage).inputValue());
  await leadPage
    .getByLabel('Their result link, or another team link')
    .fill(await teamLinkField(cyPage).inputValue());
  await leadPage.getByRole('button', { name: 'Add from link' }).click();
  await expect(teamLinkField(leadPage)).toHaveValue(teamUrl([ANA, BEN, CY]));
  await expect(mainHeading(leadPage)).toHaveText('Django is the team’s pick');
});

test('a result link pasted from anywhere adds that person', async ({ page }) => {
  await openPage(page, teamUrl([ANA]));
  await page
    .getByLabel('Their result link, or another team link')
    .fill('https://elsewhere.example/picker/embed/result?v=1&data=2026-11&kind=webapp&admin=must');
  await page.getByLabel('Their name (optional, for a result link)').fill('Dee');
  await page.getByRole('button', { name: 'Add from link' }).click();
  await expect(
    page.getByRole('table', { name: 'Each member’s own result' }).getByRole('rowheader'),
  ).toHaveText(['Ana', 'Dee']);
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
  await expect(
    page.getByRole('table', { name: 'Each member’s own result' }).getByRole('rowheader'),
  ).toHaveCount(20);
  await expect(page.getByRole('rowheader').first()).toHaveText(
    '<img src=x onerror=alert(1)>gnp.exe',
  );
  await expect(page.locator('main img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

interface TeamRoute {
  name: string;
  path: string;
  prepare?: (page: Page) => Promise<void>;
}

const TEAM_ROUTES: TeamRoute[] = [
  { name: 'new team', path: '/team' },
  { name: 'team of three', path: teamUrl([ANA, BEN, CY]).slice(APP_ORIGIN.length) },
  {
    name: 'team of three, answering',
    path: teamUrl([ANA, BEN, CY]).slice(APP_ORIGIN.length),
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Answer the questions' }).click();
      await expect(page.getByLabel('Your name (optional)')).toBeFocused();
    },
  },
  {
    name: 'team link with ignored parts and a bad paste',
    path: `/team?t=x&data=1999-01&m=${encodeURIComponent('\u202Eeve')}~kind-nope&zzz=1`,
    prepare: async (page) => {
      await page.getByLabel('Their result link, or another team link').fill('nope');
      await page.getByRole('button', { name: 'Add from link' }).click();
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

test('the team page never scrolls sideways on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openPage(page, teamUrl([ANA, BEN, CY]).slice(APP_ORIGIN.length));
  await page.getByRole('button', { name: 'Answer the questions' }).click();
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
});

test('keyboard only: open the form, answer, and add to the team', async ({ page }) => {
  await openPage(page, teamUrl([ANA]));
  await page.getByRole('button', { name: 'Answer the questions' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Your name (optional)')).toBeFocused();
  await page.keyboard.type('Kai');
  // Tab reaches the first question's checked radio ("Skip this question"); the arrow keys move
  // the choice within the group, wrapping round to its first answer.
  const [first] = QUESTIONS;
  const firstOption = first.options[0];
  await page.keyboard.press('Tab');
  await expect(
    page
      .getByRole('group', { name: first.title })
      .getByRole('radio', { name: 'Skip this question' }),
  ).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('group', { name: first.title }).getByRole('radio', { name: firstOption.label }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Add my answers to the team' }).focus();
  await page.keyboard.press('Enter');
  await expect(addedNote(page, 'Kai')).toBeVisible();
  const kai: Answers = { [first.id]: firstOption.value } as Answers;
  await expect(teamLinkField(page)).toHaveValue(teamUrl([ANA, { name: 'Kai', answers: kai }]));
});

test('under a sub-path, the team page and every link it makes stay under the base', async ({
  page,
}) => {
  await page.goto(`${SUB_PATH_APP}/`);
  await page.getByRole('link', { name: 'Decide with your team' }).click();
  await expect(page).toHaveURL(`${SUB_PATH_APP}/team`);
  await addAnswers(page, ANA);
  const query = teamQuery([ANA], '');
  await expect(teamLinkField(page)).toHaveValue(`${SUB_PATH_APP}/team?${query}`);
  await page.getByRole('link', { name: 'Result of Ana' }).click();
  await expect(page).toHaveURL(
    `${SUB_PATH_APP}/result?v=1&data=${CURRENT_MODEL_ID}&kind=api&async=must&orm=sqlalchemy&docs=important`,
  );
  // A cold load of the team link opens the same team.
  await page.goto(`${SUB_PATH_APP}/team?${query}`);
  await expect(mainHeading(page)).toHaveText('FastAPI is the team’s pick');
});
