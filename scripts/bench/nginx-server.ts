/**
 * Serving for the benchmark, so that it weighs bytes as a deployment sends them: nginx with the
 * committed deploy/nginx.conf for this site, and the same server block for the stock Starlight site
 * (without this site's security headers, whose policy allows only this site's inline scripts), its
 * files precompressed by the same build stage first — the same server and settings for both, side by
 * side. Where nginx is not installed it falls back to scripts/serve.ts (the same headers and
 * precompressed files) and says so.
 */
import { nginxAvailability, startNginx } from '../deploy/nginx-server.ts';
import { precompress } from '../publish/compress.ts';
import { serverPort, startServer, stopServer } from '../serve.ts';

export interface BenchServer {
  /** Scheme, host and port: http://127.0.0.1:1234 (paths below it start with the base). */
  origin: string;
  /** Which server answers: 'nginx' or 'scripts/serve.ts'. */
  server: string;
  stop(): Promise<void>;
}

export interface BenchServeOptions {
  base?: string;
  /** Another site than this one (Starlight): precompressed here first, served without this site's security headers. */
  foreign?: boolean;
}

let warned = false;

/** Serves the built site in `dir` under `base` until stop(). */
export async function serveForBench(dir: string, { base = '/', foreign = false }: BenchServeOptions = {}): Promise<BenchServer> {
  if (foreign) await precompress(dir);
  const available = nginxAvailability();
  if (available.ok) {
    const nginx = await startNginx({ dir, base, foreign });
    return { origin: `http://127.0.0.1:${nginx.port}`, server: 'nginx', stop: () => nginx.stop() };
  }
  if (!warned) console.warn(`[bench] ${available.reason}; serving with scripts/serve.ts instead`);
  warned = true;
  const local = await startServer({ dir, base, port: 0, host: '127.0.0.1', securityHeaders: !foreign });
  return { origin: `http://127.0.0.1:${serverPort(local)}`, server: 'scripts/serve.ts', stop: () => stopServer(local) };
}
