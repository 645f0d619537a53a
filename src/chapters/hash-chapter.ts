/** What a URL fragment asks for: nothing, a chapter of the story, or an id the story does not have. */
export type HashRequest = { kind: 'none' } | { kind: 'chapter'; id: string } | { kind: 'unknown'; hash: string };

/** Returns what `location.hash` asks for, given the story's chapter ids (`#id`, percent-decoded). */
export function chapterFromHash(hash: string, ids: readonly string[]): HashRequest {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return { kind: 'none' };
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A malformed escape is just an unknown id.
  }
  return ids.includes(id) ? { kind: 'chapter', id } : { kind: 'unknown', hash: id };
}

/** A lone UTF-16 surrogate, which encodeURIComponent refuses (URIError). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Returns the URL (path + query + fragment) for a chapter: `#id`, or no fragment for none. Never throws. */
export function urlForChapter(location: { pathname: string; search: string }, id: string | null): string {
  return `${location.pathname}${location.search}${id ? `#${encodeURIComponent(id.replace(LONE_SURROGATE, '\ufffd'))}` : ''}`;
}
