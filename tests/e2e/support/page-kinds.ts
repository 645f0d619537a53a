/** Every kind of page of the site (the English path; /hy/, /az/ and /ru/ prefix the others), and whether it draws a live map. */
export const PAGE_KINDS: readonly { path: string; map: boolean }[] = [
  { path: '/', map: true },
  { path: '/explore/', map: true },
  { path: '/embed/', map: false },
  { path: '/present/', map: true },
  { path: '/present/notes/', map: false },
  { path: '/handout/', map: false },
  { path: '/handout/teacher/', map: false },
  { path: '/data/', map: false },
  { path: '/glossary/', map: false },
  { path: '/corrections/', map: false },
];

/** The desktop size the pages are audited at. */
export const SITE_VIEWPORT = { width: 1024, height: 640 };
