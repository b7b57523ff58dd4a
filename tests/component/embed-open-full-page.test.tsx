/**
 * "Open full page" in the embed: the same page on the full site, in a new tab, carrying the
 * answers only where the full page is computed from them.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LAZY_TIMEOUT, renderApp } from './render-app';

const openFullPage = () => screen.getByRole('link', { name: /Open full page/ });

describe('Open full page', () => {
  it('opens a question without the frame’s presets, which the full site would take as answered', () => {
    renderApp('/embed/questions/kind?kind=api&theme=dark');
    expect(openFullPage()).toHaveAttribute('href', `${window.location.origin}/questions/kind`);
    expect(openFullPage()).toHaveAttribute('target', '_blank');
  });

  it('opens a result with its answers and without the embed-only options', async () => {
    renderApp(
      '/embed/result?v=1&data=2026-11&kind=learn&theme=dark&parentOrigin=https%3A%2F%2Fa.example',
    );
    await screen.findByRole('heading', { level: 1, name: /Flask/ }, LAZY_TIMEOUT);
    expect(openFullPage()).toHaveAttribute(
      'href',
      `${window.location.origin}/result?v=1&data=2026-11&kind=learn`,
    );
  });
});
