/**
 * Draws the atlas's outlines at build time: projects longitude/latitude to SVG coordinates and writes
 * path data. Equirectangular with the longitude scaled at the middle latitude: for a region the size of
 * eastern China that is close enough to equal-area for a sketch, and needs no projection library.
 */

export type Ring = Array<[number, number]>;

interface ProjectedRegion {
  id: string;
  /** SVG path data of all rings (draw with fill-rule evenodd). */
  path: string;
  /** Where its label goes: the centroid of its largest ring. */
  centroid: [number, number];
  /** Area of its largest ring, in square view-box units. */
  area: number;
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

export interface Projection {
  width: number;
  height: number;
  regions: ProjectedRegion[];
}

/** Fits the regions into a view box `width` wide with `padding` around, keeping their proportions. */
export function project(regions: Record<string, Ring[]>, width: number, padding: number): Projection {
  const all = Object.values(regions).flat(2);
  if (all.length === 0) throw new Error('no outlines to draw');
  const lats = all.map(([, lat]) => lat);
  const middle = ((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180);
  const raw = ([lon, lat]: [number, number]): [number, number] => [lon * Math.cos(middle), -lat];
  const points = all.map(raw);
  const x0 = Math.min(...points.map(([x]) => x));
  const x1 = Math.max(...points.map(([x]) => x));
  const y0 = Math.min(...points.map(([, y]) => y));
  const y1 = Math.max(...points.map(([, y]) => y));
  const scale = (width - 2 * padding) / (x1 - x0);
  const height = Math.ceil((y1 - y0) * scale + 2 * padding);
  const toView = (point: [number, number]): [number, number] => {
    const [x, y] = raw(point);
    return [round((x - x0) * scale + padding), round((y - y0) * scale + padding)];
  };
  return {
    width,
    height,
    regions: Object.entries(regions).map(([id, rings]) => {
      const projected = rings.map((ring) => ring.map(toView));
      const largest = projected.reduce((best, ring) => (Math.abs(ringArea(ring)) > Math.abs(ringArea(best)) ? ring : best));
      const xs = projected.flat().map(([x]) => x);
      const ys = projected.flat().map(([, y]) => y);
      return {
        id,
        path: projected.map((ring) => `M${ring.map(([x, y]) => `${x},${y}`).join('L')}Z`).join(''),
        centroid: centroidOf(largest),
        area: Math.abs(ringArea(largest)),
        bounds: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
      };
    }),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The signed area of a ring (shoelace formula); its sign says the winding. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let index = 0; index < ring.length; index += 1) {
    const [x1, y1] = ring[index]!;
    const [x2, y2] = ring[(index + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function centroidOf(ring: Ring): [number, number] {
  const area = ringArea(ring);
  if (area === 0) return ring[0]!;
  let cx = 0;
  let cy = 0;
  for (let index = 0; index < ring.length; index += 1) {
    const [x1, y1] = ring[index]!;
    const [x2, y2] = ring[(index + 1) % ring.length]!;
    const cross = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  return [round(cx / (6 * area)), round(cy / (6 * area))];
}

/** Where a region's label goes: inside it, or — for a region too small to hold it — beside it with a leader line. */
export interface LabelPlacement {
  id: string;
  x: number;
  y: number;
  anchor: 'middle' | 'start' | 'end';
  /** The leader line from the region to an outside label. */
  leader?: [number, number, number, number];
}

/**
 * Puts each label at its region's centroid, except for regions smaller than `minArea`: their labels go
 * to the side (left or right) whose horizontal path crosses fewer other regions, in a column just past
 * the small regions on that side, spaced at least `spacing` apart vertically.
 */
export function placeLabels(projection: Projection, minArea: number, spacing: number): LabelPlacement[] {
  const small = projection.regions.filter((region) => region.area < minArea);
  const crosses = (region: ProjectedRegion, side: 'left' | 'right') =>
    projection.regions.filter(
      (other) =>
        other !== region &&
        other.bounds.y0 <= region.centroid[1] &&
        other.bounds.y1 >= region.centroid[1] &&
        (side === 'left' ? other.bounds.x0 < region.centroid[0] : other.bounds.x1 > region.centroid[0]),
    ).length;
  const sideOf = new Map(small.map((region) => [region.id, crosses(region, 'left') < crosses(region, 'right') ? ('left' as const) : ('right' as const)]));
  const placements = new Map<string, LabelPlacement>();
  for (const side of ['left', 'right'] as const) {
    const group = small.filter((region) => sideOf.get(region.id) === side).sort((a, b) => a.centroid[1] - b.centroid[1]);
    if (group.length === 0) continue;
    const column = side === 'left' ? Math.min(...group.map((region) => region.bounds.x0)) - 14 : Math.max(...group.map((region) => region.bounds.x1)) + 14;
    let last = -Infinity;
    for (const region of group) {
      const y = Math.max(region.centroid[1], last + spacing);
      last = y;
      placements.set(region.id, { id: region.id, x: column, y, anchor: side === 'left' ? 'end' : 'start', leader: [region.centroid[0], region.centroid[1], column + (side === 'left' ? 3 : -3), y] });
    }
  }
  return projection.regions.map((region) => placements.get(region.id) ?? { id: region.id, x: region.centroid[0], y: region.centroid[1], anchor: 'middle' });
}

/** Shading classes for counts: 0 alone, then four equal steps up to the largest count. */
export function shadeClasses(max: number): Array<{ from: number; to: number }> {
  if (max <= 0) return [{ from: 0, to: 0 }];
  const step = Math.ceil(max / 4);
  return [{ from: 0, to: 0 }, ...[0, 1, 2, 3].map((index) => ({ from: index * step + 1, to: Math.min((index + 1) * step, max) })).filter((range) => range.from <= max)];
}

/** The class index of a count. */
export function shadeOf(count: number, classes: Array<{ from: number; to: number }>): number {
  const index = classes.findIndex((range) => count >= range.from && count <= range.to);
  if (index < 0) throw new Error(`count ${count} is outside the shading classes`);
  return index;
}
