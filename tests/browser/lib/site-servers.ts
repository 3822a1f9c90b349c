/**
 * A built site served for one spec file by the server of the project it runs in: nginx with the
 * committed configuration in the `nginx` project, scripts/serve.ts otherwise. For builds other than
 * dist/ (the sub-path build, the hostile fixture), which the configured web servers do not serve.
 */
import { existsSync } from 'node:fs';
import type { TestInfo } from '@playwright/test';
import { startNginx } from '../../../scripts/deploy/nginx-server.ts';
import { serverPort, startServer, stopServer } from '../../../scripts/serve.ts';

export interface SiteServer {
  /** http://host:port/base/ */
  url: string;
  stop(): Promise<void>;
}

const NGINX_PROJECT = 'nginx';

export async function serveBuild(testInfo: TestInfo, dir: string, base = '/', howToBuild = 'npm test makes it'): Promise<SiteServer> {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`no build in ${dir}/ (${howToBuild})`);
  if (testInfo.project.name === NGINX_PROJECT) return startNginx({ dir, base });
  // Port 0: a free port of the system's choosing, so parallel checkouts cannot collide.
  const server = await startServer({ dir, base, port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${serverPort(server)}${base}`, stop: () => stopServer(server) };
}
