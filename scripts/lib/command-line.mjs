/**
 * A script's command line through node:util's `parseArgs`, with `--help`: an unknown option or a
 * bad number ends the script with its usage and exit code 64 (EX_USAGE), not a stack trace.
 */
import { parseArgs } from 'node:util';

/** Prints what is wrong and how to call the script, then exits. */
function usageError(message, usage) {
  console.error(`${message}\nUsage: ${usage}`);
  process.exit(64);
}

/**
 * @param {string} usage  how to call the script, e.g. `npm run bench -- [--rounds N]`
 * @param {import('node:util').ParseArgsConfig} [config]  parseArgs' configuration
 */
export function readCommandLine(usage, config = {}) {
  let parsed;
  try {
    parsed = parseArgs({ ...config, options: { ...config.options, help: { type: 'boolean' } } });
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error), usage);
  }
  if (parsed.values.help) {
    console.log(`Usage: ${usage}`);
    process.exit(0);
  }
  return parsed;
}

/** An option's value as a whole number of at least `min`; otherwise the usage, and exit. */
export function wholeNumber(value, name, usage, min = 0) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    usageError(`--${name} must be a whole number of at least ${min}, not "${value}"`, usage);
  }
  return number;
}
