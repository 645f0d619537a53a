import { pathToFileURL, fileURLToPath } from 'node:url';

/**
 * The built site the end-to-end tests read: `dist/`, or the folder in DIST_DIR (with a trailing
 * slash), so that several builds can be tested side by side (`npx astro build --outDir /tmp/x`).
 */
export const DIST_URL: URL = process.env.DIST_DIR
  ? pathToFileURL(process.env.DIST_DIR.endsWith('/') ? process.env.DIST_DIR : `${process.env.DIST_DIR}/`)
  : new URL('../../dist/', import.meta.url);

/** DIST_URL as a file-system path ending in a slash. */
export const DIST_PATH: string = fileURLToPath(DIST_URL);
