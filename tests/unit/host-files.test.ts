/**
 * The host files a BASE_PATH build writes: the same rules as public/_headers and
 * public/_redirects, each path with the base in front.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersForBase, redirectsForBase } from '../../scripts/pages/host-files';

// Vitest runs from the project root.
const publicFile = (name: string) => readFileSync(join(process.cwd(), 'public', name), 'utf8');

describe('headersForBase', () => {
  it('puts the base in front of every rule’s path and leaves headers and comments alone', () => {
    const text = '# /* is a comment\n/*\n  X-Frame-Options: DENY\n/embed/*\n  ! X-Frame-Options\n';
    expect(headersForBase(text, '/picker/')).toBe(
      '# /* is a comment\n/picker/*\n  X-Frame-Options: DENY\n/picker/embed/*\n  ! X-Frame-Options\n',
    );
  });

  it('rebases the shipped file to rules that all start with the base', () => {
    const rules = headersForBase(publicFile('_headers'), '/picker/')
      .split('\n')
      .filter((line) => /^\S/.test(line) && !line.startsWith('#'));
    expect(rules).toEqual(['/picker/*', '/picker/embed', '/picker/embed/*', '/picker/assets/*']);
  });
});

describe('redirectsForBase', () => {
  it('puts the base in front of each source and target, keeping the status', () => {
    const rebased = redirectsForBase(publicFile('_redirects'), '/picker/')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(rebased).toEqual([
      '/picker/result /picker/200 200',
      '/picker/team /picker/200 200',
      '/picker/embed /picker/200 200',
      '/picker/embed/* /picker/200 200',
    ]);
  });

  it('leaves a full URL as it is', () => {
    expect(redirectsForBase('/old https://example.com/new 301', '/picker/')).toBe(
      '/picker/old https://example.com/new 301',
    );
  });
});
