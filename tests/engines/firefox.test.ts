/**
 * The journeys in Firefox (Debian's firefox-esr over WebDriver BiDi). Run: npm run test:firefox.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, test } from 'vitest';
import type { Driver, EngineTraits } from './driver';
import { firefoxDriver, launchFirefox } from './firefox';
import { JOURNEYS } from './journeys';
import { APP, HOST, startSite, type Site } from './site';

const FIREFOX: EngineTraits = {
  name: 'Firefox',
  clipboardReadable: true,
};

let site: Site | undefined;
let browser: Browser | undefined;
let driver: Driver;

beforeAll(async () => {
  site = await startSite();
  const launched = await launchFirefox();
  browser = launched.browser;
  driver = firefoxDriver(launched.page);
  console.log(`Engine: ${launched.version}`);
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

for (const journey of JOURNEYS) {
  test(journey.name, () => journey.run(driver, FIREFOX, { app: APP, host: HOST }));
}
