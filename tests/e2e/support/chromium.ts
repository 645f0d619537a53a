import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

/** Flags that give headless Chromium a software WebGL 2 here (SwiftShader through ANGLE). */
export const WEBGL_ARGS: readonly string[] = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
/** `--use-gl=swiftshader` leaves Chromium with no WebGL at all: the failure path of old devices. */
export const NO_WEBGL_ARGS: readonly string[] = ['--use-gl=swiftshader'];
/** Without the background-networking flags Chromium tries Google's hosts, which this closed network refuses. */
const BASE_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launch options for Debian's Chromium with the given GL flags. */
function launchOptions(glArgs: readonly string[]): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...glArgs, ...BASE_ARGS],
    // playwright-core adds --enable-unsafe-swiftshader itself, which would bring WebGL back.
    ignoreDefaultArgs: glArgs === NO_WEBGL_ARGS ? ['--enable-unsafe-swiftshader'] : [],
  };
}

/** Launches Chromium as a server that test files connect to (see global-setup.ts). */
export function launchChromiumServer(glArgs: readonly string[]): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions(glArgs));
}

/** Launches a Chromium of one's own: for the benchmark, which runs outside the test runner. */
export function launchChromium(glArgs: readonly string[]): Promise<Browser> {
  return chromium.launch(launchOptions(glArgs));
}
