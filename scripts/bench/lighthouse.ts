/**
 * Lighthouse on the system Chromium, at a pinned version fetched by `npm exec` on first use: it is large
 * (Puppeteer, Sentry …) and only the benchmark needs it, so it stays out of the install every test run
 * makes. Its default configuration: a mobile page on simulated slow 4G with a 4× slower CPU.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../lib/run-command.ts';

export const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'total-byte-weight'];

export interface LighthouseRun {
  path: string;
  /** 0–100 per category. */
  scores: Record<string, number>;
  /** Lighthouse's own display values ("0.8 s", "0 ms", "Total size was 13 KiB"). */
  metrics: Record<string, string>;
  /** Audits in a scored category that did not pass: what to look at. */
  failing: string[];
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; displayValue?: string }>;
}

export async function lighthouse(url: string, path: string, chromePath: string | undefined): Promise<LighthouseRun> {
  const dir = await mkdtemp(join(tmpdir(), 'lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    await runCommand(
      'npm',
      ['exec', '--yes', `--package=${LIGHTHOUSE}`, '--', 'lighthouse', url + path, '--output=json', `--output-path=${output}`, `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu', '--quiet'],
      { env: chromePath ? { CHROME_PATH: chromePath } : {}, output: 'capture' },
    );
    const report = JSON.parse(await readFile(output, 'utf8')) as Report;
    return {
      path,
      scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)])),
      metrics: Object.fromEntries(METRICS.map((metric) => [metric, report.audits[metric]?.displayValue ?? '–'])),
      failing: CATEGORIES.flatMap((category) =>
        (report.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${category}/${ref.id}`),
      ),
    };
  } catch (error) {
    throw new Error(`Lighthouse on ${url + path} failed`, { cause: error });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
