/** Editorial data: reviewed links that are our reading of the texts, not statements in them. */
import { z } from 'zod';
import { SlugSchema } from './manifest.ts';

export const CrosswalkFileSchema = z.object({
  $comment: z.string().optional(),
  /** The task list whose categories are linked. */
  list: SlugSchema,
  /** The document whose measures they carry out. */
  measuresOf: SlugSchema,
  links: z.array(
    z.object({
      /** Category key: "2-1" for 二（一）, "5" for a part without sub-categories. */
      category: z.string().regex(/^\d+(?:-\d+)?$/),
      /** Measure keys in `measuresOf`. */
      measures: z.array(z.string()).min(1),
      /** One line: why the link holds. */
      reason: z.string().min(1),
      /** The same reason in English. */
      reasonEn: z.string().min(1),
    }),
  ),
});
export type CrosswalkFile = z.output<typeof CrosswalkFileSchema>;

/**
 * Which paragraphs of the official interpretation discuss which measures: our reading, kept as reviewed
 * data. `quote` is the interpretation's own sentence (checked to occur word for word in the paragraph).
 */
export const CommentaryFileSchema = z.object({
  $comment: z.string().optional(),
  /** The interpretation document. */
  interpretation: SlugSchema,
  /** The document whose measures it discusses. */
  measuresOf: SlugSchema,
  links: z.array(
    z.object({
      paragraph: z.string().min(1),
      quote: z.string().min(1),
      measures: z.array(z.string()).min(1),
      reason: z.string().min(1),
      reasonEn: z.string().min(1),
    }),
  ),
});
export type CommentaryFile = z.output<typeof CommentaryFileSchema>;
