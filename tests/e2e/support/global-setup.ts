// Started once for the whole browser run, before any test file: one static server for the built
// site (with the headers of the built `_headers` file, as a static host would send them) and two
// Chromium servers, one with WebGL 2 (SwiftShader) and one without WebGL. Test files connect to
// them (./browser.ts) instead of launching their own, so a file costs a connection, not a browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer, NO_WEBGL_ARGS, WEBGL_ARGS } from './chromium.ts';
import { DIST_PATH } from '../../support/dist-dir.ts';
import { startStaticServer } from './static-server.ts';
import { parseHeadersFile, resolveRules } from '../../../src/security/headers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site's origin on loopback ("http://127.0.0.1:<port>"). */
    siteOrigin: string;
    /** Playwright endpoint of the Chromium with WebGL 2. */
    webglEndpoint: string;
    /** Playwright endpoint of the Chromium without WebGL. */
    noWebglEndpoint: string;
  }
}

/** Starts the shared server and browsers; returns the teardown that stops them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST_PATH, 'index.html'))) throw new Error(`no built site in ${DIST_PATH}: run \`npm run build\` first (or set DIST_DIR)`);
  const rules = parseHeadersFile(readFileSync(join(DIST_PATH, '_headers'), 'utf8'));
  const server = await startStaticServer(DIST_PATH, { headers: (path) => resolveRules(rules, path) });
  const [webgl, noWebgl] = await Promise.all([launchChromiumServer(WEBGL_ARGS), launchChromiumServer(NO_WEBGL_ARGS)]);
  project.provide('siteOrigin', server.origin);
  project.provide('webglEndpoint', webgl.wsEndpoint());
  project.provide('noWebglEndpoint', noWebgl.wsEndpoint());
  return async () => {
    await Promise.all([webgl.close(), noWebgl.close(), server.close()]);
  };
}
