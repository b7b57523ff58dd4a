/**
 * The stack recipe as a reader meets it: someone learning sees the smallest app first, with the
 * official tutorial; everyone sees the Python the recipe needs beside the install line, each
 * package's floor with its source, and commands for development and production.
 */
import { render, screen, within } from '@testing-library/react';
import { RELEASES } from '../../src/domain/content/releases';
import { shortDate } from '../../src/domain/dates';
import { recipeFor } from '../../src/domain/stack-recipe';
import { StackRecipeSection } from '../../src/result/stack-recipe-section';

function recipeRegion(name: string) {
  return screen.getByRole('region', { name: `Start building with ${name}` });
}

describe('stack recipe section', () => {
  it('leads someone learning with the smallest app that runs, then the full stack', () => {
    render(<StackRecipeSection answers={{ kind: 'learn' }} winner="flask" />);
    const region = recipeRegion('Flask');
    const headings = within(region)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual([
      'First step: the smallest Flask app that runs',
      'Next step: the full stack',
    ]);
    const firstApp = within(region).getByRole('textbox', { name: 'First app (app.py)' });
    expect((firstApp as HTMLTextAreaElement).value).toContain('@app.get("/hello/<name>")');
    expect(within(region).getByRole('link', { name: /Flask quickstart/ })).toHaveAttribute(
      'href',
      'https://flask.palletsprojects.com/en/3.1.x/quickstart/',
    );
  });

  it('shows no first step to someone who is not learning', () => {
    render(<StackRecipeSection answers={{ kind: 'webapp' }} winner="django" />);
    expect(
      within(recipeRegion('Django')).queryByRole('heading', { name: /First step/ }),
    ).not.toBeInTheDocument();
  });

  it('states the Python it needs beside the install line, and each floor with its source', () => {
    render(<StackRecipeSection answers={{ kind: 'webapp' }} winner="django" />);
    const region = recipeRegion('Django');
    const install = within(region).getByRole('textbox', { name: 'Install command (Python 3.10+)' });
    expect(install).toHaveValue('pip install "Django>=5.2" "gunicorn>=23.0.0"');
    expect(
      within(region).getByText(/^Needs Python 3\.10 or newer/, { selector: 'p' }),
    ).toBeVisible();
    const djangoRow = within(region).getByRole('row', { name: /^Django/ });
    expect(djangoRow).toHaveTextContent('at least 5.2');
    expect(djangoRow).toHaveTextContent(
      `Newest: ${RELEASES.django.version}, newest release as of ${shortDate(RELEASES.django.checked)}`,
    );
    expect(
      within(region).getByText(/python app\.py createsuperuser/, { selector: 'code' }),
    ).toBeVisible();
    expect(
      within(region).getByText(/gunicorn app:application --workers 2/, { selector: 'code' }),
    ).toBeVisible();
  });

  it('shows each note with a source to open, and the starter exactly as the recipe writes it', () => {
    // A dashboard recommended FastAPI: pages expected, a JSON-only starter.
    render(<StackRecipeSection answers={{ kind: 'dashboard', admin: 'must' }} winner="fastapi" />);
    const region = recipeRegion('FastAPI');
    const note = within(region).getByText(/the starter sticks to JSON endpoints/);
    expect(within(note).getByRole('link', { name: /FastAPI .* templates/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/github\.com\/fastapi\/fastapi\/blob\/\d/),
    );
    const csrf = within(region).getByText(/SQLAdmin has no CSRF protection of its own/);
    expect(within(csrf).getByRole('link', { name: /WTForms .* CSRF/ })).toBeVisible();
    const app = within(region).getByRole('textbox', { name: 'Starter app (main.py)' });
    expect(app).toHaveValue(recipeFor({ kind: 'dashboard', admin: 'must' }, 'fastapi').starterApp);
    expect(
      within(region).getByText(
        'In production (it refuses to start with debug on or without a real SECRET_KEY):',
      ),
    ).toBeVisible();
    expect(
      within(region).getByText(/python main\.py check && uvicorn main:app --workers 2/, {
        selector: 'code',
      }),
    ).toBeVisible();
  });
});
