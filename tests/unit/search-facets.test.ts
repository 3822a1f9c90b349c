/**
 * What the search knows about a page beyond its text (src/search/facets.ts, table.ts): the filter values
 * a page's entry gives Pagefind, in the order the search page lists the facets, and each edition's path.
 */
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, FACETS, filterValues } from '../../src/search/facets.ts';
import { aliasesOf, editionPath } from '../../src/search/table.ts';

describe('search facets', () => {
  it('should list the kinds of pages and the facets in the order the search page shows them', () => {
    expect(ENTITY_TYPES).toEqual(['task', 'measure', 'document', 'category', 'city', 'department', 'instrument', 'page']);
    expect(FACETS).toEqual(['type', 'document', 'city', 'level', 'category', 'lang']);
  });

  it('should give a page its type and edition, then only the facets its entry has, one value a city', () => {
    expect(filterValues({ type: 'task', document: 'task-list-1', cities: ['chongqing', 'wuhan'], level: 'national', category: 'task-list-1/3-1' }, 'en')).toEqual([
      ['type', 'task'],
      ['lang', 'en'],
      ['document', 'task-list-1'],
      ['city', 'chongqing'],
      ['city', 'wuhan'],
      ['level', 'national'],
      ['category', 'task-list-1/3-1'],
    ]);
    expect(filterValues({ type: 'page' }, 'zh')).toEqual([['type', 'page'], ['lang', 'zh']]);
  });
});

describe('search table rows', () => {
  it('should put the English edition under /en/ and the Chinese at the root', () => {
    expect(editionPath('/tasks/task-list-1/60/', 'en')).toBe('/en/tasks/task-list-1/60/');
    expect(editionPath('/tasks/task-list-1/60/', 'zh')).toBe('/tasks/task-list-1/60/');
  });

  it('should give an edition page its own other names, then those both editions share', () => {
    expect(aliasesOf({ key: '/x/', type: 'department', facets: {}, aliases: ['MOFCOM'] }, { id: 'a', title: '商务部', aliases: ['商务部本部'] })).toEqual(['商务部本部', 'MOFCOM']);
    expect(aliasesOf({ key: '/x/', type: 'department', facets: {} }, { id: 'a', title: '商务部' })).toEqual([]);
  });
});
