import { LANGUAGES, nameKey, type FullNames, type Names } from '../../../src/schemas/place-names.ts';

/** Names as the YAML sources write them: plain, or both sides' usages of a contested name. */
export type AuthoredNames = { name: Names } | { contested: { arm: FullNames; aze: FullNames } };

/**
 * Returns the flat name properties of a feature (`name_en`…, and for a contested name
 * `contested_name` plus `name_arm_*` / `name_aze_*`, with both usages joined in the default label).
 */
export function nameProperties(n: AuthoredNames): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  if ('name' in n) {
    for (const lang of LANGUAGES) if (n.name[lang]) out[nameKey(lang)] = n.name[lang];
    return out;
  }
  out.contested_name = true;
  for (const lang of LANGUAGES) {
    const arm = n.contested.arm[lang];
    const aze = n.contested.aze[lang];
    out[nameKey(lang)] = arm === aze ? arm : `${arm} / ${aze}`;
    out[nameKey(lang, 'arm')] = arm;
    out[nameKey(lang, 'aze')] = aze;
  }
  return out;
}
