import { useMemo } from 'react';
import type { Team } from '../domain/links/team-link';
import type { TeamDecision } from '../domain/team-aggregate';
import { teamAdrFilename, teamAdrMarkdown } from '../domain/team-adr';
import { CopyField } from '../ui/copy-field';
import { downloadMarkdown } from '../ui/download-file';

/** The team's decision record (MADR), made in the browser, to download or copy. */
export function TeamRecordSection({
  team,
  decision,
  teamUrl,
}: {
  team: Team;
  decision: TeamDecision;
  teamUrl: string;
}) {
  const date = decision.report.today;
  const markdown = useMemo(
    () => teamAdrMarkdown({ team, decision, date, teamUrl }),
    [team, decision, date, teamUrl],
  );
  const filename = teamAdrFilename(decision.winner, date);
  return (
    <section className="section" aria-labelledby="team-adr-heading">
      <h2 id="team-adr-heading">Record the team’s decision</h2>
      <p>
        An Architecture Decision Record in the MADR format: who took part, the team’s and each
        member’s drivers, every disagreement considered and how it was settled, the scores, and the
        team link. Its status is “proposed” until you agree.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => downloadMarkdown(filename, markdown)}
        >
          Download the team’s decision record (.md)
        </button>
      </div>
      <CopyField
        label="Team decision record (Markdown)"
        value={markdown}
        buttonLabel="Copy decision record"
        multiline
      />
    </section>
  );
}
