// `npm run geodata`: installs the registry inputs if needed, then rebuilds every layer in order.
import { installInputs } from './install-inputs.ts';
import { loadLayerScripts } from './lib/layer-scripts.ts';
import { writeLayer } from './lib/layer-script.ts';

installInputs();
for (const script of await loadLayerScripts()) {
  const t0 = performance.now();
  const changed = await writeLayer(script);
  console.log(`${script.id.padEnd(18)} ${changed ? 'written' : 'unchanged'} (${Math.round(performance.now() - t0)} ms)`);
}
