/**
 * A name that says "the city's" (市商务局) printed by the plans of two cities is two departments: the
 * build stops naming the plans and the mend (scripts/model/departments.ts), and a plan's
 * `departmentNames` in the manifest tells them apart. Central bodies printed by both stay one.
 */
import { describe, expect, it } from 'vitest';
import { buildDepartments } from '../../scripts/model/departments.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import type { LocalTask, PolicyDocument } from '../../src/schema/model.ts';

const plan = (id: string, place: string, departmentNames: Record<string, string> = {}) => ({ id, place, departmentNames });
const manifestWith = (hangzhouNames: Record<string, string> = {}) =>
  ({
    seeds: [{ documents: [plan('wuhan-plan', 'wuhan'), plan('hangzhou-plan', 'hangzhou', hangzhouNames)] }],
    places: [
      { id: 'wuhan', name: '武汉市' },
      { id: 'hangzhou', name: '杭州市' },
    ],
    departmentAliases: {},
  }) as unknown as Manifest;
const documents = ['wuhan-plan', 'hangzhou-plan'].map((id) => ({ id, lang: 'zh-Hans', issuers: [], blocks: [] })) as unknown as PolicyDocument[];
const task = (document: string, lead: string[], responsible: string[]) => ({ id: `${document}-1`, document, anchor: 'row-1', lead, responsible }) as unknown as LocalTask;
const tasks = [task('wuhan-plan', ['市商务局', '商务部'], ['市财政局']), task('hangzhou-plan', ['市商务局', '商务部'], [])];

describe("a city's bureau printed by two cities' plans", () => {
  it('should stop the build naming the name, both plans and the full name to map the later one to', () => {
    expect(() => buildDepartments(manifestWith(), documents, [], tasks)).toThrow(
      'seeds/manifest.json: department "市商务局" is printed by the plans "wuhan-plan" (wuhan), "hangzhou-plan" (hangzhou): it names each plan\'s own city\'s bureau, so they are different departments; give "hangzhou-plan" a "departmentNames" entry mapping "市商务局" to the bureau\'s full name ("杭州市商务局"), as "wuhan-plan" keeps the short name',
    );
  });

  it("should keep the two bureaus apart once the later plan maps its name, each with its own plan's tasks, and a central body printed by both as one", () => {
    const departments = buildDepartments(manifestWith({ 市商务局: '杭州市商务局' }), documents, [], tasks);
    const named = (name: string) => departments.find((department) => department.name === name)!;
    expect(named('市商务局').roles.map((role) => role.document)).toEqual(['wuhan-plan']);
    expect(named('杭州市商务局').roles.map((role) => role.document)).toEqual(['hangzhou-plan']);
    expect(named('杭州市商务局').variants).toEqual([{ text: '市商务局', lang: 'zh-Hans' }]);
    expect(named('杭州市商务局').level).toBe('local');
    expect(named('商务部').roles.map((role) => role.document)).toEqual(['wuhan-plan', 'hangzhou-plan']);
  });
});
