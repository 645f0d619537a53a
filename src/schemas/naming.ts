/**
 * How contested places are named: `both` is the stored default label ("Stepanakert / Khankendi"),
 * `arm` and `aze` the Armenian and Azerbaijani usages. The reader's choice, kept in the URL only
 * (src/i18n/naming.ts). Free of zod: browser code needs it.
 */
export const NAMING_MODES = ['both', 'arm', 'aze'] as const;
export type NamingMode = (typeof NAMING_MODES)[number];
