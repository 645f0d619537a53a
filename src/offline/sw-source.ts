import type { Language } from '../schemas/languages.ts';
import type { OfflineManifest } from './offline-manifest.ts';

/** Prefix of every cache this site's service worker makes; caches without it are not ours and are left alone. */
export const CACHE_PREFIX = 'crossroads-';

/** Prefix of a saved copy's cache: `crossroads-offline-<language>-<version>`. */
export const OFFLINE_CACHE_PREFIX = `${CACHE_PREFIX}offline-`;

/** The entry a copy's cache gets last, once every file is in: a half-saved copy has none and is never carried over. */
export const COMPLETE_MARKER = '/__offline-copy-complete__';

/** What a page asks the worker (offline-save.ts). */
export type OfflineRequest = { type: 'save'; lang: Language } | { type: 'remove'; lang: Language } | { type: 'status' };

/** A saved copy, as its completion marker records it. */
export interface SavedCopy {
  version: string;
  files: number;
  bytes: number;
  /** Milliseconds since 1970, when the save finished. */
  savedAt: number;
}

/** What the worker tells pages: progress and outcome to every window of the site, the status to the one that asked. */
export type OfflineNews =
  | { type: 'progress'; lang: Language; done: number; total: number }
  | { type: 'saved'; lang: Language; copy: SavedCopy }
  | { type: 'failed'; lang: Language; reason: string }
  | { type: 'removed'; lang: Language }
  | { type: 'status'; version: string; saved: Partial<Record<Language, SavedCopy>> };

/**
 * Returns the source of /sw.js for a build. The worker is registered only when a reader presses "Save for
 * offline use", and stores nothing by itself: on a `save` message it fetches that language's copy into its
 * own cache, reporting progress; on `remove` it deletes it (and unregisters once no copy is left). A new
 * build's worker re-saves, on install, the copies the reader completed with the old one, copying the
 * hashed files it already has, so an update replaces an offline copy instead of dropping it. While a copy
 * exists, hashed assets are served from it first and everything else from the network with the copy as
 * fallback (a slow network counts as none after a few seconds); without one, every request goes to the
 * network untouched. Embed pages are never served nor stored.
 */
export function serviceWorkerSource({ version, copies }: OfflineManifest, networkTimeoutMs = 4000): string {
  return `// Crossroads service worker, generated at build by src/offline/integration.ts. Do not edit.
const VERSION = ${JSON.stringify(version)};
const COPIES = ${JSON.stringify(copies)};
const PREFIX = ${JSON.stringify(CACHE_PREFIX)};
const OFFLINE_PREFIX = ${JSON.stringify(OFFLINE_CACHE_PREFIX)};
const MARKER = ${JSON.stringify(COMPLETE_MARKER)};
const NETWORK_TIMEOUT_MS = ${networkTimeoutMs};

/** Files whose name changes with their content (hashed assets, the versioned map library): never refetched. */
const immutable = (path) => path.startsWith('/assets/') || path.startsWith('/vendor/');
const copyName = (lang, version = VERSION) => OFFLINE_PREFIX + lang + '-' + version;
/** The language and version of a saved copy's cache name, or undefined for any other cache. */
const parseCopy = (name) => {
  const m = /^(en|hy|az|ru)-(.+)$/.exec(name.startsWith(OFFLINE_PREFIX) ? name.slice(OFFLINE_PREFIX.length) : '');
  return m ? { lang: m[1], version: m[2] } : undefined;
};
const currentCopies = async () => (await caches.keys()).filter((k) => parseCopy(k)?.version === VERSION);

/** Whether this version has a saved copy to serve from; undefined until the caches were looked at. */
let haveCopies;

async function tellAll(news) {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(news);
}

/** A file the reader's storage already holds: this version's other copies, or an older copy's hashed file. */
async function reusable(url, target) {
  for (const name of await caches.keys()) {
    const copy = parseCopy(name);
    if (!copy || name === target || (copy.version !== VERSION && !immutable(url))) continue;
    const hit = await caches.match(url, { cacheName: name });
    if (hit) return hit;
  }
  return undefined;
}

/** Stores one language's copy; the completion marker goes in last. Any failure deletes the half copy and is thrown. */
async function saveCopy(lang) {
  const { urls, bytes } = COPIES[lang];
  const name = copyName(lang);
  const cache = await caches.open(name);
  try {
    let done = 0;
    for (const url of urls) {
      let response = await reusable(url, name);
      if (!response) {
        response = await fetch(new Request(url, { cache: 'reload' }));
        if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      }
      await cache.put(url, response);
      done += 1;
      await tellAll({ type: 'progress', lang, done, total: urls.length });
    }
    const copy = { version: VERSION, files: urls.length, bytes, savedAt: Date.now() };
    await cache.put(MARKER, new Response(JSON.stringify(copy), { headers: { 'content-type': 'application/json' } }));
    haveCopies = true;
    await tellAll({ type: 'saved', lang, copy });
  } catch (error) {
    await caches.delete(name);
    await tellAll({ type: 'failed', lang, reason: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

async function removeCopy(lang) {
  for (const name of await caches.keys()) if (parseCopy(name)?.lang === lang) await caches.delete(name);
  const left = await currentCopies();
  haveCopies = left.length > 0;
  await tellAll({ type: 'removed', lang });
  if (!(await caches.keys()).some((k) => parseCopy(k))) await self.registration.unregister();
}

async function status() {
  const saved = {};
  for (const name of await currentCopies()) {
    const marker = await caches.match(MARKER, { cacheName: name });
    if (marker) saved[parseCopy(name).lang] = await marker.json();
  }
  return { type: 'status', version: VERSION, saved };
}

/** On install: the copies an older version completed are saved again for this one, or the install fails and the old worker stays. */
async function carryOver() {
  const completed = new Set();
  for (const name of await caches.keys()) {
    const copy = parseCopy(name);
    if (copy && copy.version !== VERSION && (await caches.match(MARKER, { cacheName: name }))) completed.add(copy.lang);
  }
  for (const lang of completed) if (COPIES[lang]) await saveCopy(lang);
}

self.addEventListener('install', (event) => {
  event.waitUntil(carryOver().then(() => self.skipWaiting()));
});

// Every cache of ours that is not a copy of this version goes: older copies, and the whole-site cache
// that builds before "Save for offline use" filled on every first visit.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && parseCopy(name)?.version !== VERSION) await caches.delete(name);
      }
      haveCopies = (await currentCopies()).length > 0;
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  // The version, for tests and support: postMessage('version') answers { version }.
  if (data === 'version') event.source?.postMessage({ version: VERSION });
  else if (data?.type === 'save' && COPIES[data.lang]) event.waitUntil(saveCopy(data.lang).catch(() => {}));
  else if (data?.type === 'remove' && COPIES[data.lang]) event.waitUntil(removeCopy(data.lang));
  else if (data?.type === 'status') event.waitUntil(status().then((news) => event.source?.postMessage(news)));
});

/** Embed pages use no storage: the worker lets them go to the network untouched. */
const bypass = (url) => url.origin !== self.location.origin || /^\\/(?:(?:hy|az|ru)\\/)?(?:embed|oembed)\\//.test(url.pathname) || url.pathname === '/embed.js' || url.pathname === '/sw.js';

/** Looks a request up in this version's copies; a page asked for without its trailing slash finds the page with it. */
async function fromCopies(request) {
  const url = new URL(request.url);
  const paths = [url.pathname];
  if (request.mode === 'navigate' && !url.pathname.endsWith('/')) paths.push(url.pathname + '/');
  for (const name of await currentCopies()) {
    for (const path of paths) {
      const hit = await caches.match(path, { cacheName: name });
      if (hit) return hit;
    }
  }
  return undefined;
}

async function cacheFirst(request) {
  return (await fromCopies(request)) ?? fetch(request);
}

async function networkFirst(request) {
  const network = fetch(request);
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
  } catch {
    // offline: fall through to the copy
  }
  return (await fromCopies(request)) ?? network;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // No copy saved: the worker stays out of the way (it exists only between "Save" and its first copy).
  if (haveCopies === false || request.method !== 'GET') return;
  const url = new URL(request.url);
  if (bypass(url)) return;
  event.respondWith((async () => {
    // Files an embed page asks for go to the network too: embeds use no storage.
    const client = event.clientId ? await self.clients.get(event.clientId) : undefined;
    if (client && bypass(new URL(client.url))) return fetch(request);
    return immutable(url.pathname) ? cacheFirst(request) : networkFirst(request);
  })());
});
`;
}
