import type { Language } from '../schemas/place-names.ts';

/** A contested place's two names in one language: Armenian usage and Azerbaijani usage. */
export interface ContestedPair {
  arm: string;
  aze: string;
}

/** A piece of text: plain, or a contested place written as a slash pair ("Stepanakert/Khankendi"). */
export type TextSegment = { text: string } | { first: string; second: string; firstUsage: 'arm' | 'aze'; separator: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits text where a contested place is written with both names, in either order, so the page can show
 * one usage or both (html[data-names]). Only exact slash pairs are marked: prose such as "a town
 * Azerbaijanis call Khankendi" explains the names and stays as written in every mode.
 */
export function splitContested(text: string, pairs: readonly ContestedPair[]): TextSegment[] {
  const alternatives = pairs
    .flatMap((p) => [
      { first: p.arm, second: p.aze, firstUsage: 'arm' as const },
      { first: p.aze, second: p.arm, firstUsage: 'aze' as const },
    ])
    .filter((a) => a.first && a.second && a.first !== a.second);
  if (alternatives.length === 0) return text ? [{ text }] : [];
  // Longest first, so "Shushi/Shusha" is never read as a shorter pair's prefix.
  alternatives.sort((a, b) => b.first.length + b.second.length - (a.first.length + a.second.length));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${alternatives.map((a) => `${escape(a.first)}(\\s?/\\s?)${escape(a.second)}`).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    // One separator group per alternative, in order: the group that took part names the pair.
    const which = match.slice(2).findIndex((group) => group !== undefined);
    const found = alternatives[which]!;
    const separator = match[which + 2]!;
    if (index > at) segments.push({ text: text.slice(at, index) });
    segments.push({ first: found.first, second: found.second, firstUsage: found.firstUsage, separator });
    at = index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** The contested pairs of a language, from built place features (properties name_arm_<lang>, name_aze_<lang>). */
export function contestedPairsFrom(features: readonly { properties: Record<string, unknown> }[], lang: Language): ContestedPair[] {
  return features
    .filter((f) => f.properties.contested_name === true)
    .map((f) => ({ arm: String(f.properties[`name_arm_${lang}`] ?? ''), aze: String(f.properties[`name_aze_${lang}`] ?? '') }))
    .filter((p) => p.arm && p.aze);
}
