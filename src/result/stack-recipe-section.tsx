import { useMemo } from 'react';
import { newestReleaseText } from '../domain/content/framework-profiles';
import { FRAMEWORK_NAMES, type FrameworkId } from '../domain/frameworks';
import type { Answers } from '../domain/questions';
import { recipeFor, type BeginnerStep } from '../domain/stack-recipe';
import { CopyField } from '../ui/copy-field';
import { ExternalLink } from '../ui/external-link';
import { SourceList } from '../ui/source-list';
import { useToday } from '../ui/use-today';
import './result-tools.css';

function Commands({ label, commands }: { label: string; commands: readonly string[] }) {
  return (
    <>
      <p>{label}</p>
      {/* Focusable: on a narrow screen the commands scroll sideways, also by keyboard. */}
      <pre className="recipe__commands" tabIndex={0}>
        <code>{commands.join('\n')}</code>
      </pre>
    </>
  );
}

/** For someone learning: the smallest app that runs, with the official tutorial to go on with. */
function FirstStep({ step, name }: { step: BeginnerStep; name: string }) {
  return (
    <div className="recipe__first-step">
      <h3>First step: the smallest {name} app that runs</h3>
      <p>
        One file with a page and a route. Make a folder, save the file in it, then run these
        commands there. Next, work through{' '}
        <ExternalLink href={step.tutorial.ref}>{step.tutorial.label}</ExternalLink>.
      </p>
      <CopyField
        label={`First app (${step.filename})`}
        value={step.starterApp}
        buttonLabel="Copy first app"
        multiline
      />
      <Commands label="Then run:" commands={[...step.commands.setup, ...step.commands.dev]} />
      <h3>Next step: the full stack</h3>
    </div>
  );
}

/**
 * The stack recipe for the winner and the answers: which packages, at least which release (the
 * oldest that supports the starter, with its source) and the newest known, why each is there, the
 * Python it needs, then the install line, a starter app and the commands for development and
 * production. For someone learning, a smallest first app comes first.
 */
export function StackRecipeSection({ answers, winner }: { answers: Answers; winner: FrameworkId }) {
  const recipe = useMemo(() => recipeFor(answers, winner), [answers, winner]);
  const today = useToday();
  const name = FRAMEWORK_NAMES[winner];
  return (
    <section className="section recipe" aria-labelledby="recipe-heading">
      <h2 id="recipe-heading">Start building with {name}</h2>
      {recipe.beginner && <FirstStep step={recipe.beginner} name={name} />}
      <p>
        The packages that complete a {name} stack for your answers. Each asks for at least the
        oldest release that supports the starter app, so the line installs on a mirror that lags
        behind; pip picks the newest it can find.
      </p>
      <div className="table-scroll">
        <table className="comparison-table recipe__table">
          <caption className="visually-hidden">Packages in the {name} stack</caption>
          <thead>
            <tr>
              <th scope="col">Package</th>
              <th scope="col">Version</th>
              <th scope="col">Why it is here</th>
            </tr>
          </thead>
          <tbody>
            {recipe.packages.map((pkg) => (
              <tr key={pkg.name}>
                <th scope="row">
                  <code>{pkg.extras ? `${pkg.name}[${pkg.extras.join(',')}]` : pkg.name}</code>
                </th>
                <td>
                  at least {pkg.floor.version}
                  <span className="recipe__date"> ({pkg.floor.why})</span>
                  <SourceList sources={[pkg.floor.source]} />
                  {pkg.newest && (
                    <span className="recipe__date">
                      {' '}
                      Newest: {newestReleaseText(pkg.newest, today)}.
                    </span>
                  )}
                </td>
                <td>
                  {pkg.purpose}
                  <SourceList sources={[pkg.source]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {recipe.notes.length > 0 && (
        <ul className="recipe__notes">
          {recipe.notes.map((note) => (
            <li key={note.text}>
              {note.text}
              <SourceList sources={[note.source]} />
            </li>
          ))}
        </ul>
      )}
      <p>
        Needs Python {recipe.python} or newer. In a new folder, make a virtual environment first:
      </p>
      {/* Focusable: on a narrow screen the commands scroll sideways, also by keyboard. */}
      <pre className="recipe__commands" tabIndex={0}>
        <code>{recipe.commands.setup.slice(0, 2).join('\n')}</code>
      </pre>
      <CopyField
        label={`Install command (Python ${recipe.python}+)`}
        value={recipe.pipInstall}
        buttonLabel="Copy install command"
      />
      <div className="recipe__app">
        <CopyField
          label={`Starter app (${recipe.filename})`}
          value={recipe.starterApp}
          buttonLabel="Copy starter app"
          multiline
        />
      </div>
      {recipe.firstUser && <p>{recipe.firstUser}</p>}
      <Commands label="Then run, for development:" commands={recipe.commands.dev} />
      <Commands
        label={
          recipe.secretName
            ? `In production (it refuses to start with debug on or without a real ${recipe.secretName}):`
            : 'In production:'
        }
        commands={recipe.commands.production}
      />
    </section>
  );
}
