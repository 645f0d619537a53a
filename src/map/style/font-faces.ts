import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
// Self-hosted Noto Sans subsets (SIL OFL 1.1, via @fontsource); Vite emits them with hashed URLs.
import latinUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExtUrl from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillicUrl from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import armenianUrl from '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-400-normal.woff2?url';

/** The label font family declared in the style; it is also the page's body font. */
export const LABEL_FONT = 'Noto Sans';

// Unicode ranges copied from the packages' 400.css, split into one range per entry as MapLibre expects.
const ranges = (css: string): string[] => css.split(',');
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
// Latin Extended carries Azerbaijani ə (U+0259), ğ (U+011F) and ş (U+015F).
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
const ARMENIAN = 'U+0308,U+0530-058F,U+2010,U+2024,U+25CC,U+FB13-FB17';

/**
 * Returns the style's `font-faces`: one family, four woff2 subsets chosen by unicode-range.
 * MapLibre 6 loads them through the CSS Font Loading API, so woff2 works. `origin` makes the URLs
 * absolute (the style is also read off the main thread).
 */
export function labelFontFaces(origin = ''): FontFacesSpecification {
  const abs = (url: string) => (origin && url.startsWith('/') ? origin + url : url);
  return {
    [LABEL_FONT]: [
      { url: abs(latinUrl), 'unicode-range': ranges(LATIN) },
      { url: abs(latinExtUrl), 'unicode-range': ranges(LATIN_EXT) },
      { url: abs(cyrillicUrl), 'unicode-range': ranges(CYRILLIC) },
      { url: abs(armenianUrl), 'unicode-range': ranges(ARMENIAN) },
    ],
  };
}
