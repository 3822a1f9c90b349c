/**
 * html-validate over the built pages (tests/site/html-validity.test.ts). The recommended preset, with
 * only the exceptions below, each for a reason of the content rather than of the markup.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A page's <title> is the entity's full official name (a notice's title runs past 100 characters, a
    // task's text past 60) followed by its kind: shortening it would make tabs, bookmarks and search
    // results ambiguous between sibling tasks. The rule's 70 characters is a Latin-script SEO heuristic.
    'long-title': 'off',
    // A list of results named with aria-label (the search panel's <ol>) is announced with its name;
    // the list role may be named, which is all this option allows.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // Facet checkboxes share a name on purpose: each checked one adds a value (?type=task&type=measure).
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
