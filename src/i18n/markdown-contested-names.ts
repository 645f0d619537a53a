import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { contestedPairs } from '../layers/layer-files.ts';
import { LANGUAGES, type Language } from '../schemas/place-names.ts';
import { splitContested, type ContestedPair, type TextSegment } from './contested-names.ts';

type Element = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: ({ type: 'text'; value: string } | Element)[] };

/** The markup of one contested name; ContestedText.astro writes the same for frontmatter texts. */
export function contestedNameElement(segment: Exclude<TextSegment, { text: string }>): Element {
  const secondUsage = segment.firstUsage === 'arm' ? 'aze' : 'arm';
  const span = (properties: Record<string, unknown>, value: string): Element => ({
    type: 'element',
    tagName: 'span',
    properties,
    children: [{ type: 'text', value }],
  });
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['contested-name'] },
    children: [
      span({ dataUsage: segment.firstUsage }, segment.first),
      span({ dataUsageSeparator: '' }, segment.separator),
      span({ dataUsage: secondUsage }, segment.second),
    ],
  };
}

/** The language of a chapter file from its path (src/content/chapters/<lang>/…); English otherwise. */
export function languageOfPath(path: string | undefined): Language {
  const match = /[\\/]chapters[\\/](en|hy|az|ru)[\\/]/.exec(path ?? '');
  return (match?.[1] as Language | undefined) ?? 'en';
}

/**
 * Markdown (Sätteri hast) plugin: marks every "Stepanakert/Khankendi"-style pair in chapter prose, so
 * the reader's naming mode can show one usage or both (CSS on html[data-names]; with no script, both).
 */
export function contestedNamesPlugin(): HastPluginEntry {
  const pairsByLang = new Map<Language, ContestedPair[]>(LANGUAGES.map((lang) => [lang, contestedPairs(lang)]));
  return (factory) => {
    const pairs = pairsByLang.get(languageOfPath(factory.fileURL ? fileURLToPath(factory.fileURL) : undefined)) ?? [];
    return {
      name: 'crossroads-contested-names',
      text(node, ctx) {
        const segments = splitContested(node.value, pairs);
        if (segments.every((s) => 'text' in s)) return;
        ctx.replaceNode(node, segments.map((s) => ('text' in s ? { type: 'text' as const, value: s.text } : contestedNameElement(s))) as never);
      },
    };
  };
}
