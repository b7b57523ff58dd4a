import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, Link } from 'react-router';
import { ErrorBoundary } from '../../src/ui/error-boundary';
import { PageErrorBoundary } from '../../src/ui/page-error-boundary';

function Broken(): never {
  throw new Error('Boom');
}

describe('failure is never blank', () => {
  beforeEach(() => {
    // React reports caught render errors on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('keeps the rest of a page when one part fails to render', () => {
    render(
      <main>
        <h1>Django is the best fit</h1>
        <ErrorBoundary fallback={<p>The chart could not be shown.</p>}>
          <Broken />
        </ErrorBoundary>
      </main>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Django is the best fit');
    expect(screen.getByText('The chart could not be shown.')).toBeVisible();
  });

  it('shows what happened and ways on when a whole page fails, and recovers on the next page', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/broken']}>
        <nav>
          <Link to="/fine">Elsewhere</Link>
        </nav>
        <PageErrorBoundary>
          <Routes>
            <Route path="/broken" element={<Broken />} />
            <Route path="/fine" element={<h1>A working page</h1>} />
          </Routes>
        </PageErrorBoundary>
      </MemoryRouter>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(
      screen.getByRole('link', { name: 'Start over from the first question' }),
    ).toHaveAttribute('href', '/questions/kind');
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A working page');
  });
});
