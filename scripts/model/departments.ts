import { pinyin } from 'pinyin-pro';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import type { DocumentEntry, Manifest } from '../../src/schema/manifest.ts';
import type { Department, LocalTask, Measure, ParagraphNode, PolicyDocument } from '../../src/schema/model.ts';
import { splitDepartments } from './department-names.ts';

type Role = Department['roles'][number];

/** Every department the texts name: as issuer, addressee, lead or co-responsible unit. */
export function buildDepartments(manifest: Manifest, documents: PolicyDocument[], measures: Measure[], localTasks: LocalTask[]): Department[] {
  const langOf = new Map(documents.map((document) => [document.id, document.lang]));
  const entries = new Map(manifest.seeds.flatMap((seed) => seed.documents).map((entry) => [entry.id, entry]));
  const byName = new Map<string, { variants: Map<string, Department['variants'][number]['lang']>; roles: Role[] }>();
  const add = (printed: string, role: Role) => {
    const name = entries.get(role.document)?.departmentNames?.[printed] ?? manifest.departmentAliases[printed] ?? printed;
    const entry = byName.get(name) ?? { variants: new Map<string, Department['variants'][number]['lang']>(), roles: [] };
    if (printed !== name && !entry.variants.has(printed)) entry.variants.set(printed, langOf.get(role.document)!);
    if (!entry.roles.some((existing) => JSON.stringify(existing) === JSON.stringify(role))) entry.roles.push(role);
    byName.set(name, entry);
  };

  for (const document of documents) {
    for (const issuer of document.issuers) add(issuer, { role: 'issuer', document: document.id });
    for (const paragraph of addressees(document)) {
      for (const name of addresseeDepartments(paragraph.text)) add(name, { role: 'addressee', document: document.id, anchor: paragraph.id });
    }
  }
  for (const measure of measures) {
    for (const responsibility of measure.responsibilities) {
      for (const name of responsibility.lead) add(name, { role: 'lead', document: measure.document, entity: measure.id, anchor: measure.anchor });
      for (const name of responsibility.coResponsible) add(name, { role: 'co-responsible', document: measure.document, entity: measure.id, anchor: measure.anchor });
    }
  }
  for (const task of localTasks) {
    for (const name of task.lead) add(name, { role: 'lead', document: task.document, entity: task.id, anchor: task.anchor });
    for (const name of task.responsible) add(name, { role: 'responsible', document: task.document, entity: task.id, anchor: task.anchor });
  }

  // A department is a local one when it acts only in local plans (Wuhan's bureaus); a name's first
  // character says nothing (市场监管总局 is central).
  const localPlans = new Set([...entries.values()].filter((entry) => entry.place).map((entry) => entry.id));
  const merged = mergedAcrossPlaces(byName, entries, new Map(manifest.places.map((place) => [place.id, place.name])));
  if (merged.length > 0) throw new SeedErrors(merged);
  const used = new Set<string>();
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-Hans-CN'))
    .map(([name, entry]) => ({
      id: uniqueSlug(name, used),
      name,
      variants: [...entry.variants].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([text, lang]) => ({ text, lang })),
      level: entry.roles.every((role) => localPlans.has(role.document)) ? ('local' as const) : ('central' as const),
      roles: entry.roles,
    }));
}

/**
 * Names that say "the city's" (市商务局, 区教育局) and that plans of two places print: one page would
 * hold two cities' bureaus. Each is an error naming the plans, to be mended in the manifest
 * (`departmentNames` of the later plan) — never merged silently.
 */
function mergedAcrossPlaces(byName: Map<string, { roles: Role[] }>, entries: Map<string, DocumentEntry>, placeNames: Map<string, string>): SeedError[] {
  return [...byName]
    .filter(([name]) => /^[市区县]/u.test(name))
    .flatMap(([name, entry]) => {
      const plans = [...new Set(entry.roles.map((role) => role.document))].filter((id) => entries.get(id)?.place);
      const places = new Set(plans.map((id) => entries.get(id)!.place));
      if (places.size < 2) return [];
      const [first, ...later] = plans;
      // 杭州市 + 市商务局 → 杭州市商务局.
      const fullName = (id: string) => {
        const place = placeNames.get(entries.get(id)!.place!) ?? '';
        return place.endsWith(name[0]!) ? `${place}${name.slice(1)}` : `${place}${name}`;
      };
      return [
        new SeedError(
          'seeds/manifest.json',
          undefined,
          `department "${name}" is printed by the plans ${plans.map((id) => `"${id}" (${entries.get(id)!.place})`).join(', ')}: it names each plan's own city's bureau, so they are different departments; give ${later.map((id) => `"${id}"`).join(', ')} a "departmentNames" entry mapping "${name}" to the bureau's full name (${later.map((id) => `"${fullName(id)}"`).join(', ')}), as "${first}" keeps the short name`,
        ),
      ];
    });
}

function addressees(document: PolicyDocument): ParagraphNode[] {
  return document.blocks.filter((block): block is ParagraphNode => block.type === 'paragraph' && block.role === 'addressee');
}

/**
 * The departments of an addressee line. People's governments of provinces are places, not departments,
 * and a line addressed to a kind of body everywhere (各省……主管部门) names no department.
 */
function addresseeDepartments(text: string): string[] {
  return text
    .replace(/[:：]$/u, '')
    .split(/[,，]/u)
    .filter((group) => !/人民政府$/u.test(group) && !group.startsWith('各'))
    .flatMap((group) => splitDepartments(group).names);
}

/** A readable ASCII slug from a Chinese name: 商务部 → shang-wu-bu. */
export function uniqueSlug(name: string, used: Set<string>): string {
  const base =
    pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'department';
  let slug = base;
  for (let suffix = 2; used.has(slug); suffix++) slug = `${base}-${suffix}`;
  used.add(slug);
  return slug;
}
