// Runs the generated sw.js in a VM with a fake service-worker global (caches, fetch, clients), and
// checks that it stores nothing by itself, saves and removes one language's copy on request, carries
// saved copies over to a new version, and serves from them only.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { COMPLETE_MARKER, OFFLINE_CACHE_PREFIX, serviceWorkerSource, type OfflineNews } from '../../../src/offline/sw-source.ts';
import type { OfflineManifest } from '../../../src/offline/offline-manifest.ts';

type Handler = (event: Record<string, unknown>) => void;
type Body = string;

const path = (r: string | { url: string }) => new URL(typeof r === 'string' ? r : r.url, 'https://site.test').pathname;

/** A response as the fake caches and fetch hand it out: a body, and json() for the completion marker. */
class FakeResponse {
  ok: boolean;
  type = 'basic';
  body: Body;
  status: number;
  constructor(body: Body, init: { status?: number } = {}) {
    this.body = body;
    this.ok = (init.status ?? 200) < 400;
    this.status = init.status ?? 200;
  }
  async json() {
    return JSON.parse(this.body) as unknown;
  }
  clone() {
    return new FakeResponse(this.body, { status: this.status });
  }
}

/** A fake CacheStorage: cache name → path → body. */
function fakeCaches(initial: Record<string, Record<string, Body>> = {}) {
  const store = new Map<string, Map<string, Body>>(Object.entries(initial).map(([k, files]) => [k, new Map(Object.entries(files))]));
  return {
    store,
    api: {
      open: async (name: string) => {
        if (!store.has(name)) store.set(name, new Map());
        return {
          put: async (r: string | { url: string }, response: FakeResponse) => void store.get(name)?.set(path(r), response.body),
        };
      },
      keys: async () => [...store.keys()],
      delete: async (name: string) => store.delete(name),
      match: async (r: string | { url: string }, o: { cacheName: string }) => {
        const body = store.get(o.cacheName)?.get(path(r));
        return body === undefined ? undefined : new FakeResponse(body);
      },
    },
  };
}

const manifest = (version: string, copies: Partial<Record<'en' | 'hy' | 'az' | 'ru', string[]>>): OfflineManifest => ({
  version,
  copies: {
    en: { urls: copies.en ?? [], bytes: 100 },
    hy: { urls: copies.hy ?? [], bytes: 200 },
    az: { urls: copies.az ?? [], bytes: 300 },
    ru: { urls: copies.ru ?? [], bytes: 400 },
  },
});

function loadWorker(m: OfflineManifest, caches: ReturnType<typeof fakeCaches>, network: { online: boolean; missing?: string }) {
  const handlers: Record<string, Handler> = {};
  const log: string[] = [];
  const news: OfflineNews[] = [];
  const fetched: string[] = [];
  const self = {
    location: { origin: 'https://site.test' },
    addEventListener: (type: string, h: Handler) => (handlers[type] = h),
    skipWaiting: async () => log.push('skipWaiting'),
    registration: { unregister: async () => log.push('unregister') },
    clients: {
      claim: async () => log.push('claim'),
      get: async () => undefined,
      matchAll: async () => [{ postMessage: (n: OfflineNews) => news.push(n) }],
    },
  };
  const fetch = async (r: { url: string }) => {
    if (!network.online) throw new TypeError('offline');
    fetched.push(path(r));
    return path(r) === network.missing ? new FakeResponse('', { status: 404 }) : new FakeResponse(`network ${path(r)}`);
  };
  class Request {
    url: string;
    constructor(url: string) {
      this.url = new URL(url, 'https://site.test').href;
    }
  }
  runInNewContext(serviceWorkerSource(m), { self, caches: caches.api, fetch, Request, Response: FakeResponse, URL, setTimeout, console });
  const dispatch = async (type: string, extra: Record<string, unknown> = {}) => {
    let waited: Promise<unknown> = Promise.resolve();
    let responded: Promise<unknown> | undefined;
    handlers[type]!({ ...extra, waitUntil: (p: Promise<unknown>) => (waited = p), respondWith: (p: Promise<unknown>) => (responded = p) });
    await waited;
    const response = responded && ((await responded) as FakeResponse | undefined);
    return response?.body;
  };
  const get = (p: string, mode = 'no-cors') => dispatch('fetch', { request: { method: 'GET', url: `https://site.test${p}`, mode } });
  const tell = (data: unknown) => dispatch('message', { data, source: { postMessage: (n: OfflineNews) => news.push(n) } });
  return { dispatch, get, tell, log, news, fetched };
}

const copyName = (lang: string, version: string) => `${OFFLINE_CACHE_PREFIX}${lang}-${version}`;
const files = (caches: ReturnType<typeof fakeCaches>, name: string) => Object.fromEntries(caches.store.get(name) ?? []);

describe('the generated service worker', () => {
  it('stores nothing on install, and deletes the whole-site cache older builds made on every visit', async () => {
    const caches = fakeCaches({ 'crossroads-0123456789abcdef': { '/': 'old' }, 'someone-else': { '/x': 'x' } });
    const sw = loadWorker(manifest('v2', { en: ['/', '/assets/a.1.js'] }), caches, { online: true });
    await sw.dispatch('install');
    await sw.dispatch('activate');
    expect([...caches.store.keys()]).toEqual(['someone-else']);
    expect(sw.fetched).toEqual([]);
    expect(sw.log).toEqual(['skipWaiting', 'claim']);
  });

  it('saves one language on request, with progress and a completion marker, and reports it in the status', async () => {
    const caches = fakeCaches();
    const sw = loadWorker(manifest('v2', { en: ['/', '/assets/a.1.js'], hy: ['/hy/', '/assets/a.1.js'] }), caches, { online: true });
    await sw.tell({ type: 'save', lang: 'hy' });
    const saved = files(caches, copyName('hy', 'v2'));
    expect(Object.keys(saved).sort()).toEqual([COMPLETE_MARKER, '/assets/a.1.js', '/hy/']);
    expect(JSON.parse(saved[COMPLETE_MARKER]!)).toMatchObject({ version: 'v2', files: 2, bytes: 200 });
    expect(caches.store.has(copyName('en', 'v2'))).toBe(false);
    expect(sw.news.filter((n) => n.type === 'progress').map((n) => n.type === 'progress' && `${n.done}/${n.total}`)).toEqual(['1/2', '2/2']);
    expect(sw.news.at(-1)).toMatchObject({ type: 'saved', lang: 'hy', copy: { files: 2, bytes: 200 } });

    await sw.tell({ type: 'status' });
    expect(sw.news.at(-1)).toMatchObject({ type: 'status', version: 'v2', saved: { hy: { files: 2 } } });
  });

  it('reuses the files another copy holds when a second language is saved', async () => {
    const caches = fakeCaches();
    const sw = loadWorker(manifest('v2', { en: ['/', '/data/x.geojson'], ru: ['/ru/', '/data/x.geojson'] }), caches, { online: true });
    await sw.tell({ type: 'save', lang: 'en' });
    await sw.tell({ type: 'save', lang: 'ru' });
    expect(sw.fetched).toEqual(['/', '/data/x.geojson', '/ru/']);
  });

  it('keeps nothing of a save that fails, and says why', async () => {
    const caches = fakeCaches();
    const sw = loadWorker(manifest('v2', { en: ['/', '/data/x.geojson'] }), caches, { online: true, missing: '/data/x.geojson' });
    await sw.tell({ type: 'save', lang: 'en' });
    expect([...caches.store.keys()]).toEqual([]);
    expect(sw.news.at(-1)).toMatchObject({ type: 'failed', lang: 'en', reason: expect.stringContaining('/data/x.geojson: HTTP 404') as unknown });
  });

  it('removes a copy on request, and unregisters itself when none is left', async () => {
    const caches = fakeCaches();
    const sw = loadWorker(manifest('v2', { en: ['/'], hy: ['/hy/'] }), caches, { online: true });
    await sw.tell({ type: 'save', lang: 'en' });
    await sw.tell({ type: 'save', lang: 'hy' });
    await sw.tell({ type: 'remove', lang: 'en' });
    expect([...caches.store.keys()]).toEqual([copyName('hy', 'v2')]);
    expect(sw.log).not.toContain('unregister');
    await sw.tell({ type: 'remove', lang: 'hy' });
    expect([...caches.store.keys()]).toEqual([]);
    expect(sw.log).toContain('unregister');
    expect(sw.news.at(-1)).toEqual({ type: 'removed', lang: 'hy' });
  });

  it('re-saves on install the copies an older version completed, copying immutable files, then drops the old caches', async () => {
    const caches = fakeCaches({
      [copyName('ru', 'v1')]: { '/ru/': 'old page', '/assets/a.1.js': 'old asset', '/data/x.geojson': 'old data', [COMPLETE_MARKER]: '{}' },
      [copyName('az', 'v1')]: { '/az/': 'half a save, no marker' },
    });
    const sw = loadWorker(manifest('v2', { ru: ['/ru/', '/assets/a.1.js', '/data/x.geojson'], az: ['/az/'] }), caches, { online: true });
    await sw.dispatch('install');
    await sw.dispatch('activate');
    expect([...caches.store.keys()]).toEqual([copyName('ru', 'v2')]);
    expect(files(caches, copyName('ru', 'v2'))).toMatchObject({
      '/ru/': 'network /ru/',
      '/assets/a.1.js': 'old asset',
      '/data/x.geojson': 'network /data/x.geojson',
    });
  });

  it('serves hashed assets from the copy first, and pages from the network with the copy as fallback', async () => {
    const caches = fakeCaches();
    const online = loadWorker(manifest('v2', { en: ['/assets/a.1.js', '/handout/'] }), caches, { online: true });
    await online.tell({ type: 'save', lang: 'en' });
    caches.store.get(copyName('en', 'v2'))!.set('/assets/a.1.js', 'saved asset');
    expect(await online.get('/assets/a.1.js')).toBe('saved asset');
    expect(await online.get('/handout/', 'navigate')).toBe('network /handout/');
    const offline = loadWorker(manifest('v2', { en: [] }), caches, { online: false });
    expect(await offline.get('/handout/', 'navigate')).toBe('network /handout/'); // the saved copy
    expect(await offline.get('/handout?x=1', 'navigate')).toBe('network /handout/'); // no trailing slash, a query
  });

  it('does not answer for the embed pages, other origins, anything but GET, or anything at all without a copy', async () => {
    const caches = fakeCaches({ [copyName('en', 'v2')]: { '/': 'saved', [COMPLETE_MARKER]: '{}' } });
    const sw = loadWorker(manifest('v2', { en: ['/'] }), caches, { online: true });
    expect(await sw.get('/embed/closed-borders/', 'navigate')).toBeUndefined();
    expect(await sw.get('/az/embed/closed-borders/', 'navigate')).toBeUndefined();
    expect(await sw.dispatch('fetch', { request: { method: 'GET', url: 'https://elsewhere.test/x.js', mode: 'cors' } })).toBeUndefined();
    expect(await sw.dispatch('fetch', { request: { method: 'POST', url: 'https://site.test/', mode: 'cors' } })).toBeUndefined();
    const none = loadWorker(manifest('v2', { en: ['/'] }), fakeCaches(), { online: true });
    await none.dispatch('activate'); // settles the worker's look at its caches
    expect(await none.get('/', 'navigate')).toBeUndefined();
  });
});
