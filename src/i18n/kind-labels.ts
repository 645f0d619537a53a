import { t, UI_STRINGS, type UiStringKey } from './ui-strings.ts';
import type { Language } from '../schemas/place-names.ts';

/**
 * Every `kind.*` interface string of a language, keyed by kind: built into the story page as JSON for
 * the feature details (build time only, so the string table never ships to the browser).
 */
export function kindLabels(lang: Language): Record<string, string> {
  return Object.fromEntries((Object.keys(UI_STRINGS) as UiStringKey[]).filter((k) => k.startsWith('kind.')).map((k) => [k.slice('kind.'.length), t(k, lang)]));
}
