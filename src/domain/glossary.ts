/**
 * The technical words the app uses, in a plain sentence each: one glossary for the question pages
 * (each offers the entries its own words use, one tap away) and the result page. Checked against
 * each standard's or project's own documentation, December 2026.
 */
import type { Source } from './content/sourced';

export interface GlossaryEntry {
  readonly term: string;
  /** What the letters stand for, where the term is an abbreviation. */
  readonly expansion?: string;
  readonly meaning: string;
  readonly source: Source;
  /**
   * The words that stand for the term in running text (whole words, any case, a plural `s`
   * allowed), when other than the term itself.
   */
  readonly matches?: readonly string[];
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
  {
    term: 'API',
    expansion: 'application programming interface',
    meaning:
      'A way for programs to talk to each other. A web API answers requests from other apps with data (often JSON) rather than pages for people.',
    source: {
      label: 'MDN Web Docs glossary: API',
      ref: 'https://developer.mozilla.org/en-US/docs/Glossary/API',
      asOf: '2026-12-01',
    },
  },
  {
    term: 'web framework',
    meaning:
      'A library that does the common work of a web app (reading requests, sending each address to the right code, returning responses) so you write only what is special to your app. Django, Flask and FastAPI are web frameworks.',
    source: {
      label: 'MDN Web Docs: server-side web frameworks',
      ref: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Extensions/Server-side/First_steps/Web_frameworks',
      asOf: '2026-12-01',
    },
    matches: ['framework'],
  },
  {
    term: 'request',
    meaning:
      'What a browser or an app sends to a server to ask for a page or some data; the server sends back a response.',
    source: {
      label: 'MDN Web Docs: client-server overview',
      ref: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Extensions/Server-side/First_steps/Client-Server_overview',
      asOf: '2026-12-01',
    },
  },
  {
    term: 'async',
    expansion: 'asynchronous code',
    meaning:
      'Code that can pause while it waits for something slow, such as another service, so one server can handle many waiting requests at once. FastAPI is built around it; Django and Flask support it too.',
    source: {
      label: 'Python docs: asyncio',
      ref: 'https://docs.python.org/3/library/asyncio.html',
      asOf: '2026-12-01',
    },
  },
  {
    term: 'microservice',
    meaning:
      'A small service that does one job and runs on its own, talking over the network to the other parts of a bigger system.',
    source: {
      label: 'James Lewis and Martin Fowler: Microservices',
      ref: 'https://martinfowler.com/articles/microservices.html',
      asOf: '2014-03-25',
    },
  },
  {
    term: 'WebSockets',
    meaning:
      'A connection between the browser and the server that stays open, so either side can send a message at any time: what chats and live updates use.',
    source: {
      label: 'MDN Web Docs: the WebSocket API',
      ref: 'https://developer.mozilla.org/en-US/docs/Web/API/WebSockets_API',
      asOf: '2026-12-01',
    },
    matches: ['WebSocket'],
  },
  {
    term: 'admin panel',
    meaning:
      'Ready-made pages where trusted staff browse, add and edit the app’s data without writing code. Django includes one; Flask and FastAPI need an add-on.',
    source: {
      label: 'Django 6.1 docs: the admin site',
      ref: 'https://docs.djangoproject.com/en/6.1/ref/contrib/admin/',
      asOf: '2026-10-06',
    },
  },
  {
    term: 'SQL',
    expansion: 'Structured Query Language',
    meaning:
      'The language for reading and changing data in a relational database, which keeps its data in tables of rows and columns.',
    source: {
      label: 'MDN Web Docs glossary: SQL',
      ref: 'https://developer.mozilla.org/en-US/docs/Glossary/SQL',
      asOf: '2026-12-01',
    },
  },
  {
    term: 'SQLAlchemy',
    meaning:
      'A Python library for SQL databases with an ORM of its own. Flask and FastAPI projects often use it; Django has its own ORM instead.',
    source: {
      label: 'SQLAlchemy 2.0 docs: overview',
      ref: 'https://docs.sqlalchemy.org/en/20/intro.html',
      asOf: '2026-12-01',
    },
  },
  {
    term: 'type hints',
    meaning:
      'Notes in Python code that say what type a value should be, as in “name: str”. Python itself does not check them; tools and libraries such as Pydantic do.',
    source: {
      label: 'Python docs: typing',
      ref: 'https://docs.python.org/3/library/typing.html',
      asOf: '2026-12-01',
    },
    matches: ['type hint', 'typed'],
  },
  {
    term: 'batteries included',
    meaning:
      'A framework that comes with the common parts built in (database layer, user accounts, admin, forms), so there is less to choose. Django describes itself this way.',
    source: {
      label: 'Django 6.1 docs: contrib packages',
      ref: 'https://docs.djangoproject.com/en/6.1/ref/contrib/',
      asOf: '2026-10-06',
    },
  },
] as const satisfies readonly GlossaryEntry[];

/** True when `word` (a term or one of its matches) appears in `text` as a whole word or phrase. */
function mentions(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}s?(?=$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The glossary entries whose term (or one of its matches) `text` uses, in glossary order. */
export function glossaryTermsIn(text: string): readonly GlossaryEntry[] {
  return GLOSSARY.filter((entry: GlossaryEntry) =>
    [entry.term, ...(entry.matches ?? [])].some((word) => mentions(text, word)),
  );
}

/** The line that opens a question page's definitions, naming the terms it explains. */
export function glossaryPrompt(entries: readonly GlossaryEntry[]): string {
  return `Words explained: ${entries.map((entry) => entry.term).join(', ')}`;
}
