// The addresses of the still maps drawn at build time (src/pages/[...locale]/maps/): one set per
// language, labelled in it, at the language's own prefix like its pages.
import { localizedPath } from '../i18n/locale-routes.ts';
import type { Language } from '../schemas/languages.ts';
import { stepMapId } from './dated-steps.ts';

/** A chapter's still map: /maps/<id>.svg in English, /<lang>/maps/<id>.svg otherwise. */
export const stillMapPath = (chapterId: string, lang: Language): string => localizedPath(lang, `/maps/${chapterId}.svg`);

/** The small map of step `index` (from 0) of a chapter, in a language. */
export const stepMapPath = (chapterId: string, index: number, lang: Language): string => localizedPath(lang, `/maps/steps/${stepMapId(chapterId, index)}.svg`);
