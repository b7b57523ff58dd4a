/**
 * On a result page, each reason says where it comes from: marked as the picker's assessment, with
 * a "Sources (n)" disclosure whose entries are links to the pages they name.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DATA_DATE_LABEL } from '../../src/domain/content/data-date';
import { ormAdvice } from '../../src/domain/content/orm-advice';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { LAZY_TIMEOUT, renderApp } from './render-app';

const QUERY = 'v=1&data=2026-11&kind=webapp&admin=must&orm=django&style=conventions';

/** Opens the result and waits for its sections, which arrive in a chunk after the first screen. */
async function openResult() {
  const rendered = renderApp(`/result?${QUERY}`);
  await screen.findByRole('button', { name: 'Open all sections' }, LAZY_TIMEOUT);
  return rendered;
}

describe('sources on the result page', () => {
  it('shows each reason why the winner won with its assessment label and linked sources', async () => {
    const { user } = await openResult();
    // The first screen's reasons.
    const why = screen.getByRole('region', { name: /^Why Django$/ });
    const reasons = within(why)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.matches('ol.key-points'));
    expect(reasons.length).toBeGreaterThan(0);
    const admin = reasons.find((item) => item.textContent?.startsWith('Admin panel'));
    expect(admin).toBeDefined();
    if (!admin) return;
    expect(within(admin).getByText('Our assessment')).toBeVisible();
    const expected =
      MODEL_2026_11.criteria.find((criterion) => criterion.id === 'builtin_admin')?.sources
        .django ?? [];
    await user.click(within(admin).getByText(`Sources (${expected.length})`));
    const links = within(admin).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(expected.map((s) => s.ref));
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
  });

  it('gives the reasons against a runner-up their sources too', async () => {
    const { user } = await openResult();
    await user.click(screen.getByRole('button', { name: 'Why Django and not the others' }));
    const reasons = screen
      .getAllByRole('heading', { name: /^Why not / })
      .flatMap((heading) => within(heading.parentElement ?? heading).queryAllByRole('listitem'))
      .filter((item) => item.parentElement?.matches('ul.reasons'));
    expect(reasons.length).toBeGreaterThan(0);
    for (const item of reasons) {
      expect(within(item).getByText('Our assessment')).toBeInTheDocument();
      // The justification's sources, then those of any erratum shown beside it.
      expect(within(item).getAllByText(/^Sources \(\d+\)$/).length).toBeGreaterThan(0);
    }
  });

  it('links the database advice to its sources in one disclosure', async () => {
    const { user } = await openResult();
    // The section starts folded: its title opens it.
    await user.click(screen.getByRole('button', { name: 'Your database layer' }));
    const section = screen.getByRole('region', { name: 'Your database layer' });
    const advice = ormAdvice('django', 'django');
    // The advice's own disclosure comes first; the comparison table's rows follow in theirs.
    const [disclosure] = within(section).getAllByText(`Sources (${advice.sources.length})`);
    if (!disclosure) throw new Error('no Sources disclosure in the database section');
    await user.click(disclosure);
    const list = within(section).getAllByRole('list', { name: 'Sources' })[0];
    expect(list).toBeDefined();
    if (!list) return;
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(advice.sources.map((source) => source.ref));
  });

  it('dates the side-by-side facts by their oldest check, and says so in the footer', async () => {
    await openResult();
    expect(
      await screen.findByText(/the oldest check is from/, undefined, LAZY_TIMEOUT),
    ).toHaveTextContent(`the oldest check is from ${DATA_DATE_LABEL}.`);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'each version number shows the date it was last checked',
    );
  });
});
