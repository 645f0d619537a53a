import { getCollection } from 'astro:content';
import type { Correction } from '../schemas/correction.ts';

/** Every correction of fact (src/content/corrections/en.yaml), newest first, then in story order of chapter as listed. */
export async function corrections(): Promise<Correction[]> {
  const all = (await getCollection('corrections')).map((entry) => entry.data);
  return all.sort((a, b) => b.date.localeCompare(a.date));
}
