/**
 * The site's HTTP security headers, in one place. Pure: no file system, no network.
 *
 * Three consumers read these rules, so they cannot drift apart:
 *  - the build integration (./integration.ts) writes `dist/_headers` (Netlify / Cloudflare Pages
 *    syntax) and `dist/nginx-headers.conf`;
 *  - the end-to-end test server applies the parsed `dist/_headers` to every response;
 *  - the unit tests check that the file, the nginx snippet and `headersForPath` agree.
 *
 * Content-Security-Policy. `script-src 'self'` without 'unsafe-inline'/'unsafe-eval' (the site
 * ships no inline scripts); `worker-src 'self'` is what MapLibre v6's module worker needs when it
 * is served from our own origin. Styles: `style-src 'self'` (no inline <style> elements) plus
 * `style-src-attr 'unsafe-inline'` for `style="…"` attributes in the markup. MapLibre does not need
 * it (it styles its canvas and controls through the CSSOM, which CSP allows); the attributes are the
 * legend swatches' (src/components/Swatch.astro colours SVG shapes with CSS variables). Checked in
 * Chromium: with `style-src 'self'` alone, those attributes were the only violations. Browsers
 * without CSP 3 `style-src-attr` fall back to `style-src` and show the swatches uncoloured.
 * `frame-ancestors` cannot be set from a <meta> tag, so it needs these headers: 'self' everywhere,
 * `*` on the embed pages (/embed/ and /embed/<id>/), which other sites frame.
 *
 * Host semantics differ when several `_headers` rules match one path: Netlify keeps the last
 * value of a header, Cloudflare Pages joins the values with a comma (two CSPs, both enforced).
 * So no header name is ever set by two rules that can match the same path: the shared headers go
 * on `/*` and the CSP goes on an exact partition of the site (the embed pages, and every other
 * top-level file and folder, listed from the build).
 */

export type FrameAncestors = "'self'" | '*';

/** The CSP directives, in the order they are written. `frame-ancestors` is added per path. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['worker-src', "'self'"],
  ['style-src', "'self'"],
  ['style-src-attr', "'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

/** Returns the Content-Security-Policy value for a page that may be framed by `frameAncestors`. */
export function contentSecurityPolicy(frameAncestors: FrameAncestors): string {
  return [...CSP_DIRECTIVES, ['frame-ancestors', frameAncestors]].map(([k, v]) => `${k} ${v}`).join('; ');
}

/** Headers every response carries, whatever its path. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
};

/** Folders holding the site in another language (/hy/embed/…); see src/i18n/locale-routes.ts. */
export const LANGUAGE_DIRS: readonly string[] = ['hy', 'az', 'ru'];

/** True for the embed pages, the only ones other origins may frame: /embed/ and everything below it, in every language. */
export function isEmbedPath(pathname: string): boolean {
  return /^(?:\/(?:hy|az|ru))?\/embed(?:\/|$)/.test(pathname);
}

/** The headers a response for `pathname` (a URL path, "/explore/") must carry. */
export function headersForPath(pathname: string): Record<string, string> {
  return { ...COMMON_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(isEmbedPath(pathname) ? '*' : "'self'") };
}

/** One `_headers` rule: a path pattern (`*` matches any run of characters) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** A top-level entry of the built site: a file ("index.html") or a folder ("explore"). */
export interface TopLevelEntry {
  name: string;
  dir: boolean;
  /** A language folder's own entries (its embed folder needs a rule of its own). */
  children?: readonly TopLevelEntry[];
}

/** Files of the build that configure the host and are not part of the site. */
export const HOST_FILES: readonly string[] = ['_headers', 'nginx-headers.conf'];

/**
 * Returns the `_headers` rules for a build whose top level holds `entries`. Every path of the site
 * (and the home page "/") gets exactly one CSP rule; unknown top-level paths (a host's 404) get
 * the shared headers only.
 */
export function headerRules(entries: readonly TopLevelEntry[]): HeaderRule[] {
  const csp = (fa: FrameAncestors) => ({ 'Content-Security-Policy': contentSecurityPolicy(fa) });
  const rules: HeaderRule[] = [
    { pattern: '/*', headers: { ...COMMON_HEADERS } },
    { pattern: '/', headers: csp("'self'") },
  ];
  const byName = (a: TopLevelEntry, b: TopLevelEntry) => (a.name < b.name ? -1 : 1);
  // Patterns never overlap: Cloudflare joins the values of every matching rule, and two CSPs would both apply.
  const add = (prefix: string, list: readonly TopLevelEntry[]) => {
    for (const e of [...list].sort(byName)) {
      const path = `${prefix}/${e.name}`;
      if (e.dir && prefix === '' && LANGUAGE_DIRS.includes(e.name)) {
        rules.push({ pattern: path, headers: csp("'self'") }, { pattern: `${path}/`, headers: csp("'self'") });
        add(path, e.children ?? []);
        continue;
      }
      const fa: FrameAncestors = e.dir && e.name === 'embed' ? '*' : "'self'";
      if (e.dir) rules.push({ pattern: path, headers: csp(fa) }, { pattern: `${path}/*`, headers: csp(fa) });
      else rules.push({ pattern: path, headers: csp(fa) });
    }
  };
  add(
    '',
    entries.filter((e) => !HOST_FILES.includes(e.name)),
  );
  return rules;
}

/** True when a `_headers` pattern matches a path (`*` is a splat, as on Netlify and Cloudflare Pages). */
export function patternMatches(pattern: string, pathname: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(pathname);
}

/**
 * The headers the rules give a path, as Cloudflare Pages resolves them (values of a header set by
 * several matching rules are joined with ", "). Since no two matching rules share a header name,
 * Netlify's "last one wins" gives the same result; the unit tests check that.
 */
export function resolveRules(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [k, v] of Object.entries(rule.headers)) out[k] = k in out ? `${out[k]}, ${v}` : v;
  }
  return out;
}

/** Writes rules in `_headers` syntax (Netlify, Cloudflare Pages and hosts that copy them). */
export function headersFile(rules: readonly HeaderRule[]): string {
  const head = '# Security headers for Netlify / Cloudflare Pages, generated by src/security/headers.ts. Do not edit.\n';
  return (
    head +
    rules
      .map(
        (r) =>
          `${r.pattern}\n${Object.entries(r.headers)
            .map(([k, v]) => `  ${k}: ${v}\n`)
            .join('')}`,
      )
      .join('')
  );
}

/** Reads a `_headers` file back into rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      const rule = rules.at(-1);
      if (i < 0 || !rule) throw new Error(`bad _headers line: ${line}`);
      rule.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/**
 * The same headers for nginx: include the file inside the `server { }` block that serves the site.
 * The embed test runs in the server rewrite phase on the request URI, so it holds for every
 * location and for `error_page` redirects. nginx drops server-level `add_header`s in any location
 * that has its own `add_header`: repeat the include there.
 */
export function nginxSnippet(): string {
  const quote = (v: string) => `"${v.replace(/"/g, '\\"')}"`;
  const csp = contentSecurityPolicy("'self'").replace("frame-ancestors 'self'", 'frame-ancestors $crossroads_frame_ancestors');
  return [
    '# Security headers for nginx, generated by src/security/headers.ts. Do not edit.',
    '# Include inside the server { } block that serves the built site:  include /path/to/nginx-headers.conf;',
    '# (nginx drops server-level add_header lines in a location with add_header of its own: include it there too.)',
    '# Other sites may frame the embed pages (/embed/... and /<lang>/embed/...) only.',
    `set $crossroads_frame_ancestors ${quote("'self'")};`,
    'if ($uri ~ "^(/(hy|az|ru))?/embed(/|$)") {',
    `    set $crossroads_frame_ancestors ${quote('*')};`,
    '}',
    `add_header Content-Security-Policy ${quote(csp)} always;`,
    ...Object.entries(COMMON_HEADERS).map(([k, v]) => `add_header ${k} ${quote(v)} always;`),
    '# Serve the friendly 404 page for unknown paths.',
    'error_page 404 /404.html;',
    '',
  ].join('\n');
}
