/**
 * Two places side by side (src/lib/explore/compare.ts) on the seeds' model: every pair once, the tasks
 * each place is named for by category, a province's through its cities. Numbers from DOMAIN.md.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../scripts/build-content.ts';
import { compareRows, namedTasks, placePairs } from '../../src/lib/explore/compare.ts';

describe('compare two places', () => {
  let loaded: ReturnType<typeof loadSiteContent> | undefined;
  const site = () => (loaded ??= loadSiteContent('seeds'));

  it('should list every pair of places once, the one with the smaller id first', () => {
    const pairs = placePairs([{ id: 'b' }, { id: 'a' }, { id: 'c' }]).map(([a, b]) => `${a.id}/${b.id}`);
    expect(pairs).toEqual(['a/b', 'a/c', 'b/c']);
  });

  it("should give Jiangsu the 14 tasks of the first Task List named for Nanjing, each through Nanjing, and Chongqing its own 26", async () => {
    const { model } = await site();
    const place = (id: string) => model.places.find((entry) => entry.id === id)!;
    // The first Task List's counts (DOMAIN.md), which later batches leave as they are.
    const tasks = model.tasks.filter((task) => task.list === 'task-list-1');
    const jiangsu = namedTasks(place('jiangsu'), tasks);
    expect(jiangsu).toHaveLength(14);
    expect(new Set(jiangsu.map((entry) => entry.via))).toEqual(new Set(['nanjing']));
    expect(namedTasks(place('chongqing'), tasks).every((entry) => entry.via === undefined)).toBe(true);
    const rows = compareRows(place('chongqing'), place('jiangsu'), tasks, model.categories);
    expect(rows.flatMap((row) => row.a)).toHaveLength(26);
    expect(rows.flatMap((row) => row.b)).toHaveLength(14);
    // Each row is a category at least one of the two is named for, and holds only tasks of that category.
    for (const row of rows) {
      expect(row.a.length + row.b.length).toBeGreaterThan(0);
      for (const { task } of [...row.a, ...row.b]) expect(`${task.list}-${task.category}`).toBe(row.category.id);
    }
  });
});
