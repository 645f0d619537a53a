import { z } from 'zod';
import { FullNamesSchema, LANGUAGES, nameKey, type FullNames, type Names } from '../../../src/schemas/place-names.ts';

/** Returns a feature's names as the flat properties every layer writes (name_en…name_ru). */
export const nameProps = (n: Names) => ({ name_en: n.en, name_hy: n.hy, name_az: n.az, name_ru: n.ru });

/** Names in the four languages by feature id, for layers whose features are computed, not listed. */
export const NamesByIdSchema = z.record(z.string(), FullNamesSchema);

/**
 * Returns a lookup over a names table: `props(id)` throws when the table lacks the id, and
 * `checkAllUsed()` throws when the table names a feature the script did not build (a stale entry).
 */
export function nameTable(table: Record<string, FullNames>, where: string) {
  const used = new Set<string>();
  return {
    props(id: string) {
      const n = table[id];
      if (!n) throw new Error(`${where} has no names for ${id}`);
      used.add(id);
      return nameProps(n);
    },
    checkAllUsed() {
      const stale = Object.keys(table).filter((id) => !used.has(id));
      if (stale.length) throw new Error(`${where} names features that are not built: ${stale.join(', ')}`);
    },
  };
}

/**
 * Returns the flat name properties of a place. A contested place gets both usages in every
 * language and a "both names" default: Armenian usage first in Armenian, Azerbaijani usage first
 * in Azerbaijani, and in English and Russian the order our sources write.
 */
export function nameProperties(p: { names?: FullNames; arm?: FullNames; aze?: FullNames; first?: 'arm' | 'aze' }): Record<string, string | boolean> {
  if (p.names) return Object.fromEntries(LANGUAGES.map((l) => [nameKey(l), p.names![l]]));
  const { arm, aze } = p as { arm: FullNames; aze: FullNames };
  const out: Record<string, string | boolean> = { contested_name: true };
  for (const lang of LANGUAGES) {
    const armFirst = lang === 'hy' ? true : lang === 'az' ? false : p.first === 'arm';
    out[nameKey(lang)] = armFirst ? `${arm[lang]} / ${aze[lang]}` : `${aze[lang]} / ${arm[lang]}`;
    out[nameKey(lang, 'arm')] = arm[lang];
    out[nameKey(lang, 'aze')] = aze[lang];
  }
  return out;
}
