import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** geodata/ */
export const GEODATA_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** geodata/layers/: the committed, built layers. */
export const LAYERS_DIR = join(GEODATA_DIR, 'layers');
/** geodata/sources/: authored facts, reviewed like code. */
export const SOURCES_DIR = join(GEODATA_DIR, 'sources');
/** geodata/.cache/inputs/: the heavy registry packages, installed only to regenerate (gitignored). */
export const INPUTS_DIR = join(GEODATA_DIR, '.cache', 'inputs');

/** Returns the path of a file inside an installed input package. */
export function inputPath(pkg: string, file: string): string {
  return join(INPUTS_DIR, 'node_modules', pkg, file);
}

/** True when the heavy registry inputs are installed (see install-inputs.ts). */
export function hasRegistryInputs(): boolean {
  return existsSync(join(INPUTS_DIR, 'node_modules', '.package-lock.json'));
}

/** Returns the path of a built layer file. */
export const layerPath = (id: string): string => join(LAYERS_DIR, `${id}.geojson`);
