/** The scale benchmark's synthetic corpora go through the ordinary build: same checks, nothing skipped. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticSeeds } from '../../scripts/bench/synthetic-seeds.ts';
import { loadModel, loadSiteContent } from '../../scripts/build-content.ts';

describe('synthetic corpora', () => {
  it('should build a 3× corpus with every translation complete and current', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'synthetic-')), 'seeds');
    try {
      // Every task list of the seeds three times (one list, 104 tasks, today).
      const seeds = await loadModel('seeds');
      const lists = new Set(seeds.tasks.map((task) => task.list)).size;
      expect(await writeSyntheticSeeds('seeds', dir, 3)).toEqual({ taskLists: 3 * lists });
      const { model } = await loadSiteContent(dir);
      expect(model.tasks).toHaveLength(3 * seeds.tasks.length);
      expect(model.documents.find((document) => document.id === 'task-list-1-x3')!.translation.title).toMatch(/\(synthetic copy 3\)$/);
    } finally {
      await rm(join(dir, '..'), { recursive: true, force: true });
    }
  });
});
