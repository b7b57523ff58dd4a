/**
 * The words the result page uses without explaining them in passing, in a sentence each.
 * Checked against each standard's or project's own documentation, December 2026.
 */
import type { Source } from './content/sourced';

export interface GlossaryEntry {
  readonly term: string;
  /** What the letters stand for, where the term is an abbreviation. */
  readonly expansion?: string;
  readonly meaning: string;
  readonly source: Source;
}

export const GLOSSARY = [
  {
    term: 'ASGI',
    expansion: 'Asynchronous Server Gateway Interface',
    meaning:
      'The standard way for a Python web server to talk to an async-capable app, the successor to WSGI. FastAPI is built on it; Django supports it too.',
    source: {
      label: 'ASGI documentation',
      ref: 'https://asgi.readthedocs.io/en/latest/introduction.html',
      asOf: '2026-12-01',
    },
  },
  {
    term: 'WSGI',
    expansion: 'Web Server Gateway Interface',
    meaning:
      'The older, synchronous standard between Python web servers and apps (PEP 3333): each request holds a worker until it is answered. Flask and Django run on it.',
    source: {
      label: 'PEP 3333',
      ref: 'https://peps.python.org/pep-3333/',
      asOf: '2026-12-01',
    },
  },
  {
    term: 'ORM',
    expansion: 'object-relational mapper',
    meaning:
      'A library that lets you define database tables as Python classes and query them with Python code instead of SQL. Django ships its own; SQLAlchemy is the common choice elsewhere.',
    source: {
      label: 'SQLAlchemy 2.0 docs: ORM quick start',
      ref: 'https://docs.sqlalchemy.org/en/20/orm/quickstart.html',
      asOf: '2026-12-01',
    },
  },
  {
    term: 'Pydantic',
    meaning:
      'A library that checks and converts data using Python type hints. FastAPI uses it to validate requests and to describe them in its API docs.',
    source: {
      label: 'Pydantic docs',
      ref: 'https://docs.pydantic.dev/latest/',
      asOf: '2026-12-01',
    },
  },
  {
    term: 'OpenAPI',
    meaning:
      'A standard, machine-readable description of an HTTP API, from which tools draw interactive documentation and client code.',
    source: {
      label: 'OpenAPI Specification',
      ref: 'https://spec.openapis.org/oas/latest.html',
      asOf: '2026-12-01',
    },
  },
] as const satisfies readonly GlossaryEntry[];
