/**
 * Turns a starter-app template (a real `.py` file under `recipes/`) into the app a recipe shows.
 * The syntax is Python comments, so a template stays a Python file that editors and ruff read:
 *
 * - a line `# [if COND]` opens a block, `# [else]` flips it and `# [end]` closes it; the marker
 *   lines themselves are dropped;
 * - `code  # [if COND]` keeps that one line only when COND holds, without the marker;
 * - COND is a flag, `not flag`, or terms joined by ` and ` or by ` or ` (not both);
 * - `{{name}}` is replaced by a value; a list value alone on a line gives one line per item, each
 *   with that line's indentation;
 * - blank lines at the end are dropped: the app ends with one newline, as formatters want.
 *
 * An unknown flag or value, a stray marker or an unclosed block throws: every variant is rendered
 * by the unit tests and by `verify:recipes`, so a typo fails there, never on a user's screen.
 */

export type TemplateFlags = Readonly<Record<string, boolean>>;
export type TemplateValues = Readonly<Record<string, string | readonly string[]>>;

const BLOCK = /^\s*# \[(if (.+)|else|end)\]$/;
const INLINE = /^(.*\S)\s+# \[if (.+)\]$/;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const ALONE = /^(\s*)\{\{(\w+)\}\}$/;

function holds(condition: string, flags: TemplateFlags): boolean {
  const term = (text: string) => {
    const negated = text.startsWith('not ');
    const name = negated ? text.slice(4) : text;
    const value = flags[name];
    if (value === undefined) throw new Error(`unknown template flag "${name}"`);
    return negated ? !value : value;
  };
  const ands = condition.split(' and ');
  const ors = condition.split(' or ');
  if (ands.length > 1 && ors.length > 1) {
    throw new Error(`"${condition}" mixes "and" and "or"`);
  }
  return ands.length > 1 ? ands.every(term) : ors.some(term);
}

function value(name: string, values: TemplateValues): string | readonly string[] {
  const found = values[name];
  if (found === undefined) throw new Error(`unknown template value "${name}"`);
  return found;
}

/** Renders `source` for these flags and values; see the module comment for the syntax. */
export function renderTemplate(
  source: string,
  flags: TemplateFlags,
  values: TemplateValues = {},
): string {
  const out: string[] = [];
  // One entry per open block: whether its current branch is kept.
  const open: { kept: boolean; hadElse: boolean }[] = [];
  const keeping = () => open.every((block) => block.kept);
  for (const line of source.split('\n')) {
    const block = BLOCK.exec(line);
    if (block) {
      const [, marker, condition] = block;
      if (condition !== undefined) {
        open.push({ kept: holds(condition, flags), hadElse: false });
      } else {
        const top = open.at(-1);
        if (!top) throw new Error(`"# [${marker}]" without "# [if …]"`);
        if (marker === 'end') open.pop();
        else if (top.hadElse) throw new Error('a second "# [else]" in one block');
        else Object.assign(top, { kept: !top.kept, hadElse: true });
      }
      continue;
    }
    if (!keeping()) continue;
    const inline = INLINE.exec(line);
    if (inline) {
      const [, code = '', condition = ''] = inline;
      if (holds(condition, flags)) out.push(code);
      continue;
    }
    const alone = ALONE.exec(line);
    if (alone) {
      const [, indent = '', name = ''] = alone;
      const found = value(name, values);
      for (const item of typeof found === 'string' ? [found] : found) out.push(`${indent}${item}`);
      continue;
    }
    out.push(
      line.replace(PLACEHOLDER, (_, name: string) => {
        const found = value(name, values);
        if (typeof found !== 'string') throw new Error(`list value "${name}" inside a line`);
        return found;
      }),
    );
  }
  if (open.length > 0) throw new Error('a "# [if …]" block is never closed');
  return `${out.join('\n').trimEnd()}\n`;
}
