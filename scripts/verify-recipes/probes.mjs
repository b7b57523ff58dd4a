/**
 * The recipe tried as an attacker would, on top of the documented steps:
 *
 * - production started the ways people start it: the server line alone (no secret, nothing else
 *   run), with the debug variable left over from development (with and without a secret), and
 *   with a made-up default secret; each must refuse once, exit non-zero and say why;
 * - a session cookie forged with every string the starter ships (any could have been a fixed
 *   key) must not open the admin;
 * - a signed-in admin write without its CSRF token, and one with a valid token sent from another
 *   site, must both be refused, while the same write from the admin's own page lands;
 * - the session cookies production sets are Secure, HttpOnly and SameSite.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HttpSession, request } from './http.mjs';
import { ADMIN_PASSWORD, ADMIN_USER, check, fail, refusesToStart, tail } from './phases.mjs';

const FORGE = fileURLToPath(new URL('forge_sessions.py', import.meta.url));
const DEBUG_VARIABLE = { django: 'DJANGO_DEBUG', flask: 'FLASK_DEBUG', fastapi: 'APP_DEBUG' };
const FOREIGN_ORIGIN = 'https://attacker.example';

export function debugVariableOf(recipe) {
  return DEBUG_VARIABLE[recipe.framework];
}

/** Each way of starting production without what it needs refuses; `log` names the probe. */
export async function checkProductionRefusals(recipe, { dir, env, port, log }) {
  const { production } = recipe.commands;
  const secret = recipe.secretName;
  const debug = debugVariableOf(recipe);
  check(
    production.some((line) => line.startsWith(`export ${secret}=`)) &&
      production.includes(`unset ${debug}`),
    `production does not set ${secret} and unset ${debug}`,
  );
  // What the environment holds when the server line runs decides; the database steps between
  // (migrate, collectstatic, init-db) do not, and are left out to keep the run short.
  const environment = production.filter((line) => /^(export|unset) /.test(line));
  const server = production.at(-1);
  const leftOver = environment.map((line) =>
    line === `unset ${debug}` ? `export ${debug}=1` : line,
  );
  const withoutSecret = (lines) => lines.filter((line) => !line.startsWith(`export ${secret}=`));
  const probes = [
    ['the production server line alone', [server], secret],
    // Django's deploy check names debug mode first; the others name both.
    [
      `production with ${debug} left over, no secret`,
      [...withoutSecret(leftOver), server],
      'DEBUG',
    ],
    [`production with ${debug} left over, a real secret`, [...leftOver, server], 'DEBUG'],
    [
      `production with a default ${secret}`,
      [...withoutSecret(environment), `export ${secret}=dev-only-change-me`, server],
      secret,
    ],
  ];
  for (const [name, lines, mention] of probes) {
    log(`refuses: ${name}`);
    const result = await refusesToStart(dir, env, lines, port, mention);
    check(result.refused, `${name} did not refuse: ${result.why}`);
  }
}

function csrfFrom(html, field) {
  const tag = [...html.matchAll(/<input[^>]*>/g)]
    .map((match) => match[0])
    .find((input) => input.includes(`name="${field}"`));
  const value = tag?.match(/value="([^"]+)"/)?.[1];
  check(value, `no ${field} in the form`);
  return value;
}

export async function djangoUsers(port, recipe, headers) {
  const path = recipe.choices.api === 'ninja' ? '/api/health' : '/api/health/';
  const response = await request(port, 'GET', path, { headers });
  check(response.status === 200, `GET ${path} gave ${response.status}`);
  return JSON.parse(response.body).users;
}

export async function listItems(port) {
  const response = await request(port, 'GET', '/items');
  check(response.status === 200, `GET /items gave ${response.status}`);
  return JSON.parse(response.body).map((item) => item.name);
}

/**
 * Per framework: how to sign in to the admin, where its write form is and what it needs, and
 * how to tell whether a write landed. `name` tells writes apart.
 */
const ADMINS = {
  django: {
    login: '/admin/login/',
    form: '/admin/auth/user/add/',
    tokenField: 'csrfmiddlewaretoken',
    session: 'sessionid',
    fields: (name) => ({
      username: name,
      usable_password: 'true',
      password1: ADMIN_PASSWORD,
      password2: ADMIN_PASSWORD,
    }),
    async signIn(session) {
      const token = csrfFrom((await session.get('/admin/login/')).body, 'csrfmiddlewaretoken');
      const login = await session.post('/admin/login/?next=/admin/', {
        csrfmiddlewaretoken: token,
        username: ADMIN_USER,
        password: ADMIN_PASSWORD,
      });
      check(
        login.status === 302 && !login.headers.location?.includes('login'),
        `admin login gave ${login.status}`,
      );
    },
    count: (port, recipe, headers) => djangoUsers(port, recipe, headers),
  },
  flask: {
    login: '/admin/login/',
    form: '/admin/item/new/',
    tokenField: 'csrf_token',
    session: 'session',
    fields: (name) => ({ name }),
    async signIn(session) {
      const token = csrfFrom((await session.get('/admin/login/')).body, 'csrf_token');
      const login = await session.post('/admin/login/', {
        csrf_token: token,
        username: ADMIN_USER,
        password: ADMIN_PASSWORD,
      });
      check(login.status === 302, `admin login gave ${login.status}`);
    },
    count: async (port) => (await listItems(port)).length,
  },
  fastapi: {
    login: '/admin/login',
    form: '/admin/item/create',
    tokenField: 'csrf_token',
    session: 'session',
    fields: (name) => ({ name }),
    async signIn(session) {
      const login = await session.post('/admin/login', {
        username: ADMIN_USER,
        password: ADMIN_PASSWORD,
      });
      check(login.status === 302, `admin login gave ${login.status}`);
    },
    count: async (port) => (await listItems(port)).length,
  },
};

/**
 * The admin refuses an anonymous write, a signed-in write without its CSRF token and one with a
 * valid token sent from another site's page, and takes the same write from its own page.
 */
export async function checkAdminWrites(port, recipe, headers, name) {
  const admin = ADMINS[recipe.framework];
  const origin = headers.host ? `https://${headers.host}` : `http://127.0.0.1:${port}`;
  const count = () => admin.count(port, recipe, headers);
  const before = await count();

  const anonymous = new HttpSession(port, headers, origin);
  const anonymousToken =
    recipe.framework === 'django'
      ? { [admin.tokenField]: csrfFrom((await anonymous.get(admin.login)).body, admin.tokenField) }
      : {};
  const refused = await anonymous.post(admin.form, { ...anonymousToken, ...admin.fields(name) });
  check(
    refused.status === 302 && refused.headers.location?.includes('/admin/login'),
    `an anonymous admin write gave ${refused.status}, not a redirect to the login`,
  );
  check((await count()) === before, 'an anonymous admin write landed');

  const signedIn = new HttpSession(port, headers, origin);
  await admin.signIn(signedIn);
  const noToken = await signedIn.post(admin.form, admin.fields(`${name}-no-token`));
  check(noToken.status !== 302, `a signed-in write without its CSRF token gave ${noToken.status}`);
  check((await count()) === before, 'a signed-in write without its CSRF token landed');

  const token = () =>
    signedIn.get(admin.form).then((page) => csrfFrom(page.body, admin.tokenField));
  const foreign = await signedIn.post(
    admin.form,
    { [admin.tokenField]: await token(), ...admin.fields(`${name}-foreign`) },
    FOREIGN_ORIGIN,
  );
  check(foreign.status !== 302, `a write sent from another site gave ${foreign.status}`);
  check((await count()) === before, 'a write sent from another site landed');

  const added = await signedIn.post(admin.form, {
    [admin.tokenField]: await token(),
    ...admin.fields(name),
  });
  check(added.status === 302, `the signed-in admin write gave ${added.status}`);
  check((await count()) === before + 1, 'the signed-in admin write is not in the database');
  return signedIn;
}

/** Production's session (and CSRF) cookies: Secure, HttpOnly, SameSite. */
export function checkCookies(recipe, session) {
  const cookies = [...session.setCookies];
  check(cookies.length > 0, 'signing in set no cookie');
  check(
    session.setCookies.has(ADMINS[recipe.framework].session),
    `no ${ADMINS[recipe.framework].session} cookie after signing in`,
  );
  for (const [name, line] of cookies) {
    for (const attribute of [/;\s*secure/i, /;\s*httponly/i, /;\s*samesite=(lax|strict)/i]) {
      check(attribute.test(line), `the ${name} cookie lacks ${attribute.source}: ${line}`);
    }
  }
}

/** No session cookie signed with a string the starter ships opens the admin. */
export async function checkForgedSessions(recipe, { dir, env, port, headers, log }) {
  const forged = spawnSync('.venv/bin/python', [FORGE, recipe.framework, recipe.filename], {
    cwd: dir,
    env,
    encoding: 'utf8',
  });
  check(forged.status === 0, `forging sessions failed:\n${tail(forged.stderr)}`);
  const cookies = JSON.parse(forged.stdout);
  log(`forged sessions: ${cookies.length} keys`);
  check(cookies.length > 10, 'too few strings to forge sessions with');
  for (const { key, name, value } of cookies) {
    const response = await request(port, 'GET', '/admin/', {
      headers: { ...headers, cookie: `${name}=${value}` },
    });
    if (response.status >= 200 && response.status < 300) {
      fail(`a session forged with the key "${key}" opened the admin (${response.status})`);
    }
  }
}
