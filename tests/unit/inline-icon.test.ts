/**
 * Every page carries the site's icon inline (one request fewer per page); public/favicon.svg
 * stays the file others link to. The two must not drift apart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ICON_HREF, pageDocument } from '../../scripts/pages/page-document';

it('inlines exactly public/favicon.svg as the page icon', () => {
  const page = new DOMParser().parseFromString(pageDocument({ title: 'Any' }), 'text/html');
  const href = page.querySelector('link[rel="icon"][type="image/svg+xml"]')?.getAttribute('href');
  expect(href).toBe(ICON_HREF);
  const prefix = 'data:image/svg+xml,';
  expect(href?.startsWith(prefix)).toBe(true);
  const inline = decodeURIComponent(href!.slice(prefix.length)).replaceAll("'", '"');
  expect(inline).toBe(readFileSync(resolve('public/favicon.svg'), 'utf8').trim());
});
