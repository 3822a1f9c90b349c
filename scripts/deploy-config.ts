/**
 * `npm run deploy:config`: writes deploy/nginx.conf, deploy/nginx-subpath.conf and deploy/_headers from
 * the one declaration of how the site is served (scripts/deploy/headers.ts). Run it after changing that
 * declaration, the Content-Security-Policy or an inline script; a test fails until the files are current.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEPLOY_DIR, deployFiles } from './deploy/files.ts';

await mkdir(DEPLOY_DIR, { recursive: true });
for (const [name, text] of Object.entries(deployFiles())) {
  await writeFile(join(DEPLOY_DIR, name), text);
  console.log(`wrote ${DEPLOY_DIR}/${name}`);
}
