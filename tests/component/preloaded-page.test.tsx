/**
 * A page loaded on demand shows in the app's first render once it has been loaded ahead
 * (src/main.tsx does so for a cold link), instead of a loading notice first: React holds back a
 * page revealed after its fallback for up to 300 ms, which a cold result link would pay.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preloadPageAt } from '../../src/app/routes';
import { LAZY_TIMEOUT, mainHeading, renderApp } from './render-app';

const loading = () => screen.queryByText('Loading…');

describe('a page loaded on demand', () => {
  // Each test opens a page no earlier test has loaded: a module, once loaded, stays loaded.
  it('shows a loading notice first when it was not loaded ahead', async () => {
    renderApp('/team');
    expect(loading()).not.toBeNull();
    await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT);
    expect(loading()).toBeNull();
  });

  it('renders at once, with its heading, when it was loaded ahead', async () => {
    await preloadPageAt('/result');
    renderApp('/result?v=1&data=2027-01&kind=api&async=must');
    expect(loading()).toBeNull();
    expect(mainHeading()).toHaveTextContent('FastAPI is the best fit');
  });

  it('is found under the embed prefix and with a trailing slash', async () => {
    await preloadPageAt('/embed/compare/');
    renderApp('/compare');
    expect(loading()).toBeNull();
    expect(mainHeading()).toHaveTextContent('Django, Flask and FastAPI compared');
  });

  it('leaves other paths alone, and resolves for them too', async () => {
    await expect(preloadPageAt('/questions/kind')).resolves.toBeUndefined();
    await expect(preloadPageAt('/Result')).resolves.toBeUndefined();
    renderApp('/embed-code');
    expect(loading()).not.toBeNull();
  });
});
