/**
 * Two places side by side as a search result (src/search/compare.ts): offered for a query that names
 * two places and nothing else but words of comparing, in either edition and either script.
 */
import { describe, expect, it } from 'vitest';
import { comparedPlaces } from '../../src/search/compare.ts';
import type { SearchTable, TableRow } from '../../src/search/table.ts';

function place(id: string, zh: string, en: string, aliases: string[]): TableRow {
  return { key: `/cities/${id}/`, type: 'city', facets: { city: [id] }, aliases, zh: { id: `zh-${id}`, title: zh }, en: { id: `en-${id}`, title: en } };
}

const TABLE: SearchTable = {
  generated: '',
  defaults: {},
  synonyms: [],
  rows: [
    place('chongqing', '重庆市', 'Chongqing Municipality', ['重庆', 'Chongqing', '渝', '重慶市', '重慶']),
    place('chengdu', '成都市', 'Chengdu City', ['成都', 'Chengdu', '蓉', 'CTU']),
    place('hubei', '湖北省', 'Hubei Province', ['湖北', 'Hubei', '鄂']),
    { key: '/cities/hainan/', type: 'city', facets: { city: ['hainan'] }, zh: { id: 'zh-hainan', title: '海南省' } },
    place('beijing', '北京市', 'Beijing Municipality', ['北京', 'Beijing', '京']),
    place('nanjing', '南京市', 'Nanjing City', ['南京', 'Nanjing']),
    { key: '/departments/shang-wu-bu/', type: 'department', facets: {}, aliases: ['成都重庆'], zh: { id: 'zh-d', title: '商务部' }, en: { id: 'en-d', title: 'Ministry of Commerce' } },
    // A task is assigned to places (its city facet) but is not one, whatever its title.
    { key: '/tasks/t/1/', type: 'task', facets: { city: ['chengdu', 'chongqing'] }, zh: { id: 'zh-t', title: '天津' } },
  ],
};
const FOLD = { 慶: '庆' };
const ids = (query: string) => comparedPlaces(TABLE, query, FOLD)?.map((found) => found.id);

describe('a query that names two places', () => {
  it('should give the two places in their page order (by id), whatever order they are typed in', () => {
    expect(ids('成都 重庆')).toEqual(['chengdu', 'chongqing']);
    expect(ids('重庆 成都')).toEqual(['chengdu', 'chongqing']);
    expect(ids('Chongqing vs Chengdu')).toEqual(['chengdu', 'chongqing']);
  });

  it('should allow words of comparing around them, in both editions', () => {
    expect(ids('北京和重庆对比')).toEqual(['beijing', 'chongqing']);
    expect(ids('成都与重庆的任务比较')).toEqual(['chengdu', 'chongqing']);
    expect(ids('Chengdu vs Chongqing tasks compared')).toEqual(['chengdu', 'chongqing']);
    expect(ids('compare Beijing and Nanjing')).toEqual(['beijing', 'nanjing']);
  });

  it.each([
    'Chengdu v Chongqing',
    'Chengdu versus Chongqing',
    'Chengdu or Chongqing',
    'compare Chengdu with Chongqing',
    'compare Chengdu to Chongqing',
    'comparison between Chengdu and Chongqing',
    'comparing Chengdu and Chongqing',
    'Chengdu and Chongqing side by side',
    'Chengdu Chongqing task',
    '成都 重庆 对照',
    '成都及重庆异同',
  ])('should read %j as the two places compared', (query) => {
    expect(ids(query)).toEqual(['chengdu', 'chongqing']);
  });

  it('should read two names written together, in either order', () => {
    expect(ids('成都重庆')).toEqual(['chengdu', 'chongqing']);
    expect(ids('重庆成都')).toEqual(['chengdu', 'chongqing']);
  });

  it('should know the places by their full names, other names and in Traditional script', () => {
    expect(ids('成都市 重庆市')).toEqual(['chengdu', 'chongqing']);
    expect(ids('成都 重慶')).toEqual(['chengdu', 'chongqing']);
    expect(ids('Chengdu City and Chongqing Municipality')).toEqual(['chengdu', 'chongqing']);
    expect(ids('ＣＨＥＮＧＤＵ chongqing')).toEqual(['chengdu', 'chongqing']);
  });

  it('should not offer a comparison when the query asks for something else too', () => {
    expect(ids('成都 重庆 数据')).toBeUndefined();
    expect(ids('Chengdu Chongqing data')).toBeUndefined();
    expect(ids('成都 重庆 任务47')).toBeUndefined();
  });

  it('should not offer one for a single place, the same place twice, or three places', () => {
    expect(ids('成都')).toBeUndefined();
    expect(ids('重庆 Chongqing')).toBeUndefined();
    expect(ids('重庆市 重慶')).toBeUndefined();
    expect(ids('北京 成都 重庆')).toBeUndefined();
  });

  it('should not read a one-character name (京 in 南京), nor a name inside a longer Latin word, and read a three-letter one', () => {
    expect(ids('南京 成都')).toEqual(['chengdu', 'nanjing']);
    expect(ids('渝 蓉')).toBeUndefined();
    expect(ids('Chengduville Chongqing')).toBeUndefined();
    expect(ids('CTU vs Chongqing')).toEqual(['chengdu', 'chongqing']);
  });

  it('should read overlapping names once: 湖北京 is Hubei or Beijing, not both', () => {
    expect(ids('湖北京')).toBeUndefined();
  });

  it('should know a place that has a page in one edition only', () => {
    expect(ids('海南省 重庆')).toEqual(['chongqing', 'hainan']);
  });

  it('should take places from place rows only, not from another entity that names them', () => {
    expect(ids('天津 成都')).toBeUndefined();
    const onlyDepartment: SearchTable = { ...TABLE, rows: TABLE.rows.filter((row) => row.type !== 'city') };
    expect(comparedPlaces(onlyDepartment, '成都重庆', FOLD)).toBeUndefined();
  });
});
