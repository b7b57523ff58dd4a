/**
 * The ignored-parts notice on a result opened from a hostile link: short whatever the link
 * holds, and the link's text kept apart from the notice's own words.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LAZY_TIMEOUT, mainHeading, renderApp } from './render-app';

async function openResult(query: string) {
  renderApp(`/result?${query}`);
  await screen.findByRole('heading', { level: 1 }, LAZY_TIMEOUT);
  const heading = screen.getByRole('heading', { name: 'Part of this link was ignored' });
  const notice = heading.closest<HTMLElement>('[role="note"]');
  if (!notice) throw new Error('the ignored-parts notice has no note around it');
  return notice;
}

describe('the ignored-parts notice', () => {
  it('lists five of 2,000 junk pairs and counts the rest, above the recommendation', async () => {
    const junk = Array.from({ length: 2000 }, (_, index) => `junk${index}=x`).join('&');
    const notice = await openResult(`v=1&data=2026-11&kind=api&${junk}`);
    const items = within(notice).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(
      [0, 1, 2, 3, 4].map((index) => `We ignored “junk${index}=x”: not a question we ask.`),
    );
    expect(within(notice).getByText('…and 1,995 more.')).toBeInTheDocument();
    expect(mainHeading()).toHaveTextContent('FastAPI');
    // Everything the notice holds comes before the recommendation's heading.
    expect(notice.compareDocumentPosition(mainHeading())).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(notice.textContent?.length).toBeLessThan(600);
  });

  it('shows every part of a link with only a few, without a count', async () => {
    const notice = await openResult('kind=api&async=banana&colour=blue');
    expect(within(notice).getAllByRole('listitem')).toHaveLength(2);
    expect(within(notice).queryByText(/more\.$/)).toBeNull();
  });

  it('isolates a right-to-left value and spells out an override', async () => {
    const notice = await openResult('kind=%D7%A9%D7%9C%D7%95%D7%9D&async=%E2%80%AEevil');
    const [hebrew, override] = within(notice).getAllByRole('listitem');
    expect(within(hebrew!).getByText('kind=שלום', { selector: 'bdi' })).toBeInTheDocument();
    expect(
      within(override!).getByText('async=[U+202E]evil', { selector: 'bdi' }),
    ).toBeInTheDocument();
    expect(override).toHaveTextContent('We ignored “async=[U+202E]evil”: not a known answer.');
    expect(notice.textContent).not.toMatch(/\u202E/);
  });
});
