/**
 * /performance with the real routes: a reader's results.json read in the browser and shown beside
 * the reference run, and a file that is not one refused with a message.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { measuredSentence } from '../../src/domain/content/bench-measured';
import { BENCH_TESTS } from '../../src/domain/content/bench-tests';
import { aResultsFile, aRunSet } from '../unit/bench-fixtures';
import { LAZY_TIMEOUT, mainHeading, renderApp } from './render-app';

function file(name: string, text: string) {
  return new File([text], name, { type: 'application/json' });
}

const YOURS = aResultsFile(
  aRunSet((framework) => ({ django: 900, fastapi: 3000, flask: 1500 })[framework]),
);

async function openPerformance() {
  const app = renderApp('/performance');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Performance, measured' }, LAZY_TIMEOUT),
  ).toBe(mainHeading());
  return app;
}

describe('/performance', () => {
  it('shows a chosen results file beside the reference run, and the reference alone again', async () => {
    const { user } = await openPerformance();
    expect(screen.queryByRole('heading', { name: 'Your run' })).toBeNull();

    await user.upload(
      screen.getByLabelText('Your results.json'),
      file('mine.json', JSON.stringify(YOURS)),
    );

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Showing mine.json beside the reference run.',
    );
    expect(screen.getByRole('heading', { name: 'Your run' })).toBeInTheDocument();
    const figure = screen.getByRole('figure', {
      name: `${BENCH_TESTS.validate.label} at 16 concurrent connections`,
    });
    const yourRows = within(figure)
      .getAllByRole('row')
      .filter((row) => row.textContent?.startsWith('Your run'));
    expect(yourRows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      '900',
      '3,000',
      '1,500',
    ]);

    await user.click(screen.getByRole('button', { name: 'Show the reference alone' }));
    expect(screen.queryByRole('heading', { name: 'Your run' })).toBeNull();
  });

  it('refuses a file that is not a results file with a message, and keeps the reference', async () => {
    const { user } = await openPerformance();
    await user.upload(
      screen.getByLabelText('Your results.json'),
      file('data.json', '{"runs": []}'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'data.json was not loaded. This is not a results file from npm run bench:frameworks',
    );
    expect(screen.queryByRole('heading', { name: 'Your run' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'At a glance' })).toBeInTheDocument();
  });

  it('names what it left out of a newer kit’s file', async () => {
    const { user } = await openPerformance();
    const newer = { ...YOURS, runs: [...YOURS.runs, { ...YOURS.runs[0], framework: 'litestar' }] };
    await user.upload(
      screen.getByLabelText('Your results.json'),
      file('newer.json', JSON.stringify(newer)),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      '(left out: 1 run of an unknown framework or test)',
    );
  });
});

describe('a result that weighs performance', () => {
  it('says what was measured beside the raw throughput reason, and links to the measurements', async () => {
    const { user } = renderApp('/result?v=1&data=2026-11&kind=api&perf=must&docs=must');
    // The reason sits on the first screen, among the top reasons.
    const why = await screen.findByRole('region', { name: 'Why FastAPI' }, LAZY_TIMEOUT);
    const throughput = within(why)
      .getAllByRole('listitem')
      .filter((item) => item.textContent?.startsWith('Raw throughput FastAPI'));
    expect(throughput.length).toBeGreaterThan(0);
    for (const item of throughput) expect(item).toHaveTextContent(measuredSentence('fastapi'));
    const [first] = throughput;
    if (!first) return;
    // On the first screen the measurements fold behind one line, as the sources do.
    await user.click(within(first).getByText('Measured', { selector: 'summary' }));
    await user.click(within(first).getByRole('link', { name: 'How it was measured' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Performance, measured' }, LAZY_TIMEOUT),
    ).toBeInTheDocument();
  });
});
