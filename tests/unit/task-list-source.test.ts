import { describe, expect, it } from 'vitest';
import { readTaskListSource } from '../lib/task-list-source.ts';

describe('the Task List read from its seed text (the tests\' independent oracle)', () => {
  const tasks = readTaskListSource();

  it('should find the 104 tasks the list states, numbered 1 to 104 without gaps', () => {
    expect(tasks.map((task) => task.number)).toEqual(Array.from({ length: 104 }, (_, index) => index + 1));
  });

  it('should read task 60 under 三（五）, a local standard for Chongqing', () => {
    expect(tasks[59]).toEqual({ number: 60, category: '3-5', level: 'local', title: '12345 政务服务便民热线服务与管理规范', assignment: '重庆' });
  });

  it('should count the tasks of each part as printed: 2 national, 10 industry, 66 local, 18 group, 8 other', () => {
    const count = (level: string) => tasks.filter((task) => task.level === level).length;
    expect(['national', 'industry', 'local', 'group', 'other'].map(count)).toEqual([2, 10, 66, 18, 8]);
  });
});
