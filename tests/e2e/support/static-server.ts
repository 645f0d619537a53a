import { createServer, type Server } from 'node:http';
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
}

/** Serves a folder (the built dist/) on 127.0.0.1 at a free port, like any static host would. */
export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const extra = options.headers?.(pathname) ?? {};
    try {
      const path = normalize(decodeURIComponent(pathname));
      if (path.includes('..')) throw new Error('bad path');
      let file = join(root, path);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff', ...extra });
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
