import { z } from 'zod';

/** A short citation, with the address of the page where there is one. */
export const SourceCitationSchema = z.object({
  /** Who said it, where and when, e.g. "Trilateral statement of 10 Nov 2020, point 6". */
  citation: z.string().min(3),
  /** The page read, when the source is online. */
  url: z.url().optional(),
});

export type SourceCitation = z.infer<typeof SourceCitationSchema>;
