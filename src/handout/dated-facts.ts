/**
 * Dated facts for the handout: two to four sentences of a chapter's prose that say what happened on a
 * date ("On 27 September 2020 Azerbaijan opened an offensive…"), found by a pure function so every
 * chapter has them without a new frontmatter field. English prose only (English month names).
 */

import { authoredFact } from '../chapters/key-facts.ts';
import { dayMonthYear as formatDay } from '../chapters/format-period.ts';

/** One dated fact: the date as printed, an ISO-like sort key and the sentence that tells it. */
export interface DatedFact {
  /** "27 September 2020", "February 1988" or "1993". */
  label: string;
  /** "2020-09-27", "1988-02" or "1993": sorts chronologically as text. */
  sortKey: string;
  /** The sentence, with a leading "On <date>" / "In <date>" taken out (the label says it). */
  text: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = MONTHS.join('|');
/** A year between 1800 and 2099, not part of a longer number ("1,960", "100,417") nor a decade ("1990s"). */
const YEAR = String.raw`(?<!\d|\d[,.])(?:18|19|20)\d\d(?![\ds]|[,.]\d)`;
/** "27 September 2020", "9 October" (year from context), "February 1988", "1993". */
const DATE_RE = new RegExp(String.raw`\b(?:(\d{1,2}) (${MONTH})(?: (${YEAR}))?|(${MONTH}) (${YEAR})|(${YEAR}))`, 'u');
const YEAR_RE = new RegExp(YEAR, 'gu');
const DATE_RE_ALL = new RegExp(DATE_RE.source, 'gu');

/** Sentences longer than this are kept only when nothing shorter is dated. */
const LONG_SENTENCE = 260;

interface Candidate extends DatedFact {
  /** 3 = day, 2 = month, 1 = year only. */
  precision: number;
  /** The sentence opens with the date ("On 5 May 1994, …"): it is about that date. */
  leading: boolean;
  index: number;
  length: number;
}

/** Returns Markdown prose as plain sentences (links keep their text; emphasis marks go). */
export function sentences(markdown: string): string[] {
  const plain = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain
    .split(/(?<=[.!?])\s+(?=["“A-Z0-9])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Returns a date match as a label and sort key, the year taken from `contextYear` when it gives only a day and month. */
function readDate(m: RegExpExecArray, contextYear: string | undefined) {
  const [whole, day, dayMonth, dayYear, month, monthYear, year] = m;
  const at = m.index;
  if (day && dayMonth) {
    const y = dayYear ?? contextYear;
    if (!y) return undefined;
    const mm = pad(MONTHS.indexOf(dayMonth) + 1);
    return { at, whole, label: `${Number(day)} ${dayMonth} ${y}`, sortKey: `${y}-${mm}-${pad(Number(day))}`, precision: 3 };
  }
  if (month && monthYear) {
    return { at, whole, label: `${month} ${monthYear}`, sortKey: `${monthYear}-${pad(MONTHS.indexOf(month) + 1)}`, precision: 2 };
  }
  return { at, whole, label: year!, sortKey: year!, precision: 1 };
}

/** Returns the most precise date a sentence names (the first of equals): "since 1994 … on 5 April" is about 5 April. */
function bestDate(sentence: string, contextYear: string | undefined) {
  let best: ReturnType<typeof readDate>;
  for (const m of sentence.matchAll(DATE_RE_ALL)) {
    const d = readDate(m, contextYear);
    if (d && (!best || d.precision > best.precision)) best = d;
  }
  return best;
}

/** Takes out a leading "On 5 May 1994," or "In 1993" and capitalises what is left. */
function withoutLeadingDate(sentence: string, whole: string): string {
  const m = new RegExp(String.raw`^(?:On|In) ${whole.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},? `).exec(sentence);
  if (!m) return sentence;
  const rest = sentence.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Returns an ISO date as "12 May 1994", or as the language writes it ("12 мая 1994 г."): the handouts' style, day first in English too. */
export function dayMonthYear(iso: string, lang = 'en'): string {
  return formatDay(iso, lang === 'en' ? 'en-GB' : lang);
}

/** Fewest and most facts a chapter gets. */
export const MIN_FACTS = 2;
export const MAX_FACTS = 4;

/**
 * Returns two to four dated facts from a chapter's prose, in date order. Sentences that open with a
 * date and precise dates come first, shorter sentences before long ones, one fact per date; a bare
 * year in passing ("since the 2020 war") is used only to reach two. A day and month without a year
 * ("on 9 October") takes the last year named before it inside the chapter's period. When the prose
 * names fewer than two dates, `mapDate` (the date the chapter's map shows, with a sentence saying so)
 * makes up the second.
 */
export function datedFacts(markdown: string, period: { from: string; to: string }, mapDate?: { date: string; text: string }): DatedFact[] {
  let contextYear: string | undefined = period.from.slice(0, 4);
  const candidates: Candidate[] = [];
  sentences(markdown).forEach((sentence, index) => {
    const found = bestDate(sentence, contextYear);
    if (found) {
      const lead = /^(?:On|In|By|From|Since) (?:early |late |the end of )?/.exec(sentence);
      const leading = !!lead && found.at === lead[0].length;
      candidates.push({
        label: found.label,
        sortKey: found.sortKey,
        text: leading ? withoutLeadingDate(sentence, found.whole) : sentence,
        precision: found.precision,
        leading,
        index,
        length: sentence.length,
      });
    }
    // A bare day and month belongs to the last year named inside the period ("the 1991 declaration" is not it).
    const inPeriod = (sentence.match(YEAR_RE) ?? []).filter((y) => y >= period.from.slice(0, 4) && y <= period.to.slice(0, 4));
    if (inPeriod.length > 0) contextYear = inPeriod[inPeriod.length - 1];
  });
  const score = (c: Candidate) => c.precision + (c.leading ? 2 : 0) - (c.length > LONG_SENTENCE ? 3 : 0);
  const chosen: DatedFact[] = [];
  const take = (c: DatedFact) => {
    if (chosen.length < MAX_FACTS && !chosen.some((d) => d.label === c.label)) chosen.push(c);
  };
  const ranked = [...candidates].sort((a, b) => score(b) - score(a) || a.index - b.index);
  for (const c of ranked) if (score(c) >= 2) take(c);
  for (const c of ranked) if (chosen.length < MIN_FACTS) take(c);
  if (chosen.length < MIN_FACTS && mapDate) take({ label: dayMonthYear(mapDate.date), sortKey: mapDate.date, text: mapDate.text });
  return chosen.sort((a, b) => a.sortKey.localeCompare(b.sortKey)).map(({ label, sortKey, text }) => ({ label, sortKey, text }));
}

/**
 * Returns a chapter's authored key facts as handout lines, the same facts the slides show: "12 Dec
 * 2022: the road is blocked" becomes the label "12 Dec 2022" and its text. Authored order is kept.
 */
export function handoutFacts(keyFacts: readonly string[]): DatedFact[] {
  return keyFacts.map((fact, i) => {
    const f = authoredFact(fact);
    return { label: f.heading ?? '', sortKey: String(i).padStart(2, '0'), text: f.text };
  });
}
