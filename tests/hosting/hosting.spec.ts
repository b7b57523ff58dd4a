/**
 * The built site on real servers, configured only by the files the project ships: Debian's nginx
 * with deploy/nginx/root.conf and sub-path.conf, and Cloudflare's runtime (`wrangler pages dev`)
 * with the build's _headers, _redirects and 404.html. For each: every route's status and headers,
 * assets cached only when found, the not-found page for unknown paths, and framing refused to
 * every page under any spelling of its path while the embed is framed and works.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { QUESTIONS } from '../../src/domain/questions';
import { HOST_PAGES_ORIGIN, REPO, TARGETS, type Target } from './support/servers.mjs';

const RESULT_QUERY = 'v=1&data=2026-11&kind=api&async=must&perf=important&docs=must';
const NOT_FOUND = 'Page not found';

interface SitePage {
  /** The route without the base, e.g. `compare` or `result?v=1…`. */
  readonly route: string;
  /** What its main heading says. */
  readonly heading: RegExp | string;
}

/** Every page of the full site (docs/contracts.md section 1). */
const SITE_PAGES: readonly SitePage[] = [
  { route: '', heading: 'Django, Flask or FastAPI?' },
  ...QUESTIONS.map((question) => ({ route: `questions/${question.id}`, heading: question.title })),
  { route: 'review', heading: /answers/ },
  { route: `result?${RESULT_QUERY}`, heading: /FastAPI/ },
  { route: 'team', heading: 'Decide with your team' },
  { route: 'compare', heading: /compared/ },
  { route: 'embed-code', heading: /Embed/ },
  { route: 'performance', heading: 'Performance, measured' },
];

/** The pages tried in frames (the HTTP checks cover every question): one question stands for all. */
const PAGES_TRIED_IN_FRAMES = SITE_PAGES.filter(
  ({ route }) => !route.startsWith('questions/') || route === `questions/${QUESTIONS[0].id}`,
);

/** Every page of the embed, framed by any page. */
const EMBED_PAGES: readonly SitePage[] = [
  { route: 'embed', heading: QUESTIONS[0].title },
  { route: 'embed/', heading: QUESTIONS[0].title },
  { route: 'embed/questions/async', heading: QUESTIONS[1].title },
  { route: 'embed/review', heading: /answers/ },
  { route: `embed/result?${RESULT_QUERY}&theme=dark`, heading: /FastAPI/ },
  { route: 'embed/compare', heading: /compared/ },
];

/**
 * Other ways to write a page's address that a browser sends as they are: another case, a
 * percent-encoded letter, a trailing slash, the `.html` file's name.
 */
function oddSpellings(route: string): string[] {
  const [path = '', query] = route.split('?');
  const withQuery = (spelling: string) => (query === undefined ? spelling : `${spelling}?${query}`);
  if (path === '') return ['index.html', 'Index.html', '%69ndex.html'].map(withQuery);
  const capitalised = path.replace(
    /(^|\/)([a-z])/,
    (_m, slash, letter) => slash + letter.toUpperCase(),
  );
  const lastCapitalised = path.replace(
    /([a-z])([^/]*)$/,
    (_m, letter, rest) => letter.toUpperCase() + rest,
  );
  const encoded = `%${path.charCodeAt(0).toString(16)}${path.slice(1)}`;
  return [capitalised, lastCapitalised, path.toUpperCase(), encoded, `${path}/`, `${path}.html`]
    .filter((spelling, index, all) => spelling !== path && all.indexOf(spelling) === index)
    .map(withQuery);
}

/** One built asset's name, read from the build folder the target serves. */
function anAsset(target: Target, extension: string): string {
  const name = readdirSync(join(REPO, target.build, 'assets')).find((file) =>
    file.endsWith(extension),
  );
  if (!name) throw new Error(`no ${extension} in ${target.build}/assets`);
  return name;
}

function expectFramingRefused(response: APIResponse, url: string): void {
  const headers = response.headers();
  expect(headers['x-frame-options'], url).toBe('DENY');
  expect(headers['content-security-policy'], url).toBe("frame-ancestors 'none'");
}

function expectFramingAllowed(response: APIResponse, url: string): void {
  const headers = response.headers();
  expect(headers['content-security-policy'], url).toBe('frame-ancestors *');
  expect(headers['x-frame-options'], url).toBeUndefined();
}

/** No long life in a cache: no-store or no-cache, or a max-age of a minute at most. */
function expectNotCachedForLong(response: APIResponse, url: string): void {
  const cacheControl = response.headers()['cache-control'] ?? '';
  expect(cacheControl, url).not.toContain('immutable');
  const maxAge = /max-age=(\d+)/.exec(cacheControl)?.[1];
  expect(/no-store|no-cache/.test(cacheControl) || Number(maxAge ?? 0) <= 60, url).toBe(true);
}

/**
 * Opens a page of another origin that frames each URL, and waits until every frame has either
 * loaded or been refused. Chromium replaces a refused frame's document with its error page.
 */
async function frameAll(
  page: Page,
  urls: readonly string[],
  sandbox?: string,
): Promise<{ refused: (index: number) => Promise<boolean> }> {
  await page.goto(`${HOST_PAGES_ORIGIN}/blank.html`);
  await page.evaluate(
    ({ urls, sandbox }) => {
      urls.forEach((url, index) => {
        const frame = document.createElement('iframe');
        frame.id = `frame-${index}`;
        frame.title = url;
        if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
        frame.src = url;
        document.body.append(frame);
      });
    },
    { urls, sandbox },
  );
  return {
    refused: async (index) => {
      const element = await page.locator(`#frame-${index}`).elementHandle();
      const content = await element?.contentFrame();
      return content?.url().startsWith('chrome-error://') ?? false;
    },
  };
}

for (const target of TARGETS) {
  const url = (route: string) => `${target.origin}${target.base}${route}`;

  test.describe(target.name, () => {
    test('every page answers 200 and refuses to be framed; the embed may be framed', async ({
      request,
    }) => {
      for (const { route } of SITE_PAGES) {
        const response = await request.get(url(route), { maxRedirects: 0 });
        expect(response.status(), url(route)).toBe(200);
        expect(response.headers()['content-type'], url(route)).toMatch(/^text\/html/);
        expectFramingRefused(response, url(route));
      }
      for (const { route } of EMBED_PAGES.filter((page) => !page.route.endsWith('/'))) {
        const response = await request.get(url(route), { maxRedirects: 0 });
        expect(response.status(), url(route)).toBe(200);
        expect(response.headers()['content-type'], url(route)).toMatch(/^text\/html/);
        expectFramingAllowed(response, url(route));
      }
      const script = await request.get(url('embed.js'), { maxRedirects: 0 });
      expect(script.status()).toBe(200);
      expect(script.headers()['content-type']).toMatch(/javascript/);
      expect(await script.text()).toContain('python-framework-picker');
    });

    test('every other spelling of a page’s address is refused a frame too', async ({ request }) => {
      for (const { route } of SITE_PAGES) {
        for (const spelling of oddSpellings(route)) {
          // Followed through any redirect, to the response a frame would finally get.
          const response = await request.get(url(spelling));
          expectFramingRefused(response, url(spelling));
        }
      }
    });

    if (target.base !== '/') {
      test('the base without its slash redirects to the home page', async ({ request }) => {
        const bare = `${target.origin}${target.base.replace(/\/$/, '')}`;
        const response = await request.get(`${bare}?x=1`, { maxRedirects: 0 });
        expect(response.status()).toBe(target.redirectStatus);
        expect(new URL(response.headers()['location'] ?? '', bare).href).toBe(url('?x=1'));
      });
    }

    test('.html names and trailing slashes redirect to the clean address', async ({ request }) => {
      for (const [from, to] of [
        ['compare.html', 'compare'],
        ['compare/', 'compare'],
        ['questions/kind.html?x=1', 'questions/kind?x=1'],
        ['index.html', ''],
      ] as const) {
        const response = await request.get(url(from), { maxRedirects: 0 });
        expect(response.status(), url(from)).toBe(target.redirectStatus);
        expect(new URL(response.headers()['location'] ?? '', url(from)).href).toBe(url(to));
      }
    });

    test('built assets live a year and are readable cross-origin; a missing one is a short-lived 404', async ({
      request,
    }) => {
      for (const asset of [anAsset(target, '.js'), anAsset(target, '.css')]) {
        const response = await request.get(url(`assets/${asset}`), { maxRedirects: 0 });
        expect(response.status(), asset).toBe(200);
        expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(response.headers()['access-control-allow-origin']).toBe('*');
      }
      for (const missing of ['assets/index-AbCd1234.js', 'assets/nope.css', 'favicon.ico']) {
        const response = await request.get(url(missing), { maxRedirects: 0 });
        expect(response.status(), missing).toBe(404);
        expectNotCachedForLong(response, missing);
      }
    });

    test('host files and build metadata are not served', async ({ request }) => {
      for (const file of ['_headers', '_redirects', '.vite/manifest.json']) {
        const response = await request.get(url(file), { maxRedirects: 0 });
        expect(response.status(), file).not.toBe(200);
        const body = await response.text();
        expect(body, file).not.toContain('frame-ancestors');
        expect(body, file).not.toContain('/200 200');
        expect(body, file).not.toContain('"isEntry"');
      }
    });

    test('/questions and other unknown paths give the app’s not-found page with status 404', async ({
      page,
    }) => {
      for (const route of [
        'questions',
        'questions/framework',
        'Compare',
        'nope/deeper',
        'review/x',
      ]) {
        const response = await page.goto(url(route));
        expect(response?.status(), route).toBe(404);
        expect(response?.headers()['x-frame-options'], route).toBe('DENY');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND);
        // The app's own layout, with a way back.
        await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
        await expect(page.getByRole('link', { name: 'Start the questions' })).toBeVisible();
      }
    });

    test('every page opens cold at its address and shows its own content', async ({ page }) => {
      for (const { route, heading } of [...SITE_PAGES, ...EMBED_PAGES]) {
        const response = await page.goto(url(route));
        expect(response?.status(), route).toBe(200);
        await expect(page.getByRole('heading', { level: 1 }), route).toHaveText(heading);
      }
    });

    test('another site frames the embed, sandboxed or not, and it works', async ({ page }) => {
      const embedUrls = EMBED_PAGES.map(({ route }) => url(route));
      await frameAll(page, embedUrls);
      for (const [index, { heading }] of EMBED_PAGES.entries()) {
        const frame = page.frameLocator(`#frame-${index}`);
        await expect(frame.getByRole('heading', { level: 1 }), embedUrls[index]).toHaveText(
          heading,
        );
      }
      // The controls answer.
      const first = page.frameLocator('#frame-0');
      await first.getByRole('button', { name: 'Skip this question' }).click();
      await expect(first.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS[1].title);

      // A sandboxed frame has an opaque origin: it loads the assets cross-origin.
      await frameAll(page, embedUrls, 'allow-scripts');
      for (const [index, { heading }] of EMBED_PAGES.entries()) {
        const frame = page.frameLocator(`#frame-${index}`);
        await expect(frame.getByRole('heading', { level: 1 }), embedUrls[index]).toHaveText(
          heading,
        );
      }
    });

    test('another site cannot frame any other page, under any spelling', async ({ page }) => {
      const refusedUrls = PAGES_TRIED_IN_FRAMES.flatMap(({ route }) => [
        route,
        ...oddSpellings(route),
      ]).map(url);
      const frames = await frameAll(page, refusedUrls);
      for (const [index, refusedUrl] of refusedUrls.entries()) {
        // Dozens of frames load at once: allow for a busy machine.
        await expect
          .poll(() => frames.refused(index), { message: refusedUrl, timeout: 15_000 })
          .toBe(true);
      }
    });
  });
}
