import { discussionEntries, glossaryTerms, storyChapters, type LocalizedChapter } from '../i18n/localized-content.ts';
import type { Language } from '../schemas/place-names.ts';
import type { GlossaryTerm } from '../schemas/glossary-term.ts';
import type { DiscussionQuestion } from '../schemas/discussion.ts';
import type { SourceCitation } from '../schemas/source-citation.ts';
import { t } from '../i18n/ui-strings.ts';
import { formatPeriod } from '../chapters/format-period.ts';
import { datedFacts, dayMonthYear, handoutFacts, type DatedFact } from './dated-facts.ts';
import { questionsForChapters } from './discussion-index.ts';
import { datedSteps } from '../chapters/dated-steps.ts';
import { stepMapPath } from '../chapters/still-map-paths.ts';
import { stepEvents } from '../layers/layer-files.ts';

/** One chapter page of the handout, computed at build time. */
export interface HandoutChapter {
  id: string;
  order: number;
  title: string;
  shortTitle: string;
  /** "September 2020 – November 2020". */
  period: string;
  /** "9 November 2020": the day the map shows. */
  mapDate: string;
  alt: string;
  changes: string;
  facts: DatedFact[];
  terms: GlossaryTerm[];
  questions: readonly DiscussionQuestion[];
  /** The language the questions are written in (English where not yet translated). */
  questionsLang: Language;
  notes: string;
  sources: SourceCitation[];
  /** The dated steps of the chapter's map, each with its small map (none for a chapter without steps). */
  steps: { label: string; src: string }[];
}

/** Returns every chapter of a language as a handout page, in story order; the build fails when a chapter has no questions or names an unknown term. */
export async function loadHandout(lang: Language): Promise<HandoutChapter[]> {
  const chapters = await storyChapters(lang);
  const glossary = new Map((await glossaryTerms(lang)).map((g) => [g.id, g]));
  const discussion = await discussionEntries(lang);
  const questionsLang = new Map(discussion.map((d) => [d.id, d.lang]));
  const events = stepEvents(lang);
  const questions = questionsForChapters(
    discussion,
    chapters.map((c) => c.data.id),
  );
  return chapters.map((chapter: LocalizedChapter, i) => {
    const { data } = chapter;
    const terms = data.terms.map((id) => {
      const term = glossary.get(id);
      if (!term) throw new Error(`chapter "${data.id}": unknown glossary term "${id}"`);
      return term;
    });
    return {
      id: data.id,
      order: data.order,
      title: data.title,
      shortTitle: data.short_title,
      period: formatPeriod(data.period, lang),
      mapDate: dayMonthYear(data.date, lang),
      alt: data.alt,
      changes: data.changes,
      facts: data.key_facts?.length
        ? handoutFacts(data.key_facts)
        : datedFacts(chapter.body.body ?? '', data.period, { date: data.date, text: t('handout.map-date-fact', lang) }),
      terms,
      questions: questions[i]!,
      questionsLang: questionsLang.get(data.id) ?? 'en',
      notes: data.notes,
      sources: data.sources,
      steps: datedSteps(data, events, lang).map((step, n) => ({ label: step.label, src: stepMapPath(data.id, n, lang) })),
    };
  });
}
