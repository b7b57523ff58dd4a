/**
 * What the kit must undo however it ends (done, failed, Ctrl-C): servers to stop, PostgreSQL to
 * stop, temporary folders to remove. Each step registers its undo as soon as it has something to
 * undo; they run last first, once.
 */

/** An error with a message for the person running the kit: printed without a stack. */
export class KitError extends Error {}

const tasks = [];
let running;

/** Registers `undo` (may be async) to run at the end. */
export function onCleanup(undo) {
  tasks.push(undo);
}

/** Runs every registered undo, last first; safe to call more than once. */
export function runCleanup() {
  running ??= (async () => {
    while (tasks.length > 0) {
      const undo = tasks.pop();
      try {
        await undo();
      } catch (error) {
        console.error(`  cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return running;
}

/** On Ctrl-C or a termination signal: clean up, then exit with the signal's conventional code. */
export function cleanUpOnSignals() {
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      console.error(
        `\n${signal}: stopping the servers and the database, removing temporary files…`,
      );
      runCleanup().finally(() => process.exit(code));
    });
  }
}
