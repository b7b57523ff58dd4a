/**
 * Routes match paths exactly as static hosts match files and header rules: another spelling of a
 * page's path is no page at all, so it can never show that page's content under other headers.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionById } from '../../src/domain/questions';
import { LAZY_TIMEOUT, mainHeading, renderApp } from './render-app';

const ODD_CASES = [
  '/Compare',
  '/COMPARE',
  '/Review',
  '/Result?v=1&kind=api',
  '/Embed-Code',
  '/embed-Code',
  '/Questions/kind',
  '/questions/Kind',
  '/Embed',
  '/Embed/questions/kind',
  '/embed/Questions/kind',
  '/embed/Result?v=1&kind=api',
  '/EMBED/compare',
];

describe('a path spelled in another case', () => {
  it.each(ODD_CASES)('%s shows the not-found page', async (path) => {
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      'Page not found',
    );
  });
});

describe('the same paths in their own case', () => {
  it.each([
    ['/compare', 'Django, Flask and FastAPI compared'],
    ['/embed-code', 'Embed the picker'],
    ['/review', 'Check your answers'],
    ['/questions/kind', questionById('kind').title],
    ['/embed/questions/kind', questionById('kind').title],
  ])('%s shows its page', async (path, heading) => {
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT)).toHaveTextContent(
      heading,
    );
    expect(mainHeading()).not.toHaveTextContent('Page not found');
  });
});
