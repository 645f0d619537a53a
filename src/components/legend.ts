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
