/** The boundary data the atlas draws (seeds/geo/pilot-regions.json, made by scripts/geo/extract-regions.ts). */
import { z } from 'zod';
import { SlugSchema } from './manifest.ts';

const PointSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const RegionOutlinesSchema = z.object({
  $comment: z.string(),
  /** The package file the outlines come from. */
  source: z.string(),
  /** Place id → rings of [longitude, latitude] (outer rings and holes; drawn even-odd). */
  regions: z.record(SlugSchema, z.array(z.array(PointSchema).min(4)).min(1)),
});
type RegionOutlines = z.output<typeof RegionOutlinesSchema>;
