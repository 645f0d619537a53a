import { chapterFromHash, urlForChapter } from '../chapters/hash-chapter.ts';

/**
 * Deep links to slides (after reveal.js `controllers/location.js`): `#<chapter-id>`, the same
 * fragment the story uses, so "start at chapter 4" is one link for both. `#/<chapter-id>`
 * (reveal.js's form) is read too. The URL is updated with replaceState: slides never fill the history.
 */

/** What a fragment asks the slides for. */
export type SlideRequest = { kind: 'none' } | { kind: 'slide'; index: number } | { kind: 'unknown'; hash: string };

/** Returns the slide a `location.hash` asks for, given the slides' chapter ids in order. */
export function slideFromHash(hash: string, ids: readonly string[]): SlideRequest {
  const request = chapterFromHash(hash.replace(/^#\//, '#'), ids);
  if (request.kind === 'chapter') return { kind: 'slide', index: ids.indexOf(request.id) };
  return request;
}

/** Returns the URL (path + query + fragment) of a slide. */
export function urlForSlide(location: { pathname: string; search: string }, id: string): string {
  return urlForChapter(location, id);
}

/** Keeps the address bar and the current slide together. */
export interface SlideLocation {
  /** The slide the address asks for now. */
  read(): SlideRequest;
  /** Puts a slide's id in the address (replaceState; no new history entry). */
  write(index: number): void;
  stop(): void;
}

/** Watches `hashchange` (a pasted link, the back button) and reports the slide it asks for. */
export function createSlideLocation(ids: readonly string[], onRequest: (request: SlideRequest) => void): SlideLocation {
  const read = () => slideFromHash(location.hash, ids);
  const onHashChange = () => onRequest(read());
  window.addEventListener('hashchange', onHashChange);
  return {
    read,
    write(index) {
      const id = ids[index];
      if (!id) return;
      const url = urlForSlide(location, id);
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
    },
    stop: () => window.removeEventListener('hashchange', onHashChange),
  };
}
