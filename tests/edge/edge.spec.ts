/**
 * The edge build in wrangler dev, as a visitor meets it: a cold result link carries its
 * recommendation in the HTML (JavaScript off), the app takes over that HTML without a mismatch
 * or a console error and everything on the page works, the embed result works in a frame on
 * another origin, hostile links get the static build's notice, and the link preview names the
 * winner with nothing of the query reaching the HTML unescaped.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerOption } from '../../src/domain/questions';
import { detailsOf } from '../e2e/support/embed-host';
import {
  appStarted,
  mainHeading,
  paintAndScriptTimes,
  rankingItems,
  rankingTexts,
} from '../e2e/support/journey';
import { EDGE_HOST_ORIGIN, EDGE_ORIGIN, STATIC_ORIGIN } from './support/edge-origins.mjs';

const FASTAPI_QUERY = 'v=1&data=2026-11&kind=api&async=must&perf=important&docs=must';
const FASTAPI_LINK = `/result?${FASTAPI_QUERY}`;

/** Every console error, uncaught error and dialog a page raises. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a cold result link shows its recommendation, ranking and title', async ({ page }) => {
    await page.goto(FASTAPI_LINK);
    await expect(mainHeading(page)).toHaveText('FastAPI is the best fit');
    await expect(
      page.getByText('FastAPI scores 100 of 100 on what you told us matters.'),
    ).toBeVisible();
    await expect(rankingItems(page)).toHaveText(
      rankingTexts(['fastapi', 100], ['django', 58], ['flask', 42]),
    );
    await expect(page).toHaveTitle('FastAPI is the best fit – Python Framework Picker');
  });

  test('the first screen comes alone, and says what below it needs JavaScript', async ({
    page,
  }) => {
    await page.goto(FASTAPI_LINK);
    // The first screen's reasons and risks, each with its sources, come in the HTML.
    const why = page.getByRole('region', { name: 'Why FastAPI' });
    await expect(why.getByRole('listitem').first()).toBeVisible();
    await expect(why.getByText(/^Sources \(\d+\)$/).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'What to watch' })).toBeVisible();
    await expect(
      page.getByText(
        'The full explanation, the side-by-side comparison and the starter app need JavaScript.',
      ),
    ).toBeVisible();
    await expect(page.getByText('Loading the details…')).toBeHidden();
    await expect(page.getByRole('article')).toHaveCount(0);
  });

  test('an embedded result shows its recommendation in the theme the link asks for', async ({
    page,
  }) => {
    await page.goto('/embed/result?v=1&data=2026-11&kind=learn&style=freedom&team=new&theme=dark');
    await expect(mainHeading(page)).toHaveText(/^Flask /);
    await expect(page.locator(':root')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('link', { name: /Open full page/ })).toHaveAttribute(
      'href',
      `${EDGE_ORIGIN}/result?v=1&data=2026-11&kind=learn&style=freedom&team=new`,
    );
  });
});

test.describe('with JavaScript on', () => {
  test('the app takes over the HTML the edge sent, with no console error', async ({ page }) => {
    const problems = watchForProblems(page);
    // Keeps the first heading the HTML parser creates: after a mismatch React would replace it.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const heading = document.querySelector('h1');
        if (!heading) return;
        (window as unknown as { serverHeading: Element }).serverHeading = heading;
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(FASTAPI_LINK);
    await appStarted(page);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
    await expect(mainHeading(page)).toHaveText('FastAPI is the best fit');
    const kept = await page.evaluate(() => {
      const { serverHeading } = window as unknown as { serverHeading?: Element };
      return serverHeading !== undefined && serverHeading === document.querySelector('h1');
    });
    expect(kept).toBe(true);
    await page.waitForLoadState('load');
    expect(problems).toEqual([]);
  });

  test('the page paints before it asks for JavaScript, then the sections below arrive', async ({
    page,
  }) => {
    await page.goto(FASTAPI_LINK);
    const { firstContentfulPaint, scriptStarts } = await paintAndScriptTimes(page, /\.js$/);
    expect(Math.min(...scriptStarts)).toBeGreaterThan(firstContentfulPaint);
    await expect(page.getByRole('article')).toHaveCount(3);
    await expect(page.getByText('Loading the details…')).toHaveCount(0);
  });

  test('Copy link copies the link the page was opened with', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: EDGE_ORIGIN });
    await page.goto(FASTAPI_LINK);
    await appStarted(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
      'Copied to the clipboard.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${EDGE_ORIGIN}${FASTAPI_LINK}`,
    );
  });

  test('Change answers opens the review with the link’s answers', async ({ page }) => {
    await page.goto(FASTAPI_LINK);
    await appStarted(page);
    await page.getByRole('button', { name: 'Change answers' }).click();
    await expect(mainHeading(page)).toHaveText('Check your answers');
    // The first answer the review lists is the link's project kind.
    await expect(page.getByRole('definition').first()).toHaveText(
      answerOption('kind', 'api')?.label ?? 'no such answer',
    );
  });

  test('a what-if link opens the result it names', async ({ page }) => {
    const problems = watchForProblems(page);
    await page.goto(FASTAPI_LINK);
    await appStarted(page);
    await page.getByRole('button', { name: 'What would change the answer' }).click();
    // Changes to priorities are listed before changes to the project's facts: take the first.
    await page.getByRole('link', { name: 'See the result with Django first' }).first().click();
    await expect(mainHeading(page)).toHaveText(/^Django /);
    await expect(page).toHaveURL(/\/result\?v=1&data=2026-11&/);
    await expect(rankingItems(page).first()).toHaveText(/^Django/);
    // Opened cold, the same link renders the same result on the edge.
    const url = page.url();
    await page.goto(url);
    await expect(mainHeading(page)).toHaveText(/^Django /);
    expect(problems).toEqual([]);
  });
});

test.describe('in a frame on another origin', () => {
  for (const fixture of ['normal.html', 'sandboxed.html']) {
    test(`the embedded result works and reports itself (${fixture})`, async ({ page }) => {
      await page.goto(`${EDGE_HOST_ORIGIN}/${fixture}`);
      await page
        .locator('#picker')
        .evaluate(
          (element, src) => element.setAttribute('src', src),
          `${EDGE_ORIGIN}/embed/result?v=1&data=2026-11&kind=learn&style=freedom&team=new&theme=light`,
        );
      const frame = page.frameLocator('#picker');
      await expect(mainHeading(page)).toHaveText('A post about Python web frameworks');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^Flask /);
      await expect
        .poll(async () => (await detailsOf(page, 'result')).map((message) => message.url))
        .toEqual([`${EDGE_ORIGIN}/result?v=1&data=2026-11&kind=learn&style=freedom&team=new`]);
      // The app runs in the frame: Change answers moves the frame to its review.
      await frame.getByRole('button', { name: 'Change answers' }).click();
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
      expect(page.url()).toBe(`${EDGE_HOST_ORIGIN}/${fixture}`);
    });
  }
});

const HOSTILE_QUERIES = [
  'kind=<script>alert(1)</script>&docs=must',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&orm=django',
  'kind=%E0%A4%A&perf=must&v=1&v=2',
  `kind=api&team=${'x'.repeat(10 * 1024)}`,
];

/** The notice naming what a link ignored, and what it says. */
async function ignoredNotice(page: Page): Promise<string[]> {
  const notice = page.getByRole('note').filter({
    has: page.getByRole('heading', { name: 'Part of this link was ignored' }),
  });
  await expect(notice).toBeVisible();
  return notice.getByRole('listitem').allTextContents();
}

test.describe('hostile links', () => {
  for (const query of HOSTILE_QUERIES) {
    test(`get the static build’s notice and run nothing: ${query.slice(0, 40)}`, async ({
      page,
      browser,
    }) => {
      await page.goto(`${STATIC_ORIGIN}/result?${query}`);
      const expectedItems = await ignoredNotice(page);
      const expectedHeading = await mainHeading(page).textContent();

      const problems = watchForProblems(page);
      await page.goto(`/result?${query}`);
      await appStarted(page);
      expect(await ignoredNotice(page)).toEqual(expectedItems);
      await expect(mainHeading(page)).toHaveText(expectedHeading ?? '');
      await expect(page.getByRole('main').locator('script, img, iframe, object')).toHaveCount(0);
      expect(problems).toEqual([]);

      // The notice is in the HTML itself, as text.
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      try {
        const plain = await noScript.newPage();
        await plain.goto(`${EDGE_ORIGIN}/result?${query}`);
        expect(await ignoredNotice(plain)).toEqual(expectedItems);
        await expect(plain.getByRole('main').locator('script, img, iframe, object')).toHaveCount(0);
      } finally {
        await noScript.close();
      }
    });
  }
});

test.describe('link previews', () => {
  /** The preview tags of a page, as a chat tool reads them from the HTML. */
  async function previewOf(page: Page, path: string) {
    await page.goto(path);
    const content = (selector: string) =>
      page.locator(`meta[${selector}]`).getAttribute('content', { timeout: 1_000 });
    return {
      title: await content('property="og:title"'),
      image: await content('property="og:image"'),
      twitterTitle: await content('name="twitter:title"'),
      url: await content('property="og:url"'),
    };
  }

  test.use({ javaScriptEnabled: false });

  test('name the winner and the scores, with that winner’s card', async ({ page, request }) => {
    const preview = await previewOf(page, FASTAPI_LINK);
    expect(preview.title).toBe('FastAPI is the best fit: FastAPI 100, Django 58, Flask 42');
    expect(preview.twitterTitle).toBe(preview.title);
    expect(preview.url).toBe(`${EDGE_ORIGIN}${FASTAPI_LINK}`);
    expect(preview.image).toBe(`${EDGE_ORIGIN}/social-card-fastapi.png`);
    const image = await request.get(preview.image ?? '');
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');

    const django = await previewOf(
      page,
      '/result?v=1&data=2026-11&kind=webapp&admin=must&orm=django',
    );
    expect(django.title).toMatch(/^Django is the best fit: Django \d+, \w+ \d+, \w+ \d+$/);
    expect(django.image).toBe(`${EDGE_ORIGIN}/social-card-django.png`);
  });

  test('carry nothing of the query unescaped', async ({ page, request }) => {
    const payload = `"><script>alert(1)</script><meta property="og:title" content="pwned`;
    const query = `kind=api&docs=must&${encodeURIComponent(payload)}=${encodeURIComponent(payload)}`;
    const response = await request.get(`/result?${query}`);
    const html = await response.text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('content="pwned');
    // Only the template's own scripts: the pinned route guard and the app's module.
    const clean = await (await request.get('/result?kind=api&docs=must')).text();
    const scripts = (text: string) => text.match(/<script\b/g)?.length;
    expect(scripts(html)).toBe(scripts(clean));

    const preview = await previewOf(page, `/result?${query}`);
    expect(preview.title).toMatch(/^FastAPI is the best fit: FastAPI \d+, /);
    expect(preview.url).toBe(`${EDGE_ORIGIN}/result?v=1&data=2026-11&kind=api&docs=must`);
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
  });

  test('a link from a newer version gets no verdict in its preview', async ({ page }) => {
    await page.goto('/result?v=99&kind=api');
    await expect(mainHeading(page)).toHaveText('This link was made by a newer version');
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(0);
  });
});

test.describe('headers', () => {
  test('are those of the static build: only the embed may be framed', async ({ request }) => {
    const result = await request.get(FASTAPI_LINK);
    expect(result.headers()['x-frame-options']).toBe('DENY');
    expect(result.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    const embed = await request.get(`/embed/result?${FASTAPI_QUERY}`);
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
    // Every other path is the static build's.
    const compare = await request.get('/compare');
    expect(compare.headers()['x-frame-options']).toBe('DENY');
    expect(await compare.text()).toContain('data-prerendered-path="/compare"');
  });
});
