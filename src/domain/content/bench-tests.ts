import type { BenchTestId } from '../bench-results';

/** One of the benchmark kit's four tests, as the kit prints it and /performance explains it. */
export interface BenchTestContent {
  /** A short name: table headings and chart titles. */
  readonly label: string;
  /** The name inside a sentence, e.g. in the comparison's performance row. */
  readonly inSentence: string;
  /** What each framework's endpoint does, in one sentence. */
  readonly does: string;
  /** What the figures mean for a real project. */
  readonly meaning: string;
}

/**
 * The four tests (bench/apps/: the same four endpoints in each framework). The kit's printed
 * tables and the page's sections read their names from here.
 */
export const BENCH_TESTS = {
  json: {
    label: 'Plain JSON',
    inSentence: 'plain JSON',
    does: 'Answers GET /json with a fixed small JSON object: routing, the request and response cycle, serialising.',
    meaning:
      'The framework’s own cost per request and nothing else. It sets a ceiling no real endpoint reaches; a large gap here shrinks as an endpoint does real work.',
  },
  db: {
    label: 'One row through the ORM',
    inSentence: 'an ORM read',
    does: 'Reads one row by a random id from PostgreSQL with the framework’s usual ORM (Django ORM, Flask-SQLAlchemy, SQLAlchemy with a session per request) and returns it as JSON.',
    meaning:
      'The shape of most CRUD endpoints: a query, an object, a response. The ORM and the database driver weigh as much as the framework here.',
  },
  validate: {
    label: 'Validated JSON body',
    inSentence: 'a validated body',
    does: 'Posts a small JSON body (name, email, age) that each framework validates its usual way (a Django form, a marshmallow schema, a Pydantic model) and returns.',
    meaning:
      'What every write endpoint does before its real work: parse, check, convert. It shows the cost of the validation layer each framework comes with.',
  },
  upstream: {
    label: 'Slow upstream call',
    inSentence: 'a slow upstream',
    does: 'Calls a local service that answers after 50 ms, with each framework’s usual client: requests under gunicorn’s sync workers for Flask, HTTPX in an async view for FastAPI and Django (under uvicorn).',
    meaning:
      'Waiting on another service (a payment API, a model server, a microservice). A sync worker waits idle; an async one serves other requests meanwhile. This is where async I/O matters.',
  },
} as const satisfies Record<BenchTestId, BenchTestContent>;
