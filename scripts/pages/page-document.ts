/**
 * Every HTML page of the site, written whole from its parts: the prerendered pages, the app
 * shell (200.html), the not-found page, the edge's templates and, in development, the page the
 * dev server serves. One writer, so every page carries the same head, and the policy that pins
 * the inline loader and the inlined styles is computed from the very text the page holds.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../escape-html.mjs';

/** An attribute as written: `true` for one without a value. */
export type Attribute = readonly [name: string, value: string | true];

export const SITE_DESCRIPTION =
  'Choose between Django, Flask and FastAPI in under a minute, with sourced reasons you can share with your team.';

/**
 * public/favicon.svg, inline: one request fewer before the page is complete (the file stays for
 * others to link to; tests/unit/inline-icon.test.ts keeps the two alike).
 */
export const ICON_HREF =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%231d4ed8'/%3E%3Cpath d='M9 9h9a5 5 0 0 1 0 10h-5v5H9zm4 4v2h5a1 1 0 0 0 0-2z' fill='%23fff'/%3E%3C/svg%3E";

export interface PageParts {
  readonly title: string;
  /** Attributes of `<html>` after `lang`, in order. */
  readonly rootAttributes?: readonly Attribute[];
  /** Text a server replaces inside the `<html>` tag per request (the edge's theme), as it is. */
  readonly rootSlot?: string;
  /**
   * The inline loader (src/boot/page-loader.ts as built), first in `<head>` after the policy that
   * trusts it by its hash. Without it (development) the page has no policy.
   */
  readonly loader?: string;
  /** `<meta>` elements after the title, e.g. the link-preview tags. */
  readonly meta?: readonly (readonly Attribute[])[];
  /** Stylesheet texts, inlined and pinned by their hashes. */
  readonly styles?: readonly string[];
  /** Text a server replaces at the end of `<head>` per request (the edge's preview tags). */
  readonly headSlot?: string;
  /** The HTML inside `#root`, as React's server render wrote it. */
  readonly body?: string;
  /** Module scripts at the end of `<body>` (development, where Vite serves the source). */
  readonly moduleScripts?: readonly string[];
}

function attributes(list: readonly Attribute[]): string {
  return list
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

function element(name: string, list: readonly Attribute[]): string {
  return `<${name}${attributes(list)} />`;
}

/** The site's icon as a `<link>` element, for pages made outside this writer (the bench floor). */
export function iconLink(): string {
  return element('link', [
    ['rel', 'icon'],
    ['type', 'image/svg+xml'],
    ['href', ICON_HREF],
  ]);
}

/** A CSP source expression for a script or stylesheet text: `sha256-…`. */
export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/**
 * The site's Content-Security-Policy: scripts only through the loader, pinned by its hash, and
 * what it loads (`'strict-dynamic'`; `'self'` for browsers without it, which ignore it otherwise);
 * styles only as the given inline texts; everything else from the site itself.
 */
export function contentSecurityPolicy(loader: string, styles: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src '${sha256(loader)}' 'strict-dynamic' 'self'`,
    `style-src 'self' ${styles.map((text) => `'${sha256(text)}'`).join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Text that must not end or comment out the element it is inlined in. */
function inlinable(text: string, element: 'script' | 'style'): string {
  if (text.toLowerCase().includes(`</${element}`) || text.includes('<!--')) {
    throw new Error(`An inline ${element} may not contain </${element} or <!--`);
  }
  return text;
}

/** The whole document for `parts`. */
export function pageDocument(parts: PageParts): string {
  const { loader, styles = [] } = parts;
  const head = [
    element('meta', [['charset', 'UTF-8']]),
    ...(loader === undefined
      ? []
      : [
          element('meta', [
            ['http-equiv', 'Content-Security-Policy'],
            ['content', contentSecurityPolicy(loader, styles)],
          ]),
          `<script>${inlinable(loader, 'script')}</script>`,
        ]),
    element('meta', [
      ['name', 'viewport'],
      ['content', 'width=device-width, initial-scale=1'],
    ]),
    element('meta', [
      ['name', 'color-scheme'],
      ['content', 'light dark'],
    ]),
    element('meta', [
      ['name', 'description'],
      ['content', SITE_DESCRIPTION],
    ]),
    iconLink(),
    `<title>${escapeHtml(parts.title)}</title>`,
    ...(parts.meta ?? []).map((meta) => element('meta', meta)),
    ...styles.map((text) => `<style>${inlinable(text, 'style')}</style>`),
    ...(parts.headSlot === undefined ? [] : [parts.headSlot]),
  ];
  const body = [
    `<div id="root">${parts.body ?? ''}</div>`,
    ...(parts.moduleScripts ?? []).map(
      (src) => `<script type="module"${attributes([['src', src]])}></script>`,
    ),
  ];
  const root = `${attributes([['lang', 'en'], ...(parts.rootAttributes ?? [])])}${parts.rootSlot ?? ''}`;
  return [
    '<!doctype html>',
    `<html${root}>`,
    '  <head>',
    ...head.map((line) => `    ${line}`),
    '  </head>',
    '  <body>',
    ...body.map((line) => `    ${line}`),
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}
