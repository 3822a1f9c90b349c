/**
 * JSON-LD for the document, task and measure pages (schema.org), and its safe serialisation.
 *
 * Types, and why:
 * - Documents are `Legislation`: schema.org defines it as "a legal document such as an act, decree,
 *   bill, etc. (enforceable or not)", which fits ministries' notices, opinions, task lists and plans
 *   (administrative normative documents); `legislationIdentifier` carries the document number
 *   (商资发〔2024〕314号), `legislationPassedBy` the issuing bodies as `GovernmentOrganization`s.
 * - The official interpretation is not itself a legal document but a text about one: `Article`,
 *   `about` the document it interprets.
 * - Tasks and measures are `Legislation` too, because schema.org's Legislation explicitly covers "a
 *   component of a legal act (like an article)"; each `isPartOf` its document. A task's assigned
 *   places are its `spatialCoverage` (`AdministrativeArea`); a local task `isBasedOn` the national task
 *   it adopts. `GovernmentService` was considered and rejected: a task assigns standard-setting work,
 *   it is not a service offered to the public.
 * - A page showing a translation says so with `translationOfWork` (the original's page) and the
 *   translated text's `inLanguage`.
 */

/** A JSON-LD node: plain JSON. */
export type LdNode = { [key: string]: LdValue };
type LdValue = string | number | boolean | undefined | LdNode | LdValue[];

/**
 * Serialises JSON-LD for a <script type="application/ld+json"> element. `<` is escaped so no text
 * from a seed (say "</script>" or "<!--") can close or alter the element; `>` and `&` are escaped
 * likewise, and U+2028/U+2029 because older JavaScript parsers treat them as line ends.
 * The escapes are JSON string escapes, so the data a parser reads is unchanged.
 */
export function serializeJsonLd(value: LdNode): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const organizations = (names: string[]): LdNode[] => names.map((name) => ({ '@type': 'GovernmentOrganization', name }));
export const areas = (places: Array<{ name: string; url: string }>): LdNode[] => places.map((place) => ({ '@type': 'AdministrativeArea', name: place.name, url: place.url }));

/** Drops undefined values and empty lists, so the output holds only what the model states. */
export function compact(node: LdNode): LdNode {
  return Object.fromEntries(
    Object.entries(node)
      .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
      .map(([key, value]) => [key, Array.isArray(value) ? value.map((item) => (isNode(item) ? compact(item) : item)) : isNode(value) ? compact(value) : value]),
  );
}

const isNode = (value: LdValue): value is LdNode => typeof value === 'object' && value !== null && !Array.isArray(value);
