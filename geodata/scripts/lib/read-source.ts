import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { SOURCES_DIR } from './paths.ts';

/**
 * Returns an authored source file (geodata/sources/<file>), parsed and validated by `schema`.
 * YAML is read with the core schema, so ISO dates stay strings instead of turning into Date objects.
 */
export function readSource<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const data = yaml.load(readFileSync(join(SOURCES_DIR, file), 'utf8'), { schema: yaml.CORE_SCHEMA });
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`geodata/sources/${file} is invalid: ${parsed.error.message}`);
  return parsed.data;
}
