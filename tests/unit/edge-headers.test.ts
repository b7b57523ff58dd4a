import { readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from '../../edge/headers-file';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('the edge build’s reading of _headers', () => {
  it('lets only the embed be framed, as the static build does', () => {
    const result = headersFor(rules, '/result');
    expect(result.get('X-Frame-Options')).toBe('DENY');
    expect(result.get('Content-Security-Policy')).toBe("frame-ancestors 'none'");
    const embed = headersFor(rules, '/embed/result');
    expect(embed.get('X-Frame-Options')).toBeNull();
    expect(embed.get('Content-Security-Policy')).toBe('frame-ancestors *');
    expect(headersFor(rules, '/assets/index-abc.js').get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('adds up every matching rule, splats and placeholders included', () => {
    const parsed = parseHeadersFile(
      [
        '# a comment',
        '/*',
        '  X-Robots-Tag: noindex',
        '/docs/:page',
        '  X-Robots-Tag: nofollow',
        '  Cache-Control: no-cache',
      ].join('\n'),
    );
    const headers = headersFor(parsed, '/docs/intro');
    expect(headers.get('X-Robots-Tag')).toBe('noindex, nofollow');
    expect(headers.get('Cache-Control')).toBe('no-cache');
    expect(headersFor(parsed, '/docs/a/b').get('Cache-Control')).toBeNull();
    expect(headersFor(parsed, '/docs.html').get('Cache-Control')).toBeNull();
  });

  it('detaches what an earlier rule set, as Cloudflare reads `! Name`', () => {
    const parsed = parseHeadersFile(
      [
        '/*',
        '  X-Frame-Options: DENY',
        "  Content-Security-Policy: frame-ancestors 'none'",
        '/embed/*',
        '  ! X-Frame-Options',
        '  ! Content-Security-Policy',
        '  Content-Security-Policy: frame-ancestors *',
      ].join('\n'),
    );
    const embed = headersFor(parsed, '/embed/result');
    expect(embed.get('X-Frame-Options')).toBeNull();
    expect(embed.get('Content-Security-Policy')).toBe('frame-ancestors *');
    expect(headersFor(parsed, '/result').get('X-Frame-Options')).toBe('DENY');
  });

  it('refuses a header line without a name', () => {
    expect(() => parseHeadersFile('/a\n  no colon here')).toThrow(/line 2/);
  });
});
