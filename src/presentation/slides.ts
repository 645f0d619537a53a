import { storyChapters } from '../i18n/localized-content.ts';
import { t, type UiStringKey } from '../i18n/ui-strings.ts';
import { featureNamesById, stepEvents } from '../layers/layer-files.ts';
import { datedSteps, type DatedStep } from '../chapters/dated-steps.ts';
import type { Language } from '../schemas/place-names.ts';
import { formatPeriod } from '../chapters/format-period.ts';
import { BASEMAP_LAYERS, mapStateFor, type MapState } from '../map/map-state.ts';
import { keyFacts } from '../chapters/key-facts.ts';

/** A slide as the slides page and the speaker view need it, computed at build time (no zod in the browser). */
export interface SlideData {
  id: string;
  title: string;
  shortTitle: string;
  /** "September 2020 – November 2020", as the story writes it. */
  period: string;
  /** What the map shows, for screen readers and the still image. */
  alt: string;
  /** What changed since the previous chapter: the answer to the "what changed?" prompt. */
  changes: string;
  /** Presenter notes. */
  notes: string;
  /** Glossary term ids the chapter uses (shown as popovers on the slide). */
  terms: string[];
  facts: { label: string; text: string }[];
  /** The chapter's desktop map state (mapStateFor): projectors are wide screens. */
  state: MapState;
  /** The dated steps → walks through before the next slide (datedSteps); the last is `state` itself. */
  steps: DatedStep[];
}

/** BCP 47 locale for day-month-year dates in each language. */
const DATE_LOCALE: Record<Language, string> = { en: 'en-GB', hy: 'hy', az: 'az', ru: 'ru' };

/** Returns every chapter of a language as a slide, in story order. */
export async function loadSlides(lang: Language): Promise<SlideData[]> {
  const chapters = await storyChapters(lang);
  const names = featureNamesById(new Set(chapters.flatMap((c) => c.data.highlight)), lang);
  const events = stepEvents(lang);
  return chapters.map(({ data }) => ({
    id: data.id,
    title: data.title,
    shortTitle: data.short_title,
    period: formatPeriod(data.period, lang),
    alt: data.alt,
    changes: data.changes,
    notes: data.notes,
    terms: [...data.terms],
    facts: keyFacts(data, {
      names,
      layerTitle: (id) => t(`layer.${id}` as UiStringKey, lang),
      more: (list, n) => t('present.fact.more', lang).replace('{list}', list).replace('{n}', String(n)),
      basemap: BASEMAP_LAYERS,
      locale: DATE_LOCALE[lang],
    }).map((f) => ({ label: f.heading ?? t(f.label, lang), text: f.text })),
    state: mapStateFor(data, { language: lang, viewport: 'desktop' }),
    steps: datedSteps(data, events, lang),
  }));
}
