import type { UiStringKey } from '../i18n/ui-strings.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { LayerId } from '../schemas/layer-properties.ts';

/** One line of a slide's key facts: a short label and its text. */
export interface KeyFact {
  label: UiStringKey;
  text: string;
  /** Shown instead of the label's words: the date an authored fact leads with ("12 Dec 2022"). */
  heading?: string;
}

/** The chapter fields key facts are taken from. The `changes` text is left for the "what changed?" prompt, so the slide never gives its answer away. */
export type KeyFactFields = Pick<Chapter, 'period' | 'date' | 'highlight' | 'layers' | 'key_facts'>;

/** What key facts need besides the chapter: names and words, in the slide's language. */
export interface KeyFactContext {
  /** Feature id → name, for the features the chapter marks. */
  names: Readonly<Record<string, string>>;
  /** Returns a story layer's name ("Areas of control"). */
  layerTitle(id: LayerId): string;
  /** Returns "{list} and {n} more" filled in. */
  more(list: string, n: number): string;
  /** Layers every slide shows, left out of the list. */
  basemap: readonly LayerId[];
  /** BCP 47 locale for dates (day, month, year order). */
  locale: string;
}

/** How many marked features a slide names at most before "and N more", and in how many characters (the caption must fit a 720p projector). */
const MAX_NAMES = 3;
const MAX_NAME_CHARS = 64;
/** Between marked names: some names hold a comma ("Hadrut, taken in the 2020 war"). */
const NAME_SEPARATOR = ' · ';

/** Returns how many names to show: up to MAX_NAMES while their list stays within MAX_NAME_CHARS, and always the first. */
function namesThatFit(names: readonly string[]): number {
  let n = 1;
  while (n < Math.min(names.length, MAX_NAMES) && names.slice(0, n + 1).join(NAME_SEPARATOR).length <= MAX_NAME_CHARS) n += 1;
  return n;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Returns a day-precise date range, "27 September – 10 November 2020", or one date when both ends agree. */
export function formatDateRange({ from, to }: { from: string; to: string }, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return from === to ? f.format(utc(from)) : f.formatRange(utc(from), utc(to));
}

/**
 * An authored fact's leading date, before ": " ("12 Dec 2022", "Since 1993", "Early 1990s"): short and
 * holding a year. Armenian sets it off with its own comma, "՝" (U+055D), not a colon ("2020 թ.
 * նոյեմբերի 8՝ …"); without it every Armenian fact kept its date inside the text under a bare "Key fact".
 */
const LEADING_DATE = /^([^:\u055D]{2,40})[:\u055D]\s+(\S.*)$/su;

/**
 * Returns one authored fact as a slide line: "12 Dec 2022: the Lachin road is blocked" becomes the
 * heading "12 Dec 2022" over "The Lachin road is blocked". A fact that does not lead with a date
 * keeps its whole text under the "Key fact" label.
 */
export function authoredFact(fact: string): KeyFact {
  const m = LEADING_DATE.exec(fact.trim());
  if (!m || !/\b\d{4}/.test(m[1]!)) return { label: 'present.fact.key', text: fact.trim() };
  const text = m[2]!;
  return { label: 'present.fact.key', heading: m[1]!.trim(), text: text.charAt(0).toUpperCase() + text.slice(1) };
}

/**
 * Returns a slide's key facts (two to four). A chapter with `key_facts` shows those, in order: each is
 * already dated, and the slide prints the chapter's period under its title, so no derived "When" line
 * is added (it would also push a four-fact slide past four lines).
 * Otherwise they are derived from the chapter's data: when the chapter happens, the date the map shows
 * (when it is not simply the period's first or last day), the places it marks, and the story layers on the map.
 */
export function keyFacts(chapter: KeyFactFields, ctx: KeyFactContext): KeyFact[] {
  if (chapter.key_facts && chapter.key_facts.length > 0) return chapter.key_facts.slice(0, 4).map(authoredFact);
  const facts: KeyFact[] = [{ label: 'present.fact.when', text: formatDateRange(chapter.period, ctx.locale) }];
  if (chapter.date !== chapter.period.from && chapter.date !== chapter.period.to) {
    facts.push({ label: 'present.fact.map-date', text: formatDateRange({ from: chapter.date, to: chapter.date }, ctx.locale) });
  }
  const names = [...new Set(chapter.highlight.map((id) => ctx.names[id]).filter((n): n is string => !!n))];
  if (names.length > 0) {
    const n = namesThatFit(names);
    const shown = names.slice(0, n).join(NAME_SEPARATOR);
    facts.push({ label: 'present.fact.marked', text: names.length > n ? ctx.more(shown, names.length - n) : shown });
  }
  const layers = chapter.layers.filter((id) => !ctx.basemap.includes(id));
  if (layers.length > 0) facts.push({ label: 'present.fact.layers', text: layers.map((id) => ctx.layerTitle(id)).join(', ') });
  return facts.slice(0, 4);
}
