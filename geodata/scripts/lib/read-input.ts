import { readFileSync } from 'node:fs';
import { inputPath } from './paths.ts';

/** Reads and parses a JSON file of an installed registry input. */
export function readInputJson<T>(pkg: string, file: string): T {
  return JSON.parse(readFileSync(inputPath(pkg, file), 'utf8')) as T;
}
