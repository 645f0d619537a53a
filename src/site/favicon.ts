import svg from '../../public/favicon.svg?raw';

/**
 * The favicon as a data: URL. Chromium fetches favicons outside the service worker, so a file URL
 * fails with the network off and shows up as a failed request; inline, it costs no request at all
 * (and the CSP allows `img-src data:`). /favicon.svg stays in public/ for anything that asks for it.
 */
export const FAVICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
