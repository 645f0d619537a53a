import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPrecache, type BuiltFile } from './precache.ts';
import { serviceWorkerSource } from './sw-source.ts';

/** Returns every file below a folder, with its path relative to it. */
export async function readBuiltFiles(root: string): Promise<BuiltFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (file) => ({ path: relative(root, file).split('\\').join('/'), content: await readFile(file) })));
}

/** Astro integration: after the build, writes <outDir>/sw.js precaching every file of the build under a content-hash version. */
export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'crossroads-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const precache = buildPrecache(await readBuiltFiles(root));
        await writeFile(join(root, 'sw.js'), serviceWorkerSource(precache));
        logger.info(`sw.js: ${precache.urls.length} files, version ${precache.version}`);
      },
    },
  };
}
