// Installs the heavy registry inputs of the geodata pipeline into geodata/.cache/inputs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INPUTS_DIR, hasRegistryInputs } from './lib/paths.ts';
import { REGISTRY_INPUTS } from './lib/registry-inputs.ts';

/** Installs the pinned inputs unless they are already there. */
export function installInputs(): void {
  if (hasRegistryInputs()) return;
  mkdirSync(INPUTS_DIR, { recursive: true });
  writeFileSync(join(INPUTS_DIR, 'package.json'), JSON.stringify({ name: 'crossroads-geodata-inputs', private: true }) + '\n');
  const specs = Object.entries(REGISTRY_INPUTS).map(([name, v]) => `${name}@${v}`);
  console.log(`installing geodata inputs: ${specs.join(' ')}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...specs], { cwd: INPUTS_DIR, stdio: 'inherit' });
}

if (import.meta.main) installInputs();
