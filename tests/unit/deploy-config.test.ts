/**
 * The deployment files in deploy/ are what the one declaration (scripts/deploy/headers.ts) generates,
 * and the policy they send allows exactly the site's inline scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DIR, deployFiles } from '../../scripts/deploy/files.ts';
import { cacheControl, contentType, IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../scripts/deploy/headers.ts';
import { nginxConf } from '../../scripts/deploy/nginx-conf.ts';
import { cspHash, cspHeaderValue } from '../../src/lib/security/csp.ts';
import { INLINE_SCRIPTS } from '../../src/lib/security/inline-scripts.ts';

describe('deploy/', () => {
  for (const [name, text] of Object.entries(deployFiles())) {
    it(`should hold ${name} as generated (run npm run deploy:config after changing the declaration, the policy or an inline script)`, () => {
      expect(readFileSync(join(DEPLOY_DIR, name), 'utf8')).toBe(text);
    });
  }

  it('should let an operator change only listen and root: every other line is the same for any of them', () => {
    const a = nginxConf({ base: '/', listen: '80', root: '/srv/a' }).split('\n');
    const b = nginxConf({ base: '/', listen: '127.0.0.1:8080', root: '/srv/b' }).split('\n');
    expect(a.filter((line, index) => line !== b[index]).map((line) => line.trim().split(' ')[0])).toEqual(['listen', 'root']);
  });

  it('should send every security header in every location of the nginx server block', () => {
    const conf = deployFiles()['nginx.conf']!;
    const locations = conf.split(/\n\s*location /).slice(1);
    expect(locations).toHaveLength(2);
    for (const location of locations) for (const [name] of SECURITY_HEADERS) expect(location).toContain(`add_header ${name} `);
  });
});

describe('the Content-Security-Policy header', () => {
  const policy = cspHeaderValue();
  it("should allow each inline script by its hash, and no 'unsafe-inline' or eval", () => {
    for (const script of INLINE_SCRIPTS) expect(policy).toContain(`'${cspHash(script)}'`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe('caching and types', () => {
  it.each([
    ['_astro/Base.wi4cfRTT.css', IMMUTABLE],
    ['pagefind/fragment/en_0acef8f.pf_fragment', IMMUTABLE],
    ['pagefind/pagefind.en_c17a44d211.pf_meta', IMMUTABLE],
    ['_search/header.js', REVALIDATE],
    ['_search/page.js', REVALIDATE],
    ['pagefind/pagefind.js', REVALIDATE],
    ['pagefind/pagefind-entry.json', REVALIDATE],
    ['pagefind/wasm.en.pagefind', REVALIDATE],
    ['tasks/task-list-1/60/index.html', REVALIDATE],
  ])('should give %s Cache-Control: %s', (path, expected) => {
    expect(cacheControl(path)).toBe(expected);
  });

  it('should send UTF-8 text with its charset and Pagefind files as bytes', () => {
    expect(contentType('index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('_search/header.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('pagefind/index/en_1.pf_index')).toBe('application/octet-stream');
    expect(contentType('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(contentType('previews/site.png')).toBe('image/png');
  });
});
