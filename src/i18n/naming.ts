import { NAMING_MODES, type NamingMode } from '../schemas/naming.ts';

/**
 * The naming mode lives in the URL only (`?names=arm`), never in storage: a shared link shows the same
 * names, and nothing about the reader is remembered. `both` is the default and is left out of URLs.
 */
export const NAMING_PARAM = 'names';

/** The mode a query string asks for; anything missing or unknown is `both`. Never throws. */
export function namingFromSearch(search: string): NamingMode {
  let value: string | null;
  try {
    value = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get(NAMING_PARAM);
  } catch {
    return 'both';
  }
  return (NAMING_MODES as readonly string[]).includes(value ?? '') ? (value as NamingMode) : 'both';
}

/** A query string with the mode set (or removed, for `both`); other parameters keep their order. */
export function searchWithNaming(search: string, mode: NamingMode): string {
  const q = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  if (mode === 'both') q.delete(NAMING_PARAM);
  else q.set(NAMING_PARAM, mode);
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
