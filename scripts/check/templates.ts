/**
 * The site's page templates (one per file in src/pages/), each with the URL pattern of the pages it
 * renders and one sample page. Screenshots, budgets and the benchmark work per template; a test keeps
 * this list in step with src/pages/ and with the pages actually built.
 * Paths are without the deployment base.
 */
export interface Template {
  /** The Astro page that renders it, relative to src/pages/. */
  source: string;
  /** Every page path this template renders, and no other. */
  pattern: RegExp;
  /** A page worth looking at: the largest or most varied of its kind where that matters. */
  sample: string;
}

export const TEMPLATES: Template[] = [
  { source: 'index.astro', pattern: /^\/$/, sample: '/' },
  { source: '404.astro', pattern: /^\/404\.html$/, sample: '/404.html' },
  { source: 'about.astro', pattern: /^\/about\/$/, sample: '/about/' },
  { source: 'search.astro', pattern: /^\/search\/$/, sample: '/search/' },
  { source: 'documents/index.astro', pattern: /^\/documents\/$/, sample: '/documents/' },
  // The Wuhan plan: prose, outline and the annex table, the widest element on the site.
  { source: 'documents/[id].astro', pattern: /^\/documents\/[^/]+\/$/, sample: '/documents/wuhan-plan/' },
  { source: 'measures/index.astro', pattern: /^\/measures\/$/, sample: '/measures/' },
  { source: 'measures/[document]/index.astro', pattern: /^\/measures\/[^/]+\/$/, sample: '/measures/opinions-2024-314/' },
  { source: 'measures/[document]/[key].astro', pattern: /^\/measures\/[^/]+\/[^/]+\/$/, sample: '/measures/opinions-2024-314/8/' },
  { source: 'tasks/index.astro', pattern: /^\/tasks\/$/, sample: '/tasks/' },
  { source: 'tasks/[list]/index.astro', pattern: /^\/tasks\/[^/]+\/$/, sample: '/tasks/task-list-1/' },
  { source: 'tasks/[list]/category/[key].astro', pattern: /^\/tasks\/[^/]+\/category\/[^/]+\/$/, sample: '/tasks/task-list-1/category/3-1/' },
  { source: 'tasks/[list]/[number].astro', pattern: /^\/tasks\/[^/]+\/\d+\/$/, sample: '/tasks/task-list-1/60/' },
  { source: 'cities/index.astro', pattern: /^\/cities\/$/, sample: '/cities/' },
  { source: 'cities/[id].astro', pattern: /^\/cities\/[^/]+\/$/, sample: '/cities/chongqing/' },
  { source: 'departments/index.astro', pattern: /^\/departments\/$/, sample: '/departments/' },
  { source: 'departments/[id].astro', pattern: /^\/departments\/[^/]+\/$/, sample: '/departments/shang-wu-bu/' },
];

/** The template a page path (without base) belongs to. */
export function templateOf(path: string): Template | undefined {
  return TEMPLATES.find((template) => template.pattern.test(path));
}

export const TASK_PAGE = TEMPLATES.find((template) => template.source === 'tasks/[list]/[number].astro')!;
export const SEARCH_PAGE = TEMPLATES.find((template) => template.source === 'search.astro')!;
