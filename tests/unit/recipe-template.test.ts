import { renderTemplate } from '../../src/domain/recipe-template';

/** The starter-app template syntax: Python comments for blocks and lines, `{{name}}` for values. */
describe('recipe templates', () => {
  const template = [
    'import os',
    'import sys  # [if cli]',
    '# [if admin]',
    'ADMIN = True',
    '# [else]',
    'ADMIN = False',
    '# [end]',
    '# [if admin and not cli]',
    'WEB_ONLY = True',
    '# [end]',
    'x = 1  # [if cli or admin]',
    '"""',
    '    {{steps}}',
    'Python {{python}}',
    '"""',
    '',
    '',
  ].join('\n');

  it('keeps the branches and lines whose condition holds, without their markers', () => {
    const out = renderTemplate(
      template,
      { cli: false, admin: true },
      { steps: ['a', 'b'], python: '3.10' },
    );
    expect(out).toBe(
      [
        'import os',
        'ADMIN = True',
        'WEB_ONLY = True',
        'x = 1',
        '"""',
        '    a',
        '    b',
        'Python 3.10',
        '"""',
        '',
      ].join('\n'),
    );
  });

  it('takes the else branch and drops lines whose condition fails', () => {
    const out = renderTemplate(
      template,
      { cli: false, admin: false },
      { steps: [], python: '3.12' },
    );
    expect(out).toBe(['import os', 'ADMIN = False', '"""', 'Python 3.12', '"""', ''].join('\n'));
  });

  it.each([
    ['an unknown flag', 'x = 1  # [if nowhere]', /unknown template flag "nowhere"/],
    ['an unknown value', '{{missing}}', /unknown template value "missing"/],
    ['an unclosed block', '# [if cli]\nx = 1', /never closed/],
    ['a stray end', '# [end]', /without/],
    ['and mixed with or', 'x = 1  # [if cli and admin or cli]', /mixes/],
    ['a list inside a line', 'steps: {{steps}}', /inside a line/],
  ])('refuses %s', (_, source, error) => {
    expect(() => renderTemplate(source, { cli: true, admin: true }, { steps: ['a'] })).toThrow(
      error,
    );
  });
});
