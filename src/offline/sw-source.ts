import type { Precache } from './precache.ts';

/** Prefix of every cache this site's service worker makes; caches without it are not ours and are left alone. */
export const CACHE_PREFIX = 'crossroads-';

/**
 * Returns the source of /sw.js for a build. The worker precaches every URL of the build on install
 * (cache `crossroads-<version>`), serves hashed assets (/assets/…, /vendor/…) cache-first and everything else
 * network-first with the cache as fallback (a slow network counts as none after a few seconds),
 * deletes the caches of other versions on activate, and never touches the embed pages.
 */
export function serviceWorkerSource({ version, urls }: Precache, networkTimeoutMs = 4000): string {
  return `// Crossroads service worker, generated at build by src/offline/integration.ts. Do not edit.
const VERSION = ${JSON.stringify(version)};
const CACHE = ${JSON.stringify(CACHE_PREFIX)} + VERSION;
const PRECACHE = ${JSON.stringify(urls)};
const NETWORK_TIMEOUT_MS = ${networkTimeoutMs};

/** Files whose name changes with their content (hashed assets, the versioned map library): never refetched. */
const immutable = (path) => path.startsWith('/assets/') || path.startsWith('/vendor/');

/**
 * Fills this version's cache: immutable files an older version already holds are copied from it (a new
 * build changes a few pages, not the 1 MB of map code and fonts a classroom laptop already has); the
 * rest is fetched, bypassing the HTTP cache. Any failure fails the install, so a half cache never serves.
 */
async function precache() {
  const cache = await caches.open(CACHE);
  const older = (await caches.keys()).filter((k) => k.startsWith(${JSON.stringify(CACHE_PREFIX)}) && k !== CACHE);
  const toFetch = [];
  for (const url of PRECACHE) {
    let copy;
    if (immutable(url)) for (const name of older) copy ??= await (await caches.open(name)).match(url);
    if (copy) await cache.put(url, copy);
    else toFetch.push(new Request(url, { cache: 'reload' }));
  }
  await cache.addAll(toFetch);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(${JSON.stringify(CACHE_PREFIX)}) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The version, for pages and tests: postMessage('version') answers { version, cache }.
self.addEventListener('message', (event) => {
  if (event.data === 'version' && event.source) event.source.postMessage({ version: VERSION, cache: CACHE, files: PRECACHE.length });
});

/** Embed pages use no storage: the worker lets them go to the network untouched. */
const bypass = (url) => url.origin !== self.location.origin || /^\\/(?:(?:hy|az|ru)\\/)?(?:embed|oembed)\\//.test(url.pathname) || url.pathname === '/embed.js' || url.pathname === '/sw.js';

/** Looks a request up in this version's cache; a page asked for without its trailing slash finds the page with it. */
async function fromCache(request) {
  // caches.match with cacheName, not caches.open: opening would bring back a cache a newer version deleted.
  const options = { cacheName: CACHE, ignoreSearch: true };
  const hit = await caches.match(request, options);
  if (hit || request.mode !== 'navigate') return hit;
  const url = new URL(request.url);
  return url.pathname.endsWith('/') ? undefined : caches.match(url.pathname + '/', options);
}

/** Keeps a fresh response, unless a newer version has replaced this one (and deleted its cache) meanwhile. */
async function remember(request, response) {
  if (response.ok && response.type === 'basic' && (await caches.has(CACHE))) await (await caches.open(CACHE)).put(request, response);
}

async function cacheFirst(request) {
  const hit = await fromCache(request);
  if (hit) return hit;
  const response = await fetch(request);
  remember(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const network = fetch(request).then((response) => {
    remember(request, response.clone());
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
  } catch {
    // offline: fall through to the cache
  }
  const hit = await fromCache(request);
  if (hit) return hit;
  return network;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
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
