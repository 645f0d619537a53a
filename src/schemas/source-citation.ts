import { z } from 'zod';

/**
 * A short citation, with the address of the page where there is one. A source without an address is
 * cited by a full bibliographic reference instead: who wrote or issued it, its title, where it was
 * published and when (tests/integrity/editorial.test.ts checks that every source has one or the other).
 */
export const SourceCitationSchema = z.object({
  /** Who said it, where and when, e.g. "Trilateral statement of 10 Nov 2020, point 6". */
  citation: z.string().min(3),
  /** The page read, when the source is online. */
  url: z.url().optional(),
  /** Author, or the body that issued the document (reference without an address). */
  author: z.string().min(2).optional(),
  /** Title of the work (reference without an address). */
  title: z.string().min(2).optional(),
  /** Publication or publisher (reference without an address). */
  publisher: z.string().min(2).optional(),
  /** Date or year of publication, e.g. "2025" or "1994-12-08" (reference without an address). */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a year, YYYY-MM or YYYY-MM-DD')
    .optional(),
});

export type SourceCitation = z.infer<typeof SourceCitationSchema>;

/** What kind of source a page is, for the closing count of sources by kind. */
export const SourceKindSchema = z.enum([
  /** A government, ministry, parliament, court or official document (or its published text). */
  'official',
  /** The UN, the OSCE, the International Court of Justice or another intergovernmental body. */
  'un-osce-icj',
  /** A news agency (Reuters, AFP, TASS, Sputnik, Trend, Armenpress, AZERTAC...), or its text on another site. */
  'wire',
  /** A newspaper, broadcaster or news site. */
  'outlet',
  /** A non-governmental organisation: human rights groups, refugee committees, advocacy sites. */
  'ngo',
  /** A university, research institute or scholarly database. */
  'academic',
  /** An encyclopedia copy, gazetteer or statistical reference. */
  'reference',
]);

/**
 * One entry of src/content/sources.yaml, the register of every address the story cites: who published
 * it, what kind of source it is, when an editor read it and what it supports. No address goes into a
 * chapter, an event or the glossary unless someone read it (tests/integrity/editorial.test.ts).
 */
export const SourceRecordSchema = z
  .object({
    url: z.url(),
    publisher: z.string().min(2),
    kind: SourceKindSchema,
    /** The day the page was read for this edition, ISO date. */
    read: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** What the story takes from it. */
    supports: z.string().min(10),
  })
  .strict();
