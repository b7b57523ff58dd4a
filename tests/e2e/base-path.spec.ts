import { expect, test } from '@playwright/test';
import { BASE_PATH_ORIGIN } from './support/origins.mjs';
import { CURRENT_MODEL_ID, MODEL_CATALOG } from '../../src/domain/model-catalog';
import { answerOption, questionById } from '../../src/domain/questions';
import { wizardPath } from '../../src/domain/wizard-path';

/** The build made with BASE_PATH=/picker/, served under that path (docs/contracts.md). */
const BASE = `${BASE_PATH_ORIGIN}/picker`;

test.describe('a build served under /picker/', () => {
  test('runs the whole journey with every link under the base', async ({ page }) => {
    await page.goto(`${BASE}/`);
    await page.getByRole('link', { name: 'Start now' }).click();
    await expect(page).toHaveURL(`${BASE}/questions/kind`);
    await page
      .getByRole('radio', { name: answerOption('kind', 'learn')?.label, exact: true })
      .check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(`${BASE}/questions/async`);
    // A learner's shorter path: the questions after the first.
    const rest = wizardPath({ kind: 'learn' }, MODEL_CATALOG.current).length - 1;
    for (let step = 0; step < rest; step += 1) {
      await page.getByRole('button', { name: 'Skip this question' }).click();
    }
    await expect(page).toHaveURL(`${BASE}/review`);
    await page.getByRole('link', { name: 'See my recommendation' }).click();
    await expect(page).toHaveURL(
      new RegExp(`/picker/result\\?v=1&data=${CURRENT_MODEL_ID}&kind=learn$`),
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Flask/);
    await expect(page.getByRole('textbox', { name: 'Link to this result' })).toHaveValue(
      `${BASE}/result?v=1&data=${CURRENT_MODEL_ID}&kind=learn`,
    );
  });

  test('opens deep links and share links cold', async ({ page }) => {
    await page.goto(`${BASE}/questions/docs`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questionById('docs').title);
    await page.goto(
      `${BASE}/result?v=1&data=2026-11&kind=webapp&admin=must&orm=django&style=conventions`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Django/);
    await page.goto(`${BASE}/compare`);
    await expect(page.getByRole('article', { name: 'FastAPI' })).toBeVisible();
    await page.goto(`${BASE}/nothing-here`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('serves the embed and its host script under the base', async ({ page, request }) => {
    const script = await request.get(`${BASE}/embed.js`);
    expect(script.ok()).toBe(true);
    expect(await script.text()).toContain('python-framework-picker');
    await page.goto(`${BASE}/embed`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/What do you want to build/);
    await expect(page.getByRole('link', { name: /Open full page/ })).toHaveAttribute(
      'href',
      `${BASE}/questions/kind`,
    );
  });
});
