import { describe, expect, it } from 'vitest';
import {
  allSnippets,
  ampIframeSnippet,
  attributes,
  DEFAULT_EMBED_HEIGHT,
  fixedIframeSnippet,
  responsiveIframeSnippet,
  staticImageSnippet,
} from '../../../src/embed-code/embed-snippet.ts';
import { escapeHtml } from '../../../src/embed-code/escape-html.ts';

const SITE = 'https://crossroads.example.org/';
const input = { site: SITE, chapterId: 'blockade', title: 'Nine months on one blocked road', alt: 'The Lachin corridor, closed from December 2022.' };

/** Returns the attributes of the first element `tag` in html (values unescaped). */
function attrsOf(html: string, tag: string): Record<string, string> {
  const open = new RegExp(`<${tag}\\b([^>]*)>`).exec(html);
  if (!open) throw new Error(`no <${tag}>`);
  const out: Record<string, string> = {};
  for (const m of open[1]!.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)) {
    out[m[1]!] = (m[2] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }
  return out;
}

describe('escaping', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('leaves false and undefined out and writes true bare', () => {
    expect(attributes({ a: 'x', b: undefined, c: false, d: true, e: 0 })).toBe(' a="x" d e="0"');
  });
  it('cannot be broken out of by a hostile title', () => {
    const evil = { ...input, title: `"><script>alert(1)</script><b x='` };
    for (const html of Object.values(allSnippets(evil))) {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toMatch(/<b\s/);
      expect(html).not.toContain(`x='`);
    }
    expect(attrsOf(responsiveIframeSnippet(evil), 'iframe').title).toBe(evil.title);
  });
});

describe('responsive iframe', () => {
  const html = responsiveIframeSnippet(input);
  const iframe = attrsOf(html, 'iframe');
  it('frames the embed page, full width, default height, named, lazy, no extra permissions', () => {
    expect(iframe.src).toBe('https://crossroads.example.org/embed/blockade/');
    expect(iframe.width).toBe('100%');
    expect(iframe.height).toBe(String(DEFAULT_EMBED_HEIGHT));
    expect(iframe.title).toBe(input.title);
    expect(iframe.loading).toBe('lazy');
    expect(iframe.referrerpolicy).toBe('strict-origin-when-cross-origin');
    expect(iframe.allow).toBe('');
    expect(iframe).not.toHaveProperty('sandbox');
  });
  it('ends with the one-line async loader', () => {
    expect(html.split('\n')).toHaveLength(2);
    expect(html.split('\n')[1]).toBe('<script src="https://crossroads.example.org/embed.js" async></script>');
  });
  it('carries a custom view in the src', () => {
    expect(attrsOf(responsiveIframeSnippet({ ...input, view: { date: '2023-06-01', plain: true } }), 'iframe').src).toBe(
      'https://crossroads.example.org/embed/blockade/?date=2023-06-01&plain=1',
    );
  });
  it('refuses silly heights', () => {
    expect(() => responsiveIframeSnippet({ ...input, height: 20 })).toThrow(/out of range/);
  });
});

describe('fixed iframe', () => {
  it('is the iframe alone, at the given height', () => {
    const html = fixedIframeSnippet({ ...input, height: 720 });
    expect(html).not.toContain('<script');
    expect(attrsOf(html, 'iframe').height).toBe('720');
  });
});

describe('static image', () => {
  it('links the PNG to the chapter in the story, with alt text and its size', () => {
    const html = staticImageSnippet(input);
    expect(attrsOf(html, 'a').href).toBe('https://crossroads.example.org/#blockade');
    const img = attrsOf(html, 'img');
    expect(img.src).toBe('https://crossroads.example.org/maps/blockade.png');
    expect(img.alt).toBe(input.alt);
    expect([img.width, img.height]).toEqual(['1200', '630']);
    expect(html).toMatch(/^<a [^>]+><img [^>]+><\/a>$/);
  });
});

describe('AMP', () => {
  const html = ampIframeSnippet(input);
  it('is a resizable amp-iframe with the documented sandbox', () => {
    const amp = attrsOf(html, 'amp-iframe');
    expect(amp.src).toBe('https://crossroads.example.org/embed/blockade/');
    expect(amp).toHaveProperty('resizable');
    expect(amp.sandbox).toBe('allow-scripts allow-same-origin allow-popups');
    expect(amp.layout).toBe('responsive');
    expect(amp.title).toBe(input.title);
  });
  it('has a placeholder image and an overflow element (AMP requires one to resize)', () => {
    const img = attrsOf(html, 'amp-img');
    expect(img).toHaveProperty('placeholder');
    expect(img.src).toBe('https://crossroads.example.org/maps/blockade.png');
    expect(html).toMatch(/<div overflow [^>]*>Show more<\/div>/);
  });
});
