/**
 * The journeys in WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, on a private Xvfb
 * display). Run: npm run test:webkit.
 */
import { afterAll, beforeAll, test } from 'vitest';
import type { Driver, EngineTraits } from './driver';
import { JOURNEYS } from './journeys';
import { APP, HOST, PORTS, startSite, type Site } from './site';
import { launchWebKit, webkitDriver, type WebKitSession } from './webkit';

const WEBKIT: EngineTraits = {
  name: 'WebKit',
  clipboardReadable: false,
};

let site: Site | undefined;
let session: WebKitSession | undefined;
let driver: Driver;

beforeAll(async () => {
  site = await startSite();
  session = await launchWebKit(PORTS.display, PORTS.webdriver);
  driver = webkitDriver(session.driver);
  console.log(`Engine: ${session.version}`);
});

afterAll(async () => {
  await session?.close();
  await site?.stop();
});

for (const journey of JOURNEYS) {
  test(journey.name, () => journey.run(driver, WEBKIT, { app: APP, host: HOST }));
}
