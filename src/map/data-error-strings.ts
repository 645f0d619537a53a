import { t } from '../i18n/ui-strings.ts';
import { LAYER_REGISTRY } from '../layers/layer-registry.ts';
import type { Language } from '../schemas/place-names.ts';
import type { DataErrorStrings } from './data-error-notice.ts';

/**
 * Returns, as JSON for a `data-data-errors` attribute, the strings the data-error notice shows in a
 * language (page scripts don't bundle the string table). Used at build time by the pages only.
 */
export function dataErrorStringsJson(lang: Language): string {
  const strings: DataErrorStrings = {
    some: t('map.data-error', lang),
    layers: t('map.data-error-layers', lang),
    retry: t('map.retry', lang),
    titles: Object.fromEntries(LAYER_REGISTRY.map((l) => [l.id, t(`layer.${l.id}`, lang)])),
  };
  return JSON.stringify(strings);
}
