import type { Team } from '../../src/domain/links/team-link';
import { MODEL_2026_11 } from '../../src/domain/models/model-2026-11';
import { MODEL_REGISTRY } from '../../src/domain/scoring-models';
import { decideAsTeam } from '../../src/domain/team-aggregate';
import { teamAdrFilename, teamAdrMarkdown } from '../../src/domain/team-adr';

const team: Team = {
  modelId: '2026-11',
  name: 'Billing API',
  members: [
    {
      name: 'Ana',
      modelId: '2026-11',
      answers: { kind: 'api', async: 'must', docs: 'important', orm: 'sqlalchemy' },
    },
    {
      name: 'Ben',
      modelId: '2026-11',
      answers: { kind: 'api', async: 'no', admin: 'must', orm: 'django' },
    },
    {
      name: '',
      modelId: '2026-11',
      answers: { kind: 'webapp', async: 'nice', admin: 'important', orm: 'django' },
    },
  ],
};
const teamUrl =
  'https://picker.example.com/team?t=1&data=2026-11&name=Billing%20API&m=Ana~kind-api';

function record(of: Team = team): string {
  return teamAdrMarkdown({
    team: of,
    decision: decideAsTeam(of.members, MODEL_2026_11, MODEL_REGISTRY, '2026-12-01'),
    date: '2026-12-01',
    teamUrl,
  });
}

/** The lines of one `## ` section, without its heading. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  expect(start).toBeGreaterThan(-1);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe('teamAdrMarkdown', () => {
  it('follows MADR with the decision makers, status and date in its front matter', () => {
    const markdown = record();
    expect(markdown.split('\n').slice(0, 6)).toEqual([
      '---',
      'status: proposed',
      'date: 2026-12-01',
      'decision-makers: ["Ana","Ben","Member 3"]',
      '---',
      '',
    ]);
    expect(markdown).toContain('# Use FastAPI for Billing API');
    for (const heading of [
      'Context and Problem Statement',
      'Decision Drivers',
      'Considered Options',
      'Decision Outcome',
      'More Information',
    ]) {
      expect(section(markdown, heading).length).toBeGreaterThan(0);
    }
  });

  it('lists the team’s drivers and each member’s, and every disagreement as considered', () => {
    const markdown = record();
    const drivers = section(markdown, 'Decision Drivers');
    expect(drivers).toContain('Ana’s answers:');
    expect(drivers).toContain('* Concurrency and async I/O: Must have (a must-have)');
    expect(drivers).toContain('Member 3’s answers:');
    const considered = section(markdown, 'Considered Options');
    expect(considered).toContain('### Disagreements considered');
    expect(considered).toContain(
      "* Concurrency and async I/O: one says doesn't matter, one says nice to have, one says must have; the team counts nice to have.",
    );
    expect(considered).toContain(
      '* Admin panel (Ben): not a must-have for the team; FastAPI does not meet it.',
    );
  });

  it('gives every score, each member’s pick, what would change it, and the team link', () => {
    const markdown = record();
    const outcome = section(markdown, 'Decision Outcome');
    expect(outcome).toContain('| FastAPI | 85 | none stated |');
    expect(outcome).toContain('| Ben | Django | 78 | 70 | 59 |');
    expect(outcome).toContain(
      '* If the team settled “Admin panel” on must have, Django would be its pick instead.',
    );
    expect(section(markdown, 'More Information')).toContain(
      `* The team’s answers and results: [Billing API in the Python Framework Picker](${teamUrl})`,
    );
  });

  it('writes names as text: no Markdown link, emphasis or HTML can come from one', () => {
    const markdown = record({
      ...team,
      name: '[Click](https://evil.example) <b>',
      members: [{ name: '*Eve*](x)', modelId: '2026-11', answers: { kind: 'api' } }],
    });
    // The front matter is YAML, where the JSON string quotes the name; the body is Markdown.
    expect(markdown).toContain('decision-makers: ["*Eve*](x)"]');
    const body = markdown.split('\n---\n')[1] ?? '';
    expect(body).not.toMatch(/\[Click\]|(?<!\\)<b>|(?<!\\)\*Eve/);
    expect(markdown).toContain('# Use FastAPI for (Click)(https://evil.example) \\<b>');
    expect(markdown).toContain('\\*Eve\\*)(x)’s answers:');
  });

  it('says who asked and who had not answered yet, as text', () => {
    const context = section(
      record({ ...team, lead: 'Ana', expected: ['Ben', 'Dee', '[Fay](x)'] }),
      'Context and Problem Statement',
    );
    expect(context).toContain('Ana asked for our answers.');
    // Ben has answered: only those still expected are named.
    expect(context).toContain(
      'Dee and (Fay)(x) were asked too and had not answered when this record was made.',
    );
    expect(section(record(), 'Context and Problem Statement').join('\n')).not.toMatch(/asked/);
  });

  it('names its file after the date and the team’s pick', () => {
    expect(teamAdrFilename('fastapi', '2026-12-01')).toBe('2026-12-01-team-use-fastapi.md');
  });
});
