/**
 * tsc (npm run typecheck) checks the TypeScript modules, not .astro files; Astro's own checker does
 * those. This lets .ts modules import components (src/components/doc/index.ts) without losing the rest.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
