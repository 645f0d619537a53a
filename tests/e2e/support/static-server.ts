import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A running loopback server. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Options of the static server. */
export interface StaticServerOptions {
  /** Extra response headers by URL path, e.g. the security headers of the built `_headers` file (see src/security/headers.ts). */
  headers?: (pathname: string) => Record<string, string>;
  /** Serve the folder's 404.html (status 404) for unknown paths, as static hosts do (default true; plain text without it). */
  notFoundPage?: boolean;
  /**
   * Serve as a production host does (the benchmark): text compressed with gzip when the browser
   * accepts it, and the files whose names change with their content (/assets/, /vendor/) cacheable
   * for a year.
   */
  production?: boolean;
  /** Other folders served under a URL prefix ("/__floor/" → a folder), before the root. */
  mounts?: Record<string, string>;
}

/** Types a host compresses. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json)|image\/svg)/;

/** Serves a folder (the built dist/) on 127.0.0.1 at a free port, like any static host would. */
export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const extra = options.headers?.(pathname) ?? {};
    try {
      const path = normalize(decodeURIComponent(pathname));
      if (path.includes('..')) throw new Error('bad path');
      const mount = Object.entries(options.mounts ?? {}).find(([prefix]) => path.startsWith(prefix));
      let file = mount ? join(mount[1], path.slice(mount[0].length)) : join(root, path);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body: Buffer = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', ...extra };
      if (options.production) {
        if (/^\/(assets|vendor)\//.test(path)) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
        if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
          body = gzipped.get(file)!;
          headers['Content-Encoding'] = 'gzip';
          headers['Vary'] = 'Accept-Encoding';
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      const page = options.notFoundPage !== false ? await readFile(join(root, '404.html')).catch(() => null) : null;
      res.writeHead(404, { 'Content-Type': page ? TYPES['.html']! : 'text/plain', ...extra });
      res.end(page ?? 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
