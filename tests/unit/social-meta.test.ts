import { socialMetaTags } from '../../scripts/pages/social-meta';

function content(siteUrl: string | undefined, base: string, key: string): unknown {
  const tag = socialMetaTags(siteUrl, base).find((attributes) => attributes[0]?.[1] === key);
  return tag?.find(([attribute]) => attribute === 'content')?.[1];
}

describe('link preview tags', () => {
  it('uses absolute URLs from SITE_URL and the deployment base', () => {
    const site = 'https://picker.example.com/';
    expect(content(site, '/picker/', 'og:image')).toBe(
      'https://picker.example.com/picker/social-card.png',
    );
    expect(content(site, '/picker/', 'og:url')).toBe('https://picker.example.com/picker/');
    expect(content(site, '/picker/', 'twitter:card')).toBe('summary_large_image');
    expect(content(site, '/picker/', 'og:title')).toMatch(/Django, Flask or FastAPI/);
  });

  it('leaves the tags out without SITE_URL', () => {
    expect(socialMetaTags(undefined, '/')).toEqual([]);
  });
});
