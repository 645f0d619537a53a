/** One dated step of a chapter's map, as the pages hand it to their scripts. */
export interface DatedStep {
  /** The event the step stands for (an id of the events layer). */
  event: string;
  /** The date the map is filtered to at this step (ISO). */
  date: string;
  /** "Oct 9, 2020: Hadrut taken", in the page's language. */
  label: string;
}

/** A step's date, short, as the language writes it ("Oct 9, 2020", "9 окт. 2020 г."): steps sit side by side in a narrow strip. */
const shortDate = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** What a step needs to know of its event. */
export interface StepEvent {
  date: string;
  name: string;
}

/**
 * Returns a chapter's steps: each shows its event's day, the last the chapter's own date (so the last
 * step is the chapter's final state, the one still maps and reduced motion show). Throws on an event
 * that does not exist, on steps out of date order, and on a last event after the chapter's date: the
 * content tests run this on every chapter.
 */
export function datedSteps(
  chapter: { id: string; date: string; steps?: readonly { event: string }[] },
  events: ReadonlyMap<string, StepEvent>,
  lang: string,
): DatedStep[] {
  const steps = chapter.steps ?? [];
  return steps.map(({ event }, i) => {
    const e = events.get(event);
    if (!e) throw new Error(`${chapter.id}: step ${i + 1} names "${event}", which is not an event`);
    const previous = i > 0 ? events.get(steps[i - 1]!.event) : undefined;
    if (previous && previous.date > e.date) throw new Error(`${chapter.id}: step ${i + 1} (${e.date}) comes before step ${i} (${previous.date})`);
    const last = i === steps.length - 1;
    if (last && e.date > chapter.date) throw new Error(`${chapter.id}: the last step's event (${e.date}) is after the chapter's date (${chapter.date})`);
    return { event, date: last ? chapter.date : e.date, label: `${shortDate(e.date, lang)}: ${e.name}` };
  });
}

/**
 * Returns the step to show when the reader is `within` (0–1) the way through a chapter of `count`
 * steps: the steps share the first `span` of the chapter, so the final state is on the map while the
 * reader still reads the chapter's end.
 */
export function stepAt(within: number, count: number, span = 0.7): number {
  if (count <= 0) return -1;
  const share = Math.min(1, Math.max(0, within)) / span;
  return Math.min(count - 1, Math.floor(share * count));
}

/** The name of the small map of step `index` (from 0) of a chapter: `<chapter-id>-<n>`, n from 1. */
export const stepMapId = (chapterId: string, index: number): string => `${chapterId}-${index + 1}`;
