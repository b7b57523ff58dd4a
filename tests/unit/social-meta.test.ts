import type { HtmlTagDescriptor, IndexHtmlTransformHook } from 'vite';
import { socialMeta } from '../../scripts/social-meta';

function tagsFor(siteUrl: string | undefined, base: string): HtmlTagDescriptor[] {
  const hook = socialMeta(siteUrl, base).transformIndexHtml as IndexHtmlTransformHook;
  return hook.call({} as never, '', {} as never) as HtmlTagDescriptor[];
}

function content(tags: HtmlTagDescriptor[], key: string): unknown {
  return tags.find((tag) => tag.attrs?.property === key || tag.attrs?.name === key)?.attrs?.content;
}

describe('link preview tags', () => {
  it('uses absolute URLs from SITE_URL and the deployment base', () => {
    const tags = tagsFor('https://picker.example.com/', '/picker/');
    expect(content(tags, 'og:image')).toBe('https://picker.example.com/picker/social-card.png');
    expect(content(tags, 'og:url')).toBe('https://picker.example.com/picker/');
    expect(content(tags, 'twitter:card')).toBe('summary_large_image');
    expect(content(tags, 'og:title')).toMatch(/Django, Flask or FastAPI/);
  });

  it('leaves the tags out without SITE_URL', () => {
    expect(tagsFor(undefined, '/')).toEqual([]);
  });
});
