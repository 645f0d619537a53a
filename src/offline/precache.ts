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
