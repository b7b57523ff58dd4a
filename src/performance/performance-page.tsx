import { useState } from 'react';
import { Link } from 'react-router';
import {
  BENCH_TEST_IDS,
  caseKey,
  readBenchResults,
  summarizeRuns,
  type BenchCase,
  type BenchResults,
} from '../domain/bench-results';
import {
  busyMachineNote,
  frameworkVersions,
  glance,
  runDate,
  runLength,
  runLoad,
  runMachine,
  runMethod,
} from '../domain/bench-text';
import { BENCH_CAVEATS, BENCH_METHOD, type BenchMethodNote } from '../domain/content/bench-method';
import { BENCH_REFERENCES } from '../domain/content/bench-references';
import { BENCH_TESTS } from '../domain/content/bench-tests';
import { paths } from '../paths';
import { FrameworkPatterns } from '../ui/framework-key';
import { PageHeading } from '../ui/page-heading';
import { SourcesDisclosure } from '../ui/sources-disclosure';
import { useDocumentTitle } from '../ui/use-document-title';
import referenceFile from './reference-results.json';
import { ResultsFigure, type Panel } from './results-figure';
import { ResultsLoader, type LoadOutcome } from './results-loader';
import './performance.css';

const TITLE = 'Performance, measured';

/** The committed reference run, read as any loaded file is: a bad one is named, never shown. */
const REFERENCE = readBenchResults(referenceFile);

const RERUN = `sudo apt-get install postgresql wrk python3 python3-venv
npm ci
npm run bench:frameworks`;

const TWO_MACHINES = `# on the servers' machine
npm run bench:frameworks -- --serve --listen 0.0.0.0
# on the load generator's machine
npm run bench:frameworks -- --target http://10.0.0.5:9610`;

function RunFacts({ results }: { results: BenchResults }) {
  const length = runLength(results);
  const busy = busyMachineNote(results);
  return (
    <dl className="perf-facts">
      <dt>When</dt>
      <dd>
        {runDate(results)}
        {length && `, ${length}`}
      </dd>
      <dt>How</dt>
      <dd>{runMethod(results)}</dd>
      <dt>Machine</dt>
      <dd>{runMachine(results)}</dd>
      <dt>Load</dt>
      <dd>
        {runLoad(results)}
        {busy && <span className="perf-facts__busy"> {busy}</span>}
      </dd>
      <dt>Software</dt>
      <dd>
        Python {results.environment.python}; {results.environment.database.version};{' '}
        {results.environment.loadGenerator.version}
        <ul className="perf-facts__versions">
          {results.frameworks.map((framework) => (
            <li key={framework.id}>{frameworkVersions(framework)}</li>
          ))}
        </ul>
      </dd>
      <dt>Command</dt>
      <dd>
        <code>{results.command}</code>
      </dd>
    </dl>
  );
}

function Notes({ notes }: { notes: readonly BenchMethodNote[] }) {
  return (
    <ul className="perf-notes">
      {notes.map((note) => (
        <li key={note.title}>
          <strong>{note.title}.</strong> {note.text}
          <SourcesDisclosure sources={note.sources} />
        </li>
      ))}
    </ul>
  );
}

function LoadStatus({ outcome, onClear }: { outcome: LoadOutcome; onClear: () => void }) {
  if (outcome.kind === 'refused') {
    return (
      <div className="perf-status perf-status--refused" role="alert">
        <p>
          <strong>{outcome.name}</strong> was not loaded. {outcome.message}
        </p>
      </div>
    );
  }
  return (
    <div className="perf-status" role="status">
      <p>
        Showing <strong>{outcome.name}</strong> beside the reference run
        {outcome.ignored.length > 0 && ` (left out: ${outcome.ignored.join(', ')})`}.{' '}
        <button type="button" className="button button--secondary" onClick={onClear}>
          Show the reference alone
        </button>
      </p>
    </div>
  );
}

/** Each test's cases of a run, by test and concurrency. */
function casesByKey(results: BenchResults | undefined): ReadonlyMap<string, BenchCase> {
  const cases = results ? summarizeRuns(results.runs) : [];
  return new Map(cases.map((entry) => [caseKey(entry.test, entry.connections), entry]));
}

/**
 * /performance: the reference run of the benchmark kit as charts per test, what each test means,
 * the method and its caveats, how to rerun it, a reader's own results.json beside the reference,
 * and other public benchmarks as dated context.
 */
export function PerformancePage() {
  useDocumentTitle(TITLE);
  const [outcome, setOutcome] = useState<LoadOutcome>();
  const yours = outcome?.kind === 'loaded' ? outcome.results : undefined;
  const reference = REFERENCE.ok ? REFERENCE.results : undefined;
  const referenceBusy = reference && busyMachineNote(reference);
  const referenceCases = casesByKey(reference);
  const yourCases = casesByKey(yours);
  const levels = [
    ...new Set([
      ...(reference?.settings.connections ?? []),
      ...(yours?.settings.connections ?? []),
    ]),
  ].sort((a, b) => a - b);

  return (
    <div className="performance-page">
      <FrameworkPatterns />
      <PageHeading>{TITLE}</PageHeading>
      <p className="lede">
        Django, Flask and FastAPI on four workloads, each written and deployed the way its
        documentation teaches, measured by this project’s benchmark kit against a real PostgreSQL
        with a real load generator. One command reruns it on your machine, and this page shows your
        results beside these.
      </p>

      {reference ? (
        <section className="section" aria-labelledby="glance-heading">
          <h2 id="glance-heading">At a glance</h2>
          <p>
            The reference run at {reference.settings.connections.at(-1)} concurrent connections;
            every figure and the lower concurrency are below.
          </p>
          <ul className="perf-glance">
            {glance(reference).map((line) => (
              <li key={line.label}>
                <strong>{line.label}:</strong> {line.sentence}
              </li>
            ))}
          </ul>
          {referenceBusy && <p className="perf-busy">{referenceBusy} Rerun it on yours.</p>}
          <p>
            Which row matters depends on what your endpoints do: plain JSON and validation show a
            framework’s own cost per request, the ORM read a typical CRUD endpoint, the upstream
            call an endpoint that waits on another service. The{' '}
            <Link to={paths.compare.getHref()}>comparison</Link> and your{' '}
            <Link to={paths.question.getHref('perf')}>recommendation</Link> weigh performance with
            everything else.
          </p>
        </section>
      ) : (
        <p className="perf-status perf-status--refused" role="alert">
          The reference run could not be shown. {!REFERENCE.ok && REFERENCE.message}
        </p>
      )}

      <section className="section" aria-labelledby="runs-heading">
        <h2 id="runs-heading">The runs</h2>
        <div className={yours ? 'perf-runs perf-runs--2' : 'perf-runs'}>
          {reference && (
            <div>
              <h3>Reference run</h3>
              <RunFacts results={reference} />
            </div>
          )}
          {yours && (
            <div>
              <h3>Your run</h3>
              <RunFacts results={yours} />
            </div>
          )}
        </div>
        <ResultsLoader onLoad={setOutcome} />
        {outcome && <LoadStatus outcome={outcome} onClear={() => setOutcome(undefined)} />}
      </section>

      {BENCH_TEST_IDS.map((test) => {
        const content = BENCH_TESTS[test];
        const headingId = `perf-${test}-heading`;
        return (
          <section key={test} className="section" aria-labelledby={headingId}>
            <h2 id={headingId}>{content.label}</h2>
            <p>{content.does}</p>
            <p>
              <strong>For a real project:</strong> {content.meaning}
            </p>
            {levels.map((connections) => {
              const key = caseKey(test, connections);
              const panels: Panel[] = [{ title: 'Reference', entry: referenceCases.get(key) }];
              if (yours) panels.push({ title: 'Your run', entry: yourCases.get(key) });
              if (panels.every((panel) => !panel.entry)) return null;
              return (
                <ResultsFigure
                  key={key}
                  caption={`${content.label} at ${connections} concurrent connections`}
                  panels={panels}
                />
              );
            })}
          </section>
        );
      })}

      <section className="section" aria-labelledby="method-heading">
        <h2 id="method-heading">Method</h2>
        <Notes notes={BENCH_METHOD} />
      </section>

      <section className="section" aria-labelledby="caveats-heading">
        <h2 id="caveats-heading">What these figures cannot tell you</h2>
        <Notes notes={BENCH_CAVEATS} />
      </section>

      <section className="section" aria-labelledby="rerun-heading">
        <h2 id="rerun-heading">Rerun it</h2>
        <p>
          In a checkout of this project on Debian or Ubuntu, with Node.js 20.19 or newer. A full run
          takes about half an hour on two cores; <code>-- --quick</code> checks the kit in a minute
          or two; <code>-- --db sqlite</code> needs no PostgreSQL. It writes{' '}
          <code>bench/results.json</code>, which you can load above.
        </p>
        <pre className="perf-code">
          <code>{RERUN}</code>
        </pre>
        <h3>Past one machine</h3>
        <p>
          To take the load generator off the servers’ cores, run the servers on one machine and wrk
          on another, on a private network:
        </p>
        <pre className="perf-code">
          <code>{TWO_MACHINES}</code>
        </pre>
        <p>
          Even then, the figures leave out the cost of a real network (latency, a TLS-terminating
          proxy, connection limits), how each framework scales with more cores or more servers
          behind a load balancer, and a database on a host of its own, where every query pays a
          network round trip.
        </p>
      </section>

      <section className="section" aria-labelledby="others-heading">
        <h2 id="others-heading">What public benchmarks found</h2>
        <p>
          Measured elsewhere, on other machines and with other code, so the ratios, not the figures,
          compare with this page’s.
        </p>
        {BENCH_REFERENCES.map((reference) => (
          <div key={reference.name} className="perf-reference">
            <h3>{reference.name}</h3>
            <p className="perf-reference__when">
              {reference.when}; {reference.machine}.
            </p>
            <ul className="perf-notes">
              {reference.claims.map((claim) => (
                <li key={claim.text}>
                  {claim.kind === 'unverified' && <span className="tag">Unverified</span>}{' '}
                  {claim.text}
                  {claim.note && <span className="perf-reference__note"> {claim.note}</span>}
                  <SourcesDisclosure sources={claim.sources} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
