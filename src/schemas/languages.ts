/**
 * The four languages Crossroads is written for. Its own module, free of zod, because browser code
 * needs the list (routes, embed URLs) and importing it from a schema module would ship zod too.
 */
export const LANGUAGES = ['en', 'hy', 'az', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
