/**
 * The committed deployment files in deploy/, each as generated from scripts/deploy/headers.ts:
 * `npm run deploy:config` writes them, tests/unit/deploy-config.test.ts checks they are current.
 */
import { SUBPATH_BUILD } from '../lib/subpath-build.ts';
import { headersFile } from './headers-file.ts';
import { DEFAULT_LISTEN, DEFAULT_ROOT, nginxConf } from './nginx-conf.ts';

export const DEPLOY_DIR = 'deploy';

export function deployFiles(): Record<string, string> {
  return {
    'nginx.conf': nginxConf({ base: '/', listen: DEFAULT_LISTEN, root: DEFAULT_ROOT }),
    // The example sub-path is the one the tests build under (SITE_BASE=/policy-atlas/).
    'nginx-subpath.conf': nginxConf({ base: SUBPATH_BUILD.base, listen: DEFAULT_LISTEN, root: '/var/www' }),
    '_headers': headersFile('/'),
  };
}
