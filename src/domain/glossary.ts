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
      label: 'ASGI documentation: introduction (asgiref repository, pinned)',
      ref: 'https://github.com/django/asgiref/blob/b4a96c358ca83da31543135aa33d7b1b456012d0/docs/introduction.rst',
      asOf: '2026-12-07',
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
      'A library that lets you define database tables as Python classes and query them with Python code instead of SQL. Django ships its own; SQLAlchemy is a separate library that Flask and FastAPI projects add.',
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
      label: 'Pydantic v2.13.0 docs: introduction',
      ref: 'https://github.com/pydantic/pydantic/blob/v2.13.0/docs/index.md',
      asOf: '2026-12-07',
    },
  },
  {
    term: 'OpenAPI',
    meaning:
      'A standard, machine-readable description of an HTTP API, from which tools draw interactive documentation and client code.',
    source: {
      label: 'OpenAPI Specification 3.1.1',
      ref: 'https://spec.openapis.org/oas/v3.1.1.html',
      asOf: '2026-12-07',
    },
  },
] as const satisfies readonly GlossaryEntry[];
