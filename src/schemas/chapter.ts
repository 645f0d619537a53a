import { z } from 'zod';
import { IsoDateSchema } from './dates.ts';
import { SourceCitationSchema } from './source-citation.ts';
import { ChapterCameraSchema } from './camera.ts';
import { LAYER_IDS, type LayerId } from './layer-properties.ts';
import { FeatureIdSchema } from './feature-properties.ts';
import { CALLOUT_DIRECTIONS } from './callout-direction.ts';

/** The story layers a chapter may switch on (basemap layers are always on). */
export const LayerIdSchema = z.enum(LAYER_IDS as [LayerId, ...LayerId[]]);

/** The period a chapter tells, first and last day (ISO). */
export const PeriodSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'period.from must not be after period.to', path: ['to'] });

/**
 * A chapter of the story: the frontmatter of src/content/chapters/<lang>/NN-<id>.md.
 * The Markdown body is the prose; everything the map does is declared here.
 */
export const ChapterSchema = z
  .object({
    /** kebab-case; also the URL hash (#id), the embed id and the slide id. */
    id: FeatureIdSchema,
    /** Position in the story, 1-based; ids and order are unique. */
    order: z.number().int().min(1),
    /** Heading, in our own words. */
    title: z.string().min(3).max(90),
    /** Short label for the table of contents and the timeline. */
    short_title: z.string().min(2).max(32),
    /** The span of time the chapter tells. */
    period: PeriodSchema,
    /** The date the dated layers are filtered to while the chapter is active (usually inside the period). */
    date: IsoDateSchema,
    /** Where the map looks. */
    camera: ChapterCameraSchema,
    /** Story layers shown (basemap layers are always shown). */
    layers: z.array(LayerIdSchema).min(1),
    /** Feature ids drawn emphasised; each must exist in one of the chapter's layers. */
    highlight: z.array(FeatureIdSchema).default([]),
    /** What the map shows, for screen readers and as the static image's alt text. */
    alt: z.string().min(40).max(600),
    /** What changed on the map since the previous chapter, in one or two sentences. */
    changes: z.string().min(20).max(400),
    /** Citations for every figure, claim and quotation in the chapter. */
    sources: z.array(SourceCitationSchema).min(1),
    /** The day the chapter's facts were last checked against its sources (ISO); shown to readers. */
    checked: IsoDateSchema,
    /** Presenter notes for teachers: what to point at, what to ask. */
    notes: z.string().min(20),
    /** Two to four short facts for slides and handouts, each a dated, sourced statement from the body, in our own words. */
    key_facts: z.array(z.string().min(10).max(120)).min(2).max(4).optional(),
    /**
     * The chapter's key points, each named by a callout: a leader line from the point to its name, drawn
     * above every other label on the live map, the embeds, the slides and the still maps. `id` is a
     * point of the places layer or of one of the chapter's layers (events, crossings), shown on the
     * chapter's date; `toward` is the compass direction its label sits in, chosen to keep it clear of
     * the other callouts and the chapter's areas; `phone_toward`, where given, replaces it in the phone
     * camera's view, whose narrower frame can leave no room on the side that suits a desktop.
     */
    callouts: z
      .array(z.object({ id: FeatureIdSchema, toward: z.enum(CALLOUT_DIRECTIONS), phone_toward: z.enum(CALLOUT_DIRECTIONS).optional() }).strict())
      .max(4)
      .default([]),
    /** Glossary term ids the chapter uses. */
    terms: z.array(FeatureIdSchema).default([]),
    /**
     * Dated steps the map moves through inside the chapter (the scrubber): each names an event of the
     * events layer, and the map shows the day of that event. The last step shows the chapter's own
     * state (its date, on or after the last event), so reduced motion, the still maps, the embeds and
     * the handouts all show the final state. Labels come from the events' own names in each language.
     */
    steps: z
      .array(z.object({ event: FeatureIdSchema }).strict())
      .min(2)
      .max(6)
      .optional(),
    /** For the "after the article" epilogue: the date its facts are current to. */
    as_of: IsoDateSchema.optional(),
  })
  .strict();

export type Chapter = z.infer<typeof ChapterSchema>;
