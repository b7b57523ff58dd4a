import { useMemo } from 'react';
import { FRAMEWORK_NAMES, type FrameworkId } from '../domain/frameworks';
import type { Answers } from '../domain/questions';
import { recipeFor, requirementSpec } from '../domain/stack-recipe';
import { CopyField } from '../ui/copy-field';
import { SourceList } from '../ui/source-list';
import './result-tools.css';

/**
 * The stack recipe for the winner and the answers: which packages, at least which release (with
 * its date and source), why each is there, then the install line and a starter app to copy.
 */
export function StackRecipeSection({ answers, winner }: { answers: Answers; winner: FrameworkId }) {
  const recipe = useMemo(() => recipeFor(answers, winner), [answers, winner]);
  const name = FRAMEWORK_NAMES[winner];
  return (
    <section className="section recipe" aria-labelledby="recipe-heading">
      <h2 id="recipe-heading">Start building with {name}</h2>
      <p>
        The packages that complete a {name} stack for your answers. Each asks for at least the
        newest release our sources confirm; a package without a confirmed version gets the latest.
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
                  <code>{requirementSpec({ ...pkg, minVersion: undefined })}</code>
                </th>
                <td>
                  {pkg.minVersion ? (
                    <>
                      at least {pkg.minVersion}
                      <span className="recipe__date"> (released {pkg.asOf})</span>
                    </>
                  ) : (
                    'latest (no exact version in our sources)'
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
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <CopyField
        label="Install command"
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
      <p>Then run:</p>
      <pre className="recipe__commands">
        <code>{recipe.runCommands.join('\n')}</code>
      </pre>
    </section>
  );
}
