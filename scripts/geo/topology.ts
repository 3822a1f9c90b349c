/** A closed ring of [longitude, latitude] points. */
export type Ring = Array<[number, number]>;

interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: Array<Array<[number, number]>>;
  objects: Record<string, { type: 'GeometryCollection'; geometries: Array<{ type: string; properties?: { name?: string }; arcs: unknown }> }>;
}

/**
 * The features of one TopoJSON object as named rings of longitude/latitude (the TopoJSON format:
 * quantized, delta-encoded arcs shared between neighbours; a negative index means the arc reversed).
 * Holes are kept as rings of their own; the atlas fills with even-odd, which draws them as holes.
 */
export function decodeTopology(topology: Topology, object: string): Array<{ name: string; rings: Ring[] }> {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`the topology has no object "${object}"`);
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const arcs: Ring[] = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (topology.transform) {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty] as [number, number];
      }
      return [dx, dy] as [number, number];
    });
  });
  const ring = (indexes: number[]): Ring =>
    indexes.flatMap((index, position) => {
      const points = index >= 0 ? arcs[index]! : [...arcs[~index]!].reverse();
      // Consecutive arcs share their joining point: keep it once.
      return position === 0 ? points : points.slice(1);
    });
  return collection.geometries.map((geometry) => {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs as number[][]] : geometry.type === 'MultiPolygon' ? (geometry.arcs as number[][][]) : [];
    return { name: geometry.properties?.name ?? '', rings: polygons.flatMap((polygon) => polygon.map(ring)) };
  });
}
