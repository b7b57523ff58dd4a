/**
 * index.html carries the site's icon inline (one request fewer per page); public/favicon.svg stays
 * the file others link to. The two must not drift apart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const read = (file: string) => readFileSync(resolve(file), 'utf8');

it('inlines exactly public/favicon.svg as the page icon', () => {
  const href =
    /<link\s+rel="icon"\s+type="image\/svg\+xml"\s+href="data:image\/svg\+xml,([^"]+)"/.exec(
      read('index.html'),
    )?.[1];
  expect(href).toBeDefined();
  const inline = decodeURIComponent(href!).replaceAll("'", '"');
  expect(inline).toBe(read('public/favicon.svg').trim());
});
