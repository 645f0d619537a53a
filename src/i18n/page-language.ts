import type { NamingMode } from '../schemas/naming.ts';
import { namingFromSearch, searchWithNaming } from './naming.ts';

/** Fired on document when the reader changes the naming mode; detail is the new mode. Maps relabel on it. */
export const NAMING_EVENT = 'crossroads:naming';

/** The naming mode the page was opened with (`?names=`), already applied to the page's text. */
export function currentNaming(): NamingMode {
  return namingFromSearch(location.search);
}

/**
 * Wires the page's language and naming controls (every page loads this through BaseLayout):
 * - html[data-names] shows one usage or both in the text (CSS in global.css);
 * - the naming <select>s change it and write it to the URL only (replaceState; no storage);
 * - the language links keep the reader's place (#chapter) and naming mode when followed.
 */
export function wireLanguageControls(doc: Document = document): void {
  const apply = (mode: NamingMode) => {
    if (mode === 'both') delete doc.documentElement.dataset.names;
    else doc.documentElement.dataset.names = mode;
    for (const select of doc.querySelectorAll<HTMLSelectElement>('select[data-naming-control]')) select.value = mode;
    for (const note of doc.querySelectorAll<HTMLElement>('[data-naming-note]')) note.hidden = note.dataset.namingNote !== mode;
  };
  apply(currentNaming());
  // The control needs this script; without it the page shows both names and says so in the note.
  for (const field of doc.querySelectorAll<HTMLElement>('[data-naming-field]')) field.hidden = false;
  for (const select of doc.querySelectorAll<HTMLSelectElement>('select[data-naming-control]')) {
    select.addEventListener('change', () => {
      const mode = namingFromSearch(`names=${select.value}`);
      history.replaceState(history.state, '', `${location.pathname}${searchWithNaming(location.search, mode)}${location.hash}`);
      apply(mode);
      doc.dispatchEvent(new CustomEvent<NamingMode>(NAMING_EVENT, { detail: mode }));
    });
  }
  // Resolved at click time, so the link carries the chapter the reader is on now.
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
    const follow = () => {
      link.href = `${link.dataset.languageLink}${searchWithNaming('', currentNaming())}${location.hash}`;
    };
    link.addEventListener('pointerdown', follow);
    link.addEventListener('keydown', follow);
    link.addEventListener('click', follow);
  }
}
