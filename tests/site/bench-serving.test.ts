/**
 * The benchmark's server (scripts/bench/nginx-server.ts) sends bytes as a deployment does: this site by
 * nginx as configured in deploy/, another site (Starlight) by the same server block after the same
 * precompression, without this site's security headers.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../scripts/lib/built-page.ts';
import { serveForBench } from '../../scripts/bench/nginx-server.ts';
import { nginxAvailability } from '../../scripts/deploy/nginx-server.ts';

const available = nginxAvailability();
const br = { headers: { 'Accept-Encoding': 'br' } };

// Skipped only where nginx cannot be installed (the message says what to install); a missing build fails.
describe.skipIf(!available.ok)('serving for the benchmark', () => {
  requireBuild('dist');
  it('should serve this site by nginx with its policy, brotli to a browser that asks for it', async () => {
    const server = await serveForBench('dist');
    try {
      expect(server.server).toBe('nginx');
      const response = await fetch(`${server.origin}/documents/wuhan-plan/`, br);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      // fetch() decodes the body; the header says what travelled.
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(await response.text()).toBe(await readFile('dist/documents/wuhan-plan/index.html', 'utf8'));
    } finally {
      await server.stop();
    }
  });

  describe('another site', () => {
    let site: string;
    beforeAll(async () => {
      site = await mkdtemp(join(tmpdir(), 'bench-foreign-'));
      // Another site's page: an inline script this site's policy would block, and text worth compressing.
      await writeFile(join(site, 'index.html'), `<!doctype html><title>x</title><script>document.title='ran'</script><p>${'文本 text '.repeat(400)}</p>`);
      await cp('dist/404.html', join(site, '404.html'));
    });
    afterAll(async () => {
      await rm(site, { recursive: true, force: true });
    });

    it('should precompress it and serve it by the same nginx, without this site\'s security headers', async () => {
      const server = await serveForBench(site, { foreign: true });
      try {
        expect(existsSync(join(site, 'index.html.br'))).toBe(true);
        const response = await fetch(`${server.origin}/`, br);
        expect(response.headers.get('content-encoding')).toBe('br');
        expect(response.headers.get('content-security-policy')).toBeNull();
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(brotliDecompressSync(await readFile(join(site, 'index.html.br'))).toString()).toBe(await response.text());
      } finally {
        await server.stop();
      }
    });
  });
});
