/**
 * The cross-engine journeys (tests/engines/journeys.ts) in Chromium, the same steps that
 * `npm run test:firefox` and `npm run test:webkit` take in the other two engines.
 */
import { test } from '@playwright/test';
import { JOURNEYS } from '../engines/journeys';
import { playwrightDriver } from '../engines/playwright';
import { APP_ORIGIN, HOST_ORIGIN } from './support/origins.mjs';

const CHROMIUM = { name: 'Chromium', clipboardReadable: true };

for (const journey of JOURNEYS) {
  test(`in every engine: ${journey.name}`, async ({ page, context, browser }) => {
    test.info().annotations.push({ type: 'engine', description: `Chromium ${browser.version()}` });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
    await journey.run(await playwrightDriver(page), CHROMIUM, {
      app: APP_ORIGIN,
      host: HOST_ORIGIN,
    });
  });
}
