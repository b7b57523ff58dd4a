/**
 * The four tests as the kit sends them, and the answer each must give. Every endpoint of every
 * framework is checked before anything is measured: a wrong answer fails the run, so a fast
 * framework can never be fast at answering the wrong thing.
 */
import { isDeepStrictEqual } from 'node:util';

/** Rows in the `world` table (bench/seed.py). */
export const ROWS = 10_000;

/** The `randomnumber` of row `id`, as bench/seed.py writes it. */
export function randomNumber(id) {
  return ((id * 7919) % ROWS) + 1;
}

/** The body the validation test posts, and one every framework must refuse. */
export const VALID_SIGNUP = { name: 'Ada Lovelace', email: 'ada@example.com', age: 36 };
export const INVALID_SIGNUP = { name: '', email: 'not-an-email', age: -1 };

/** What the upstream stub (bench/upstream/server.mjs) answers. */
export function upstreamBody(delayMs) {
  return { service: 'upstream', delayMs };
}

/** How wrk loads each test: the path and the Lua script's argument (bench/wrk/bench.lua). */
export const LOADS = {
  json: { path: '/json' },
  db: { path: '/db/', arg: String(ROWS) },
  validate: { path: '/validate', arg: JSON.stringify(VALID_SIGNUP) },
  upstream: { path: '/upstream' },
};

async function call(base, path, init) {
  const started = performance.now();
  let response;
  try {
    response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    return {
      problem: `${init?.method ?? 'GET'} ${path}: ${error.cause?.message ?? error.message}`,
    };
  }
  const body = await response.text();
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, body, ms: performance.now() - started };
}

function expectJson(label, answer, status, expected) {
  if (answer.problem) return [answer.problem];
  if (answer.status !== status) {
    return [`${label} answered ${answer.status}, not ${status}: ${answer.body.slice(0, 200)}`];
  }
  if (expected !== undefined && !isDeepStrictEqual(answer.json, expected)) {
    return [`${label} answered ${answer.body.slice(0, 200)}, not ${JSON.stringify(expected)}`];
  }
  return [];
}

const CHECKS = {
  async json(base) {
    return expectJson('GET /json', await call(base, '/json'), 200, {
      message: 'Hello, World!',
    });
  },
  async db(base) {
    const problems = [];
    for (const id of [1, 4242, ROWS]) {
      problems.push(
        ...expectJson(`GET /db/${id}`, await call(base, `/db/${id}`), 200, {
          id,
          randomNumber: randomNumber(id),
        }),
      );
    }
    problems.push(...expectJson(`GET /db/${ROWS + 1}`, await call(base, `/db/${ROWS + 1}`), 404));
    return problems;
  },
  async validate(base) {
    const post = (body) =>
      call(base, '/validate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const problems = expectJson(
      'POST /validate (valid)',
      await post(VALID_SIGNUP),
      200,
      VALID_SIGNUP,
    );
    const refused = await post(INVALID_SIGNUP);
    if (refused.problem) return [...problems, refused.problem];
    if (refused.status !== 400 && refused.status !== 422) {
      problems.push(`POST /validate (invalid) answered ${refused.status}, not 400 or 422`);
    } else {
      for (const field of Object.keys(INVALID_SIGNUP)) {
        if (!refused.body.includes(`"${field}"`)) {
          problems.push(`POST /validate (invalid) does not name the field "${field}"`);
        }
      }
    }
    return problems;
  },
  async upstream(base, { upstreamDelayMs }) {
    const answer = await call(base, '/upstream');
    const problems = expectJson('GET /upstream', answer, 200, {
      upstream: upstreamBody(upstreamDelayMs),
    });
    if (problems.length === 0 && answer.ms < upstreamDelayMs) {
      problems.push(
        `GET /upstream answered in ${Math.round(answer.ms)} ms, before the upstream could`,
      );
    }
    return problems;
  },
};

/**
 * Checks one test's endpoint on the server at `base` (e.g. `http://127.0.0.1:9610`); returns
 * what is wrong, empty when every answer is right.
 */
export function checkTest(test, base, settings) {
  return CHECKS[test](base, settings);
}
