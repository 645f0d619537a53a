import { createHash } from 'node:crypto';
import { LANGUAGES, type Language } from '../schemas/languages.ts';
import { fileUrl, isExcluded, type BuiltFile } from './precache.ts';

/**
 * What "Save for offline use" stores: one language's pages and everything they load. Nothing is stored
 * before the reader asks (issue 12: a metered phone should not pay for a story read once).
 */
export interface OfflineCopy {
  /** The URLs to fetch, in a stable order. */
  urls: string[];
  /** Bytes the copy takes in the browser's storage (the files as served, before compression). */
  bytes: number;
}

export interface OfflineManifest {
  /** Changes when any file of any copy changes (and only then): a 16-hex-digit content hash. */
  version: string;
  copies: Record<Language, OfflineCopy>;
}

/** The small summary pages read before a download, to show its size: /offline.json. */
export interface OfflineSummary {
  version: string;
  copies: Record<Language, { files: number; bytes: number }>;
}

/** Files that are not read offline: the server's header rules, and the share cards other sites show in link previews. */
const notForReaders = (path: string) =>
  path === '_headers' || path === 'nginx-headers.conf' || path === 'offline.json' || /^maps\/(card\/|[^/]+\.png$)/.test(path);

/**
 * Which copy a built file belongs to: a page or still map under /hy/, /az/ or /ru/ to that language, any
 * other page or still map to English, the 404 page and every other file (scripts, fonts, data) to all of them;
 * `undefined` for files no copy holds (the embeds, the worker itself, share cards, header rules).
 */
export function copyOf(path: string): Language | 'shared' | undefined {
  if (isExcluded(path) || notForReaders(path)) return undefined;
  const prefixed = /^(hy|az|ru)\//.exec(path);
  if (prefixed) return prefixed[1] as Language;
  // Each language has its own still maps (/<lang>/maps/…): the unprefixed ones are English.
  if (/^maps\/(steps\/)?[^/]+\.svg$/.test(path)) return 'en';
  if (path === '404.html' || !path.endsWith('.html')) return 'shared';
  return 'en';
}

const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** Returns the offline copy of each language for a build, and the build's offline version. */
export function buildOfflineManifest(files: readonly BuiltFile[]): OfflineManifest {
  const kept = files
    .map((f) => ({ path: f.path.split('\\').join('/'), content: f.content }))
    .map((f) => ({ url: fileUrl(f.path), content: f.content, copy: copyOf(f.path) }))
    .filter((f): f is { url: string; content: Uint8Array; copy: Language | 'shared' } => f.copy !== undefined)
    .sort(byUrl);
  const hash = createHash('sha256');
  for (const f of kept) hash.update(`${f.url}\0${createHash('sha256').update(f.content).digest('hex')}\n`);
  const copies = Object.fromEntries(
    LANGUAGES.map((lang) => {
      const own = kept.filter((f) => f.copy === lang || f.copy === 'shared');
      return [lang, { urls: own.map((f) => f.url), bytes: own.reduce((sum, f) => sum + f.content.byteLength, 0) }];
    }),
  ) as Record<Language, OfflineCopy>;
  return { version: hash.digest('hex').slice(0, 16), copies };
}

/** The summary of a manifest that pages fetch to show sizes before a download. */
export function offlineSummary({ version, copies }: OfflineManifest): OfflineSummary {
  const entries = LANGUAGES.map((lang) => [lang, { files: copies[lang].urls.length, bytes: copies[lang].bytes }]);
  return { version, copies: Object.fromEntries(entries) as OfflineSummary['copies'] };
}
