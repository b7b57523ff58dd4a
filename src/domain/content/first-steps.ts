/**
 * Where someone learning starts with each framework: the official tutorial, and Python's own
 * page on virtual environments. The result's first steps and the starter app's beginner step
 * both cite these (domain/stack-recipe.ts).
 */
import type { FrameworkId } from '../frameworks';
import type { Source } from './sourced';

/** Each framework's official tutorial for a first app. */
export const TUTORIALS = {
  django: {
    label: 'Django tutorial, part 1',
    ref: 'https://docs.djangoproject.com/en/5.2/intro/tutorial01/',
    asOf: '2026-12-01',
  },
  flask: {
    label: 'Flask quickstart',
    ref: 'https://flask.palletsprojects.com/en/3.1.x/quickstart/',
    asOf: '2026-12-01',
  },
  // The newest tagged docs: fastapi.tiangolo.com shows only the latest, unversioned.
  fastapi: {
    label: 'FastAPI tutorial: first steps (0.141.1 docs)',
    ref: 'https://github.com/fastapi/fastapi/blob/0.141.1/docs/en/docs/tutorial/first-steps.md',
    asOf: '2026-07-29',
  },
} as const satisfies Record<FrameworkId, Source>;

/** Python's tutorial on virtual environments: a project's packages kept apart from the rest. */
export const VIRTUAL_ENVIRONMENTS: Source = {
  label: 'Python tutorial: virtual environments and packages',
  ref: 'https://docs.python.org/3/tutorial/venv.html',
  asOf: '2026-12-01',
};
