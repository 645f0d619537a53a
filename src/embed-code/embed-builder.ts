import type { LayerId } from '../schemas/layer-properties.ts';
import type { Language } from '../schemas/place-names.ts';
import type { NamingMode } from '../schemas/naming.ts';
import { allSnippets } from './embed-snippet.ts';
import { scriptSnippet, withMaxWidth } from './embed-loader-snippet.ts';
import { embedPath, type EmbedViewOptions } from './embed-urls.ts';

/** What the builder form says, as plain data (read from the form by readForm). */
export interface BuilderChoice {
  chapterId: string;
  /** null: the chapter's own layers. */
  layers: LayerId[] | null;
  date: string;
  lang: Language;
  /** How contested places are named on the map. */
  names: NamingMode;
  theme: 'auto' | 'light' | 'dark';
  plain: boolean;
  static: boolean;
  scrollzoom: boolean;
  /** px, or null for the column's full width. */
  width: number | null;
  /** px, or null for automatic (the loader fits it). */
  height: number | null;
}

/** The view options of a choice (only what differs from the chapter as published). */
export function choiceOptions(c: BuilderChoice): EmbedViewOptions {
  const o: EmbedViewOptions = {};
  if (c.lang !== 'en') o.lang = c.lang;
  if (c.names !== 'both') o.names = c.names;
  if (/^\d{4}-\d{2}-\d{2}$/.test(c.date)) o.date = c.date;
  if (c.layers) o.layers = c.layers;
  if (c.theme !== 'auto') o.theme = c.theme;
  if (c.plain) o.plain = true;
  if (c.static) o.static = true;
  if (c.scrollzoom) o.scrollzoom = true;
  return o;
}

/** The five codes of a choice, keyed as the code panel's textareas (data-code). */
export function choiceSnippets(
  c: BuilderChoice,
  site: string,
  title: string,
  alt?: string,
): Record<'responsive' | 'script' | 'fixed' | 'image' | 'amp', string> {
  let view: EmbedViewOptions = choiceOptions(c);
  let input = { site, chapterId: c.chapterId, title, alt, view, height: c.height ?? undefined };
  let s: ReturnType<typeof allSnippets>;
  try {
    s = allSnippets(input);
  } catch {
    // A date the URL builder refuses (it cannot happen from the form): fall back to the chapter's own.
    view = { ...view, date: undefined };
    input = { ...input, view };
    s = allSnippets(input);
  }
  return {
    responsive: withMaxWidth(s.responsive, c.width),
    script: scriptSnippet(input),
    fixed: withMaxWidth(s.fixed, c.width),
    image: s.image,
    amp: s.amp,
  };
}

const clampInt = (v: string, lo: number, hi: number, dflt: number) => {
  const n = Math.round(Number(v));
  return Number.isFinite(n) && v.trim() !== '' ? Math.min(hi, Math.max(lo, n)) : dflt;
};

/** Wires the builder page: every change of the form rewrites the codes and the preview. */
export function mountBuilder(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-builder-form]')!;
  const chapters = JSON.parse(root.dataset.chapters ?? '[]') as { id: string; title: string; alt: string }[];
  const site = root.dataset.site ?? location.origin;
  const panel = root.querySelector<HTMLElement>('[data-embed-code]')!;
  const frame = panel.querySelector<HTMLIFrameElement>('iframe[data-preview]')!;
  const box = panel.querySelector<HTMLElement>('[data-preview-box]')!;
  const el = <T extends Element>(name: string) => form.elements.namedItem(name) as T | null;
  const widthCustom = el<HTMLInputElement>('width-custom')!;
  const heightCustom = el<HTMLInputElement>('height-custom')!;

  const read = (): BuilderChoice => {
    const fd = new FormData(form);
    const own = fd.get('chapter-layers') !== null;
    const w = String(fd.get('width') ?? 'full');
    const h = String(fd.get('height') ?? 'auto');
    return {
      chapterId: String(fd.get('chapter') ?? chapters[0]?.id),
      layers: own ? null : (fd.getAll('layer').map(String) as LayerId[]),
      date: String(fd.get('date') ?? ''),
      lang: String(fd.get('lang') ?? 'en') as Language,
      names: (['arm', 'aze'] as const).find((m) => m === fd.get('names')) ?? 'both',
      theme: String(fd.get('theme') ?? 'auto') as BuilderChoice['theme'],
      plain: fd.get('plain') !== null,
      static: fd.get('static') !== null,
      scrollzoom: fd.get('scrollzoom') !== null,
      width: w === 'full' ? null : w === 'custom' ? clampInt(widthCustom.value, 200, 4000, 700) : Number(w),
      height: h === 'auto' ? null : h === 'custom' ? clampInt(heightCustom.value, 100, 4000, 500) : Number(h),
    };
  };

  let lastSrc = frame.getAttribute('src');
  const update = () => {
    const c = read();
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="layer"]')) box.disabled = c.layers === null;
    widthCustom.hidden = (el<HTMLSelectElement>('width')?.value ?? '') !== 'custom';
    heightCustom.hidden = (el<HTMLSelectElement>('height')?.value ?? '') !== 'custom';
    const chapter = chapters.find((x) => x.id === c.chapterId) ?? chapters[0]!;
    const codes = choiceSnippets(c, site, chapter.title, chapter.alt);
    for (const [key, code] of Object.entries(codes)) {
      const field = panel.querySelector<HTMLTextAreaElement>(`textarea[data-code="${key}"]`);
      if (field) field.value = code;
    }
    let src: string;
    try {
      src = embedPath(c.chapterId, choiceOptions(c));
    } catch {
      src = embedPath(c.chapterId);
    }
    box.style.width = c.width ? `${c.width}px` : '';
    // Automatic height: the loader sets it from the page's reports; a fixed height is set here.
    if (c.height) {
      frame.removeAttribute('data-crossroads-embed');
      frame.style.height = `${c.height}px`;
    } else frame.setAttribute('data-crossroads-embed', c.chapterId);
    if (src !== lastSrc) {
      frame.src = src;
      lastSrc = src;
    }
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  update();
}
