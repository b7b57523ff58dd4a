// Lays out a deployment the way the README tells a reader to, then leaves the server to the
// caller (the Playwright config runs `exec nginx …` or `exec wrangler …` after this):
//
//   node prepare-site.mjs nginx           writes nginx.conf: root.conf on the root build,
//                                         sub-path.conf on a site with dist-base/ in picker/
//   node prepare-site.mjs pages-sub-path  a Pages output folder with dist-base/ in picker/ and
//                                         its _headers and _redirects moved up to the top
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NGINX_ROOT_PORT, NGINX_SUB_PATH_PORT, REPO, RUN_DIR } from './servers.mjs';

const kind = process.argv[2];

/** A fresh copy of dist-base/ in `<site>/picker/`, as a reader would upload it. */
async function subPathSite(site) {
  await rm(site, { recursive: true, force: true });
  await mkdir(site, { recursive: true });
  const files = await readdir(join(REPO, 'dist-base'));
  if (!files.includes('404.html'))
    throw new Error('dist-base/ has no 404.html: run npm run build:base');
  await cp(join(REPO, 'dist-base'), join(site, 'picker'), { recursive: true });
}

if (kind === 'nginx') {
  const dir = join(RUN_DIR, 'nginx');
  const site = join(dir, 'sub-path-site');
  await subPathSite(site);
  const temp = (name) => `${name}_temp_path ${join(dir, `${name}-temp`)};`;
  // The surrounding config a reader's distribution ships (mime types, temp paths); the parts
  // under test are included as the files they are.
  const config = `
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${NGINX_ROOT_PORT};
    root ${join(REPO, 'dist')};
    include ${join(REPO, 'deploy/nginx/root.conf')};
  }
  server {
    listen 127.0.0.1:${NGINX_SUB_PATH_PORT};
    root ${site};
    include ${join(REPO, 'deploy/nginx/sub-path.conf')};
    # The rest of the site: its own home page, which the picker's config must leave alone.
    location = / {
      default_type text/plain;
      return 200 "the rest of the site\\n";
    }
  }
}
`;
  await writeFile(join(dir, 'nginx.conf'), config);
  console.log(`nginx config in ${dir}`);
} else if (kind === 'pages-sub-path') {
  const site = join(RUN_DIR, 'pages-sub-path');
  await subPathSite(site);
  for (const file of ['_headers', '_redirects']) {
    await rename(join(site, 'picker', file), join(site, file));
  }
  console.log(`Pages output folder in ${site}`);
} else {
  throw new Error(`usage: node prepare-site.mjs nginx|pages-sub-path (got ${kind})`);
}
