import type { APIRoute } from 'astro';
import ts from 'typescript';
import source from '../embed-code/embed-loader.ts?raw';
import { buildSite } from '../embed-code/embed-urls.ts';

/**
 * /embed.js: src/embed/embed-loader.ts compiled to one plain script (an IIFE, no modules, no
 * imports), so a CMS can paste <script src=".../embed.js" async></script>. The site origin is baked
 * in as a fallback for browsers that do not report document.currentScript.
 */
export const GET: APIRoute = () => {
  const js = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.ESNext, removeComments: true },
  }).outputText;
  // The module's `export` keywords are all the module syntax there is (no imports, by design).
  const body = js.replace(/^export /gm, '');
  if (/^\s*(import|export)\b/m.test(body)) throw new Error('embed-loader.ts must not import or re-export anything');
  const origin = new URL(buildSite()).origin;
  const out = `/*! Crossroads embed loader: sets the height of Crossroads iframes. MIT licence. */\n(function () {\n'use strict';\n${body}\ninstallLoader(window, document, ${JSON.stringify(origin)});\n})();\n`;
  return new Response(out, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
