import type { LayerId } from './layer-ids.ts';
import { z } from 'zod';
import { BaseFeaturePropertiesSchema, withFeatureRules } from './feature-properties.ts';
import { IsoDateSchema } from './dates.ts';
import { SourceCitationSchema } from './source-citation.ts';
import { MAX_STATUS_CHANGES, statusStepKeys, statusSteps } from './status-steps.ts';

/** ISO 3166-1 alpha-2 codes of the states the map shows. */
export const CountryCodeSchema = z.enum(['AM', 'AZ', 'GE', 'TR', 'IR', 'RU']);

const base = BaseFeaturePropertiesSchema;

/** countries: the states of the region, as drawn today. */
export const CountryPropertiesSchema = base
  .extend({
    kind: z.literal('country'),
    /** ISO 3166-1 alpha-2. */
    iso_a2: CountryCodeSchema,
    /** True for the two states the story is about; the others are context. */
    focus: z.boolean(),
  })
  .strict();

/** water: seas and lakes. */
export const WaterPropertiesSchema = base.extend({ kind: z.enum(['sea', 'lake']) }).strict();

/** rivers: the rivers the story names, where they are drawn. */
export const RiverPropertiesSchema = base
  .extend({
    kind: z.literal('river'),
    /** A smoothed copy of a river's course that carries its name only (a winding border bends too sharply for a label to follow). */
    label_path: z.boolean().optional(),
  })
  .strict();

/** relief: mountain ranges and passes, each labelled at one point. */
export const ReliefPropertiesSchema = base.extend({ kind: z.enum(['range', 'pass']) }).strict();

/** admin-areas: the seven districts around Nagorno-Karabakh, Syunik, the Nakhchivan Autonomous Republic. */
export const AdminAreaPropertiesSchema = base
  .extend({
    kind: z.enum(['district', 'province', 'autonomous-republic']),
    iso_a2: CountryCodeSchema,
    /** Official area in km², where a source gives one (for checks against the drawn area). */
    official_area_km2: z.number().positive().optional(),
  })
  .strict();

/** nkao: the Soviet autonomous oblast. */
export const NkaoPropertiesSchema = base
  .extend({
    kind: z.literal('autonomous-oblast'),
    official_area_km2: z.number().positive(),
  })
  .strict();

/** control-areas: who held what on the ground, by date. */
export const ControlAreaPropertiesSchema = base
  .extend({
    kind: z.enum(['held-by-armenian-forces', 'taken-in-2020-war', 'returned-district', 'armenian-control-after-2020', 'peacekeeping-zone']),
  })
  .strict();

/**
 * lines-of-contact: front lines frozen by a ceasefire, and the first stretch of agreed border in its
 * dated states (agreed in principle, fixed by protocol, taken over by the border guards).
 */
export const LineOfContactPropertiesSchema = base
  .extend({
    kind: z.enum(['line-of-contact', 'border-agreed', 'border-protocol', 'border-taken-over']),
  })
  .strict();

/** lachin-corridor: the roads and the 5 km corridor between Armenia and Nagorno-Karabakh. */
export const LachinCorridorPropertiesSchema = base
  .extend({
    kind: z.enum(['corridor-road', 'corridor-zone', 'exodus-flow', 'exodus-count']),
    /** Width of a corridor zone in km, from the 10 Nov 2020 statement. */
    width_km: z.number().positive().optional(),
    /** exodus-count: people counted crossing into Armenia by count_date, by the source cited. */
    count: z.number().int().positive().optional(),
    count_date: IsoDateSchema.optional(),
  })
  .strict()
  .refine((p) => (p.kind === 'exodus-count') === (p.count !== undefined && p.count_date !== undefined), {
    message: 'an exodus count, and only it, carries count and count_date',
  });

/** routes: railways and roads of the Nakhchivan question. */
export const RoutePropertiesSchema = base
  .extend({
    kind: z.enum(['railway', 'railway-section', 'planned-railway']),
    /** Operating state, e.g. "closed since the early 1990s", "under construction". */
    status: z.string().min(3),
    /** Length quoted by sources, in km, to compare with the drawn length. */
    quoted_length_km: z.string().optional(),
    /** Who calls the route what, attributed. */
    naming: z.string().optional(),
  })
  .strict();

/** One dated status of a border crossing. */
export const CrossingStatusSchema = z.object({
  from: IsoDateSchema,
  status: z.enum(['open', 'closed', 'limited', 'proposed']),
  note: z.string().min(3),
  sources: z.array(SourceCitationSchema).min(1),
});
export type CrossingStatus = z.infer<typeof CrossingStatusSchema>;

const statusStepShape = Object.fromEntries(
  Array.from({ length: MAX_STATUS_CHANGES }, (_, i) => [
    [statusStepKeys(i).from, IsoDateSchema.optional()],
    [statusStepKeys(i).status, CrossingStatusSchema.shape.status.optional()],
  ]).flat(),
) as Record<`status_${number}_from`, z.ZodOptional<typeof IsoDateSchema>> & Record<`status_${number}`, z.ZodOptional<typeof CrossingStatusSchema.shape.status>>;

/** crossings: border crossings and their dated status. */
export const CrossingPropertiesSchema = base
  .extend({
    kind: z.enum(['road-crossing', 'rail-crossing', 'checkpoint', 'meeting-point', 'tripoint']),
    /** The two states whose border it crosses, in alphabetical order. */
    countries: z.tuple([CountryCodeSchema, CountryCodeSchema]),
    /** Status history, oldest first; the status on date d is the last entry with from <= d. */
    status_history: z.array(CrossingStatusSchema).min(1).max(MAX_STATUS_CHANGES),
    ...statusStepShape,
  })
  .strict()
  .refine(
    (p) =>
      JSON.stringify(
        Object.entries(p)
          .filter(([k]) => /^status_\d+(_from)?$/.test(k))
          .sort(),
      ) === JSON.stringify(Object.entries(statusSteps(p.status_history)).sort()),
    { message: 'the flat status steps must be the status history, oldest first (statusSteps)' },
  );

/** places: towns and villages the story names. */
export const PlacePropertiesSchema = base
  .extend({
    kind: z.enum(['capital', 'city', 'town', 'village']),
    iso_a2: CountryCodeSchema,
    /** Label priority: 1 shows at every zoom, 3 only close up. */
    rank: z.number().int().min(1).max(3),
  })
  .strict();

/** events: one dated thing that happened at one place. */
export const EventPropertiesSchema = base
  .extend({
    kind: z.enum(['war', 'ceasefire', 'incursion', 'blockade', 'exodus', 'diplomacy', 'handover', 'border']),
    /** When it happened (first day, ISO). */
    date: IsoDateSchema,
    /** One line, in our own words. */
    description: z.string().min(10),
    /** The chapter-phase it belongs to, for the timeline. */
    phase: z.string().min(3),
  })
  .strict();

/** The properties schema of each layer, by layer id. */
export const LAYER_PROPERTY_SCHEMAS = {
  countries: withFeatureRules(CountryPropertiesSchema),
  water: withFeatureRules(WaterPropertiesSchema),
  rivers: withFeatureRules(RiverPropertiesSchema),
  relief: withFeatureRules(ReliefPropertiesSchema),
  'admin-areas': withFeatureRules(AdminAreaPropertiesSchema),
  nkao: withFeatureRules(NkaoPropertiesSchema),
  'control-areas': withFeatureRules(ControlAreaPropertiesSchema),
  'lines-of-contact': withFeatureRules(LineOfContactPropertiesSchema),
  'lachin-corridor': withFeatureRules(LachinCorridorPropertiesSchema),
  routes: withFeatureRules(RoutePropertiesSchema),
  crossings: withFeatureRules(CrossingPropertiesSchema),
  places: withFeatureRules(PlacePropertiesSchema),
  events: withFeatureRules(EventPropertiesSchema),
} as const;

export { LAYER_IDS, type LayerId } from './layer-ids.ts';
// The schemas are keyed by exactly the zod-free list of ids (layer-ids.ts), in its order (tests/unit checks the order).
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameIds: SameKeys<keyof typeof LAYER_PROPERTY_SCHEMAS, LayerId> = true;
void sameIds;
