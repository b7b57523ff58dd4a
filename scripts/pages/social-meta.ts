/**
 * Open Graph and Twitter card tags for link previews in chat tools, with absolute URLs from
 * SITE_URL (docs/contracts.md). Without SITE_URL the public origin is unknown, and relative URLs do
 * not work in previews: no tags. The edge build's result pages carry their own instead.
 */
import { QUESTION_COUNT } from '../../src/domain/questions.ts';
import type { Attribute } from './page-document';

const TITLE = 'Python Framework Picker: Django, Flask or FastAPI?';
const DESCRIPTION = `Answer ${QUESTION_COUNT} short questions and get a sourced recommendation between Django, Flask and FastAPI that you can share and defend.`;
const IMAGE = 'social-card.png';

/** The tags' attributes, for every page of a build for `siteUrl` under `base`. */
export function socialMetaTags(siteUrl: string | undefined, base: string): Attribute[][] {
  if (!siteUrl) return [];
  const root = `${siteUrl.replace(/\/+$/, '')}${base}`;
  const tags: Record<string, string> = {
    'og:type': 'website',
    'og:site_name': 'Python Framework Picker',
    'og:title': TITLE,
    'og:description': DESCRIPTION,
    'og:url': root,
    'og:image': `${root}${IMAGE}`,
    'og:image:width': '1200',
    'og:image:height': '630',
    'og:image:alt': 'The Python Framework Picker result page ranking Django, FastAPI and Flask',
    'twitter:card': 'summary_large_image',
    'twitter:title': TITLE,
    'twitter:description': DESCRIPTION,
    'twitter:image': `${root}${IMAGE}`,
  };
  return Object.entries(tags).map(([key, content]) => [
    key.startsWith('og:') ? ['property', key] : ['name', key],
    ['content', content],
  ]);
}
