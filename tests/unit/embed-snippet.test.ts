import {
  EMBED_FRAME_TITLE,
  embedSnippet,
  encodeEmbedQuery,
  escapeHtmlAttribute,
} from '../../src/domain/embed-snippet';
import { decodeShareQuery } from '../../src/domain/links/share-link';
import { MODEL_CATALOG } from '../../src/domain/model-catalog';

describe('encodeEmbedQuery', () => {
  it('is empty for the defaults', () => {
    expect(encodeEmbedQuery({ answers: {}, theme: 'auto' })).toBe('');
  });

  it('writes answers in wizard order, then the theme and the parent origin', () => {
    expect(
      encodeEmbedQuery({
        answers: { docs: 'must', kind: 'api' },
        theme: 'dark',
        parentOrigin: 'https://blog.example.com',
      }),
    ).toBe('kind=api&docs=must&theme=dark&parentOrigin=https%3A%2F%2Fblog.example.com');
  });

  it('reads back as the same options on an /embed URL', () => {
    const query = encodeEmbedQuery({
      answers: { kind: 'ml', team: 'typed' },
      theme: 'light',
      parentOrigin: 'http://localhost:8080',
    });
    const decoded = decodeShareQuery(query, MODEL_CATALOG, { embed: true });
    expect(decoded).toMatchObject({
      answers: { kind: 'ml', team: 'typed' },
      theme: 'light',
      parentOrigin: 'http://localhost:8080',
      parentOriginInvalid: false,
      ignored: [],
    });
  });
});

describe('embedSnippet', () => {
  it('writes the script, then the titled frame without a sandbox', () => {
    expect(
      embedSnippet({
        script: 'https://picker.example/embed.js',
        frame: 'https://picker.example/embed?kind=api&theme=dark',
      }),
    ).toBe(
      '<script src="https://picker.example/embed.js" async></script>\n' +
        '<iframe data-python-framework-picker src="https://picker.example/embed?kind=api&amp;theme=dark"' +
        ` title="${EMBED_FRAME_TITLE}" allow="clipboard-write" loading="lazy" height="640"` +
        ' style="width:100%;border:0"></iframe>',
    );
  });

  it('parses back into exactly one script and one frame with the same URLs', () => {
    const urls = {
      script: 'https://a.example/"><b>x</b>',
      frame: "https://a.example/embed?q='<&amp;",
    };
    const doc = new DOMParser().parseFromString(embedSnippet(urls), 'text/html');
    expect(doc.querySelectorAll('*:not(html, head, body)')).toHaveLength(2);
    expect(doc.querySelector('script')?.getAttribute('src')).toBe(urls.script);
    const frame = doc.querySelector('iframe[data-python-framework-picker]');
    expect(frame?.getAttribute('src')).toBe(urls.frame);
    expect(frame?.getAttribute('title')).toBe(EMBED_FRAME_TITLE);
    expect(frame?.hasAttribute('sandbox')).toBe(false);
  });
});

describe('escapeHtmlAttribute', () => {
  it('escapes what could end or confuse a double-quoted attribute', () => {
    expect(escapeHtmlAttribute('a&b"c<d>e')).toBe('a&amp;b&quot;c&lt;d&gt;e');
  });
});
