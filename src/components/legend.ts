/**
 * The legend's behaviour (Legend.astro renders every layer's rows at build): shows the rows of the
 * layers the map draws now and hides the rest; with none drawn, its "nothing shown" line. Returns
 * whether any row shows.
 */
export function showLegendFor(legend: ParentNode, layers: readonly string[]): boolean {
  let any = false;
  for (const group of legend.querySelectorAll<HTMLElement>('[data-legend-layer]')) {
    group.hidden = !layers.includes(group.dataset.legendLayer!);
    any ||= !group.hidden;
  }
  const empty = legend.querySelector<HTMLElement>('[data-legend-empty]');
  if (empty) empty.hidden = any;
  return any;
}

/**
 * Narrows the rows of layers whose rows depend on the view (legend.ts, LEGEND_KEYS) to those the map
 * draws now: a row stays when its layer drew a feature with one of its values. Until the map first
 * comes to rest, and without a map, every row of a shown layer stays (the still map draws them all).
 */
export function showDrawnRows(legend: ParentNode, drawn: Partial<Record<string, string[]>>): void {
  for (const row of legend.querySelectorAll<HTMLElement>('[data-legend-values]')) {
    const layer = row.closest<HTMLElement>('[data-legend-layer]')?.dataset.legendLayer ?? '';
    const values = drawn[layer] ?? [];
    row.toggleAttribute('data-legend-undrawn', !row.dataset.legendValues!.split(' ').some((v) => values.includes(v)));
  }
}
