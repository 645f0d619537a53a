import { createHash } from 'node:crypto';

/** A built file: its path relative to the build folder ("handout/index.html") and its bytes. */
export interface BuiltFile {
  path: string;
  content: Uint8Array;
}

/**
 * Paths the service worker must not cache nor serve: itself, the embed pages, which use no storage at
 * all, and legacy .woff fonts: every browser with a service worker reads the woff2 beside them.
 */
export function isExcluded(path: string): boolean {
  return path === 'sw.js' || path === 'embed.js' || /^((hy|az|ru)\/)?(embed|oembed)\//.test(path) || /(^|\/)\./.test(path) || path.endsWith('.woff');
}

/** Returns the URL a file is served at: "index.html" → "/", "handout/index.html" → "/handout/", others as they are. */
export function fileUrl(path: string): string {
  const p = path.split('\\').join('/');
  if (p === 'index.html') return '/';
  if (p.endsWith('/index.html')) return `/${p.slice(0, -'index.html'.length)}`;
  return `/${p}`;
}

/** The precache of one build: its version (a hash of every file's path and content) and the URLs to fetch on install. */
export interface Precache {
  version: string;
  urls: string[];
}

/**
 * Returns the precache for a build: every file except the excluded ones, as URLs in a stable order,
 * and a 16-hex-digit version that changes when any cached file's path or content changes (and only then).
 */
export function buildPrecache(files: readonly BuiltFile[]): Precache {
  const kept = files.filter((f) => !isExcluded(f.path.split('\\').join('/'))).map((f) => ({ url: fileUrl(f.path), content: f.content }));
  kept.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const version = createHash('sha256');
  for (const f of kept) version.update(`${f.url}\0${createHash('sha256').update(f.content).digest('hex')}\n`);
  return { version: version.digest('hex').slice(0, 16), urls: kept.map((f) => f.url) };
}
