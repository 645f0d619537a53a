import { fetchLayerFeatures } from '../map/fetch-layer-features.ts';
import type { LayerId } from '../schemas/layer-ids.ts';
import { indexFeatures, kindLabel, validityText, type FeatureDetails, type LayerCollection } from '../layers/feature-details.ts';

/** The details dialog of a map feature (FeatureDialog.astro): open it on a feature's id. */
export interface FeatureDialog {
  show(id: string): Promise<void>;
}

/**
 * Wires the feature dialog: the "marked on the map" buttons of the page ([data-feature]) and whoever
 * calls `show` (a click on the map) open it with the feature's details, looked up by id in the layer
 * files themselves (loaded on first use; a file that failed is looked up again next time). Text only:
 * nothing from the data is ever written as HTML.
 */
export function wireFeatureDialog(dialog: HTMLDialogElement, page: ParentNode = document): FeatureDialog {
  const layers = JSON.parse(dialog.dataset.layers ?? '[]') as LayerId[];
  const kindWords = JSON.parse(dialog.dataset.kindLabels ?? '{}') as Record<string, string>;
  const words = { openStart: dialog.dataset.openStart ?? '', openEnd: dialog.dataset.openEnd ?? '' };

  let index: Promise<Map<string, FeatureDetails>> | undefined;
  const featureIndex = () =>
    (index ??= Promise.all(
      layers.map(async (layer) => {
        const features = await fetchLayerFeatures<LayerCollection['features'][number]>(layer);
        if (!features) index = undefined;
        return { layer, data: { features: features ?? [] } as LayerCollection };
      }),
    ).then(indexFeatures));

  const set = (sel: string, text: string) => {
    const el = dialog.querySelector<HTMLElement>(sel);
    if (el) el.textContent = text;
  };

  async function show(id: string): Promise<void> {
    const d = (await featureIndex()).get(id);
    set('[data-f-name]', d?.name ?? id);
    set('[data-f-kind]', d ? kindLabel(d.kind, kindWords) : '');
    set('[data-f-dates]', d ? validityText(d.validFrom, d.validTo, words) : '');
    set('[data-f-accuracy]', d?.accuracy ?? dialog.dataset.noDetails ?? '');
    set('[data-f-note]', d?.note ?? '');
    for (const sel of ['[data-f-note]', '[data-f-note-label]']) dialog.querySelector<HTMLElement>(sel)!.hidden = !d?.note;
    dialog.querySelector<HTMLUListElement>('[data-f-sources]')!.replaceChildren(
      ...(d?.sources ?? []).map((s) => {
        const li = document.createElement('li');
        if (s.url) {
          const a = document.createElement('a');
          a.href = s.url;
          a.rel = 'noopener';
          a.textContent = s.citation;
          li.append(a);
        } else li.textContent = s.citation;
        return li;
      }),
    );
    dialog.dataset.feature = id;
    if (!dialog.open) dialog.showModal();
  }

  for (const b of page.querySelectorAll<HTMLButtonElement>('[data-feature]')) b.addEventListener('click', () => void show(b.dataset.feature!));
  // A click on the backdrop (outside the dialog box) closes it.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  return { show };
}
