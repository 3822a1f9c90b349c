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
  /** A short alias: a page that redirects at once, so there is nothing of its own to look at. */
  redirects?: boolean;
}

/** Every template renders both editions: Chinese at the root, English under /en/ (samples are Chinese). */
export const TEMPLATES: Template[] = [
  { source: '[...lang]/index.astro', pattern: /^(?:\/en)?\/$/, sample: '/' },
  { source: '404.astro', pattern: /^\/404\.html$/, sample: '/404.html' },
  { source: '[...lang]/about.astro', pattern: /^(?:\/en)?\/about\/$/, sample: '/about/' },
  { source: '[...lang]/search.astro', pattern: /^(?:\/en)?\/search\/$/, sample: '/search/' },
  { source: '[...lang]/data.astro', pattern: /^(?:\/en)?\/data\/$/, sample: '/data/' },
  { source: '[...lang]/glossary.astro', pattern: /^(?:\/en)?\/glossary\/$/, sample: '/glossary/' },
  { source: '[...lang]/documents/index.astro', pattern: /^(?:\/en)?\/documents\/$/, sample: '/documents/' },
  // The Wuhan plan: prose, outline and the annex table, the widest element on the site.
  { source: '[...lang]/documents/[id]/index.astro', pattern: /^(?:\/en)?\/documents\/[^/]+\/$/, sample: '/documents/wuhan-plan/' },
  { source: '[...lang]/documents/[id]/parallel.astro', pattern: /^(?:\/en)?\/documents\/[^/]+\/parallel\/$/, sample: '/documents/wuhan-plan/parallel/' },
  { source: '[...lang]/documents/[id]/[script].astro', pattern: /^(?:\/en)?\/documents\/[^/]+\/(?:simplified|traditional)\/$/, sample: '/documents/pilot-notice-2024/simplified/' },
  { source: '[...lang]/measures/index.astro', pattern: /^(?:\/en)?\/measures\/$/, sample: '/measures/' },
  { source: '[...lang]/measures/[document]/index.astro', pattern: /^(?:\/en)?\/measures\/[^/]+\/$/, sample: '/measures/opinions-2024-314/' },
  { source: '[...lang]/measures/[document]/[key].astro', pattern: /^(?:\/en)?\/measures\/[^/]+\/[^/]+\/$/, sample: '/measures/opinions-2024-314/8/' },
  { source: '[...lang]/tasks/index.astro', pattern: /^(?:\/en)?\/tasks\/$/, sample: '/tasks/' },
  { source: '[...lang]/tasks/[list]/index.astro', pattern: /^(?:\/en)?\/tasks\/[^/]+\/$/, sample: '/tasks/task-list-1/' },
  { source: '[...lang]/tasks/[list]/category/[key].astro', pattern: /^(?:\/en)?\/tasks\/[^/]+\/category\/[^/]+\/$/, sample: '/tasks/task-list-1/category/3-1/' },
  { source: '[...lang]/tasks/[list]/[number].astro', pattern: /^(?:\/en)?\/tasks\/[^/]+\/\d+\/$/, sample: '/tasks/task-list-1/60/' },
  { source: '[...lang]/cities/index.astro', pattern: /^(?:\/en)?\/cities\/$/, sample: '/cities/' },
  { source: '[...lang]/cities/[id].astro', pattern: /^(?:\/en)?\/cities\/[^/]+\/$/, sample: '/cities/chongqing/' },
  { source: '[...lang]/departments/index.astro', pattern: /^(?:\/en)?\/departments\/$/, sample: '/departments/' },
  { source: '[...lang]/departments/[id].astro', pattern: /^(?:\/en)?\/departments\/[^/]+\/$/, sample: '/departments/shang-wu-bu/' },
  { source: '[...lang]/instruments/index.astro', pattern: /^(?:\/en)?\/instruments\/$/, sample: '/instruments/' },
  // The agreement the most texts cite: passages from three documents, a measure, a task and a table row.
  { source: '[...lang]/instruments/[id].astro', pattern: /^(?:\/en)?\/instruments\/[^/]+\/$/, sample: '/instruments/ifd-agreement/' },
  { source: '[...lang]/compare/index.astro', pattern: /^(?:\/en)?\/compare\/$/, sample: '/compare/' },
  // The two places named for the most tasks, one with its cities' tasks: the longest lists.
  { source: '[...lang]/compare/[a]/[b].astro', pattern: /^(?:\/en)?\/compare\/[^/]+\/[^/]+\/$/, sample: '/compare/chongqing/jiangsu/' },
  { source: '[...lang]/explore/index.astro', pattern: /^(?:\/en)?\/explore\/$/, sample: '/explore/' },
  { source: '[...lang]/explore/tasks.astro', pattern: /^(?:\/en)?\/explore\/tasks\/$/, sample: '/explore/tasks/' },
  { source: '[...lang]/explore/atlas/[...list].astro', pattern: /^(?:\/en)?\/explore\/atlas\/(?:[^/]+\/)?$/, sample: '/explore/atlas/' },
  { source: '[...lang]/explore/statistics/[...list].astro', pattern: /^(?:\/en)?\/explore\/statistics\/(?:[^/]+\/)?$/, sample: '/explore/statistics/' },
  { source: '[...lang]/explore/targets.astro', pattern: /^(?:\/en)?\/explore\/targets\/$/, sample: '/explore/targets/' },
  { source: '[...lang]/explore/timeline.astro', pattern: /^(?:\/en)?\/explore\/timeline\/$/, sample: '/explore/timeline/' },
  { source: '[...lang]/explore/crosswalk.astro', pattern: /^(?:\/en)?\/explore\/crosswalk\/$/, sample: '/explore/crosswalk/' },
  // Short aliases: static pages that redirect to the canonical URL.
  { source: '[...lang]/t/[number].astro', pattern: /^(?:\/en)?\/t\/\d+\/$/, sample: '/t/60/', redirects: true },
  { source: '[...lang]/m/[doc]/[key].astro', pattern: /^(?:\/en)?\/m\/[^/]+\/[^/]+\/$/, sample: '/m/opinions/8/', redirects: true },
  { source: '[...lang]/d/[doc].astro', pattern: /^(?:\/en)?\/d\/[^/]+\/$/, sample: '/d/wuhan-plan/', redirects: true },
];

/** The template a page path (without base) belongs to. */
export function templateOf(path: string): Template | undefined {
  return TEMPLATES.find((template) => template.pattern.test(path));
}

export const TASK_PAGE = TEMPLATES.find((template) => template.source === '[...lang]/tasks/[list]/[number].astro')!;
export const SEARCH_PAGE = TEMPLATES.find((template) => template.source === '[...lang]/search.astro')!;
