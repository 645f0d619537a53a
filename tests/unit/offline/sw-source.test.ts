// Runs the generated sw.js in a VM with a fake service-worker global (caches, fetch, clients), and
// checks install, activate (the cleanup of old versions) and the two fetch strategies.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource, CACHE_PREFIX } from '../../../src/offline/sw-source.ts';

type Handler = (event: Record<string, unknown>) => void;

/** A fake CacheStorage keyed by URL path. */
function fakeCaches(initial: Record<string, string[]> = {}) {
  const store = new Map<string, Map<string, string>>(Object.entries(initial).map(([k, urls]) => [k, new Map(urls.map((u) => [u, `old ${u}`]))]));
  const path = (r: string | { url: string }) => new URL(typeof r === 'string' ? r : r.url, 'https://site.test').pathname;
  const cacheOf = (name: string) => ({
    addAll: async (requests: { url: string }[]) => requests.forEach((r) => store.get(name)!.set(path(r), `fresh ${path(r)}`)),
    put: async (r: string | { url: string }, response: string | { body: string }) =>
      void store.get(name)!.set(path(r), typeof response === 'string' ? response : response.body),
    match: async (r: string | { url: string }) => store.get(name)!.get(path(r)),
  });
  return {
    store,
    api: {
      open: async (name: string) => (store.has(name) || store.set(name, new Map()), cacheOf(name)),
      has: async (name: string) => store.has(name),
      keys: async () => [...store.keys()],
      delete: async (name: string) => store.delete(name),
      match: async (r: string | { url: string }, o: { cacheName: string }) => store.get(o.cacheName)?.get(path(r)),
    },
  };
}

function loadWorker(version: string, urls: string[], caches: ReturnType<typeof fakeCaches>, online: boolean) {
  const handlers: Record<string, Handler> = {};
  const log: string[] = [];
  const self = {
    location: { origin: 'https://site.test' },
    addEventListener: (type: string, h: Handler) => (handlers[type] = h),
    skipWaiting: async () => log.push('skipWaiting'),
    clients: { claim: async () => log.push('claim'), get: async () => undefined },
  };
  const fetch = async (r: { url: string }) => {
    if (!online) throw new TypeError('offline');
    return {
      ok: true,
      type: 'basic',
      body: `network ${new URL(r.url).pathname}`,
      clone() {
        return { ...this };
      },
    };
  };
  class Request {
    url: string;
    constructor(url: string) {
      this.url = new URL(url, 'https://site.test').href;
    }
  }
  runInNewContext(serviceWorkerSource({ version, urls }), { self, caches: caches.api, fetch, Request, URL, setTimeout, console });
  const dispatch = async (type: string, extra: Record<string, unknown> = {}) => {
    let waited: Promise<unknown> = Promise.resolve();
    let responded: Promise<unknown> | undefined;
    handlers[type]!({ ...extra, waitUntil: (p: Promise<unknown>) => (waited = p), respondWith: (p: Promise<unknown>) => (responded = p) });
    await waited;
    return responded && (await responded);
  };
  const get = (path: string, mode = 'no-cors') => dispatch('fetch', { request: { method: 'GET', url: `https://site.test${path}`, mode } });
  return { dispatch, get, log };
}

describe('the generated service worker', () => {
  it('precaches every URL on install, then takes over at once', async () => {
    const caches = fakeCaches();
    const sw = loadWorker('v2', ['/', '/assets/a.1.js'], caches, true);
    await sw.dispatch('install');
    expect([...caches.store.get(`${CACHE_PREFIX}v2`)!.keys()]).toEqual(['/', '/assets/a.1.js']);
    expect(sw.log).toEqual(['skipWaiting']);
  });

  it('copies immutable files an older version holds, and fetches pages and the rest afresh', async () => {
    const caches = fakeCaches({ [`${CACHE_PREFIX}v1`]: ['/', '/assets/a.1.js', '/vendor/maplibre-gl-6.12.0/maplibre-gl.mjs', '/data/x.geojson'] });
    const sw = loadWorker('v2', ['/', '/assets/a.1.js', '/assets/b.2.js', '/vendor/maplibre-gl-6.12.0/maplibre-gl.mjs', '/data/x.geojson'], caches, true);
    await sw.dispatch('install');
    expect(Object.fromEntries(caches.store.get(`${CACHE_PREFIX}v2`)!)).toEqual({
      '/': 'fresh /',
      '/assets/a.1.js': 'old /assets/a.1.js',
      '/assets/b.2.js': 'fresh /assets/b.2.js',
      '/vendor/maplibre-gl-6.12.0/maplibre-gl.mjs': 'old /vendor/maplibre-gl-6.12.0/maplibre-gl.mjs',
      '/data/x.geojson': 'fresh /data/x.geojson',
    });
  });

  it('deletes the caches of other versions on activate, and leaves caches that are not ours', async () => {
    const caches = fakeCaches({ [`${CACHE_PREFIX}v1`]: ['/'], [`${CACHE_PREFIX}v2`]: ['/'], 'someone-else': ['/x'] });
    const sw = loadWorker('v2', ['/'], caches, true);
    await sw.dispatch('activate');
    expect([...caches.store.keys()].sort()).toEqual([`${CACHE_PREFIX}v2`, 'someone-else']);
    expect(sw.log).toEqual(['claim']);
  });

  it('serves hashed assets from the cache first, and pages from the network with the cache as fallback', async () => {
    const caches = fakeCaches({ [`${CACHE_PREFIX}v2`]: ['/assets/a.1.js', '/handout/'] });
    const online = loadWorker('v2', [], caches, true);
    expect(await online.get('/assets/a.1.js')).toBe('old /assets/a.1.js');
    expect((await online.get('/handout/', 'navigate')) as { body: string }).toMatchObject({ body: 'network /handout/' });
    await new Promise((resolve) => setTimeout(resolve, 0)); // the worker keeps the fresh copy without holding up the page
    const offline = loadWorker('v2', [], caches, false);
    expect(await offline.get('/handout/', 'navigate')).toBe('network /handout/'); // the copy the online visit kept
    expect(await offline.get('/handout?x=1', 'navigate')).toBe('network /handout/'); // no trailing slash, a query
    expect(await offline.get('/assets/a.1.js')).toBe('old /assets/a.1.js');
  });

  it('does not answer for the embed pages, other origins or anything but GET', async () => {
    const sw = loadWorker('v2', [], fakeCaches(), true);
    expect(await sw.get('/embed/closed-borders/', 'navigate')).toBeUndefined();
    expect(await sw.get('/az/embed/closed-borders/', 'navigate')).toBeUndefined();
    expect(await sw.dispatch('fetch', { request: { method: 'GET', url: 'https://elsewhere.test/x.js', mode: 'cors' } })).toBeUndefined();
    expect(await sw.dispatch('fetch', { request: { method: 'POST', url: 'https://site.test/', mode: 'cors' } })).toBeUndefined();
  });
});
