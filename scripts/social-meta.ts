import type { Plugin } from 'vite';

/** Text for link previews in chat tools: kept here so the tags and the page agree. */
export const SOCIAL_TITLE = 'Python Framework Picker: Django, Flask or FastAPI?';
export const SOCIAL_DESCRIPTION =
  'Answer 8 short questions and get a sourced recommendation between Django, Flask and FastAPI that you can share and defend.';
export const SOCIAL_IMAGE = 'social-card.png';

/**
 * Adds Open Graph and Twitter card tags with absolute URLs from SITE_URL (docs/contracts.md). Without
 * SITE_URL the public origin is unknown, and relative URLs do not work in previews: no tags.
 */
export function socialMeta(siteUrl: string | undefined, base: string): Plugin {
  return {
    name: 'python-framework-picker:social-meta',
    transformIndexHtml() {
      if (!siteUrl) return [];
      const root = `${siteUrl.replace(/\/+$/, '')}${base}`;
      const tags: Record<string, string> = {
        'og:type': 'website',
        'og:site_name': 'Python Framework Picker',
        'og:title': SOCIAL_TITLE,
        'og:description': SOCIAL_DESCRIPTION,
        'og:url': root,
        'og:image': `${root}${SOCIAL_IMAGE}`,
        'og:image:width': '1200',
        'og:image:height': '630',
        'og:image:alt': 'The Python Framework Picker result page ranking Django, FastAPI and Flask',
        'twitter:card': 'summary_large_image',
        'twitter:title': SOCIAL_TITLE,
        'twitter:description': SOCIAL_DESCRIPTION,
        'twitter:image': `${root}${SOCIAL_IMAGE}`,
      };
      // Vite escapes attribute values itself: escaping here too would show `&amp;` in previews.
      return Object.entries(tags).map(([key, content]) => ({
        tag: 'meta',
        attrs: key.startsWith('og:') ? { property: key, content } : { name: key, content },
        injectTo: 'head',
      }));
    },
  };
}
