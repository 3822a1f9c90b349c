import type { Manifest } from '../../src/schema/manifest.ts';
import type { PlaceEntity, PolicyDocument, Task } from '../../src/schema/model.ts';

/** Places with the tasks assigned to them by name, collectively, or open to them. */
export function buildPlaces(manifest: Manifest, tasks: Task[], documents: PolicyDocument[], planPlaces: Map<string, string>): PlaceEntity[] {
  return manifest.places.map((place) => {
    const cities = manifest.places.filter((other) => other.province === place.id).map((other) => other.id);
    const named = tasks.filter((task) => task.assignment.places.includes(place.id));
    const cityTasks = tasks.filter((task) => task.assignment.places.some((id) => cities.includes(id)));
    const mentions = (task: Task) => task.assignment.collective?.mentions.some((id) => id === place.id || cities.includes(id)) ?? false;
    const collective = tasks.filter((task) => (place.pilot && task.assignment.collective?.scope === 'all') || mentions(task));
    const open = place.pilot ? tasks.filter((task) => task.assignment.collective && task.assignment.collective.scope !== 'all' && !mentions(task)) : [];
    return {
      id: place.id,
      name: place.name,
      shortName: place.shortNames[0]!,
      kind: place.kind,
      ...(place.province ? { province: place.province } : {}),
      pilot: place.pilot,
      cities,
      namedTasks: named.map((task) => task.id),
      cityTasks: cityTasks.map((task) => task.id),
      collectiveTasks: collective.map((task) => task.id),
      openTasks: open.map((task) => task.id),
      plans: documents.filter((document) => planPlaces.get(document.id) === place.id).map((document) => document.id),
    };
  });
}
