import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildOfflineManifest, offlineSummary, type OfflineManifest } from './offline-manifest.ts';
import type { BuiltFile } from './precache.ts';
import { serviceWorkerSource } from './sw-source.ts';

/** Returns every file below a folder, with its path relative to it. */
export async function readBuiltFiles(root: string): Promise<BuiltFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (file) => ({ path: relative(root, file).split('\\').join('/'), content: await readFile(file) })));
}

/**
 * Writes <root>/sw.js (the worker, with each language's copy) and <root>/offline.json (the sizes pages
 * show before a download) for the build in a folder. Used by the build and by the offline test's "new build".
 */
export async function writeOfflineFiles(root: string): Promise<OfflineManifest> {
  const manifest = buildOfflineManifest(await readBuiltFiles(root));
  await writeFile(join(root, 'sw.js'), serviceWorkerSource(manifest));
  await writeFile(join(root, 'offline.json'), `${JSON.stringify(offlineSummary(manifest))}\n`);
  return manifest;
}

/** Astro integration: after the build, writes the offline worker and its summary under a content-hash version. */
export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'crossroads-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { version, copies } = await writeOfflineFiles(fileURLToPath(dir));
        const sizes = Object.entries(copies).map(([lang, c]) => `${lang} ${c.urls.length} files ${(c.bytes / 1e6).toFixed(1)} MB`);
        logger.info(`sw.js version ${version}, offline copies on request: ${sizes.join(', ')}`);
      },
    },
  };
}
