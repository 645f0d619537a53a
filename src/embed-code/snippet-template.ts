import { escapeHtml } from './escape-html.ts';

/**
 * The story has one "Embed this view" dialog for all its chapters: its codes are written at build
 * time once, for a stand-in chapter, and filled with the chapter asked for when it opens (smaller page,
 * no snippet code in the browser). These stand-ins survive the snippet builders unchanged: the id is a
 * valid chapter id, the texts have nothing to escape.
 */
export const TEMPLATE_TOKENS = { id: 'template-chapter-id', title: 'TEMPLATE_CHAPTER_TITLE', alt: 'TEMPLATE_CHAPTER_ALT' } as const;

/** The chapter a template is filled with. */
export interface TemplateValues {
  id: string;
  title: string;
  alt: string;
}

/**
 * Returns a template with the stand-ins replaced: in `html` (code to paste, attribute values) the
 * texts are escaped as the snippet builders escape them; in `text` (a heading's text) they are not.
 */
export function fillTemplate(template: string, values: TemplateValues, mode: 'html' | 'text' = 'html'): string {
  const text = (s: string) => (mode === 'html' ? escapeHtml(s) : s);
  return template
    .replaceAll(TEMPLATE_TOKENS.id, values.id)
    .replaceAll(TEMPLATE_TOKENS.title, text(values.title))
    .replaceAll(TEMPLATE_TOKENS.alt, text(values.alt));
}
