// The committed layers are exactly what the scripts produce. Scripts that read the heavy registry
// inputs (installed by `npm run geodata`, hundreds of MB) are skipped when those are absent.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLayerScripts } from '../../geodata/scripts/lib/layer-scripts.ts';
import { renderLayer } from '../../geodata/scripts/lib/layer-script.ts';
import { hasRegistryInputs, layerPath } from '../../geodata/scripts/lib/paths.ts';

const scripts = await loadLayerScripts();
const inputs = hasRegistryInputs();

describe.each(scripts.map((s) => [s.id, s] as const))('geodata/scripts/%s.geojson.ts', (id, script) => {
  const skip = script.inputs === 'registry' && !inputs;
  it.skipIf(skip)('reproduces the committed file byte for byte, twice', async () => {
    const first = await renderLayer(script);
    const second = await renderLayer(script);
    expect(second).toBe(first);
    expect(first).toBe(readFileSync(layerPath(id), 'utf8'));
  });
});
