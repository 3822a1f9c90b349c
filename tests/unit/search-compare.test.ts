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
    place('chengdu', '成都市', 'Chengdu City', ['成都', 'Chengdu', '蓉']),
    place('beijing', '北京市', 'Beijing Municipality', ['北京', 'Beijing', '京']),
    place('nanjing', '南京市', 'Nanjing City', ['南京', 'Nanjing']),
    { key: '/departments/shang-wu-bu/', type: 'department', facets: {}, aliases: ['成都重庆'], zh: { id: 'zh-d', title: '商务部' }, en: { id: 'en-d', title: 'Ministry of Commerce' } },
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

  it('should not read a one-character name (京 in 南京) or a name inside a longer Latin word', () => {
    expect(ids('南京 成都')).toEqual(['chengdu', 'nanjing']);
    expect(ids('渝 蓉')).toBeUndefined();
    expect(ids('Chengduville Chongqing')).toBeUndefined();
  });

  it('should take places from place rows only, not from another entity that names them', () => {
    const onlyDepartment: SearchTable = { ...TABLE, rows: TABLE.rows.filter((row) => row.type !== 'city') };
    expect(comparedPlaces(onlyDepartment, '成都重庆', FOLD)).toBeUndefined();
  });
});
