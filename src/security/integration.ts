import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules, headersFile, LANGUAGE_DIRS, nginxSnippet } from './headers.ts';

/**
 * Astro integration: after the build, writes the host configuration for the security headers
 * (src/security/headers.ts) into the output folder: `_headers` (Netlify, Cloudflare Pages) and
 * `nginx-headers.conf`. List it after any integration that indexes the built files (the offline
 * service worker), so these two host files are never precached.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'crossroads-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const list = async (dir: URL | string) => (await readdir(dir, { withFileTypes: true })).map((e) => ({ name: e.name, dir: e.isDirectory() }));
        const entries = await Promise.all(
          (await list(root)).map(async (e) => (e.dir && LANGUAGE_DIRS.includes(e.name) ? { ...e, children: await list(join(root, e.name)) } : e)),
        );
        const rules = headerRules(entries);
        await writeFile(join(root, '_headers'), headersFile(rules));
        await writeFile(join(root, 'nginx-headers.conf'), nginxSnippet());
        logger.info(`_headers (${rules.length} rules) and nginx-headers.conf written`);
      },
    },
  };
}
