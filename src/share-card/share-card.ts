import { t } from '../i18n/ui-strings.ts';
import type { Palette } from '../map/style/palette.ts';
import { breakLines, LINE_HEIGHT } from '../static-map/place-labels.ts';

/** Title panel geometry of a share card, px. */
const PANEL = { x: 24, y: 24, padX: 20, padY: 16, maxTextWidth: 520, kickerSize: 15, titleSize: 30 } as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Turns a static map drawn at the share-card size into a share card: adds a panel at the top left with
 * the site name and the chapter title, so a shared link reads on its own in a feed. Pure string work
 * on renderStaticMap's output (the panel goes just under the attribution strip, above the map).
 */
export function addTitlePanel(mapSvg: string, options: { title: string; palette: Palette; lang?: Parameters<typeof t>[1] }): string {
  const marker = '<g id="attribution">';
  if (!mapSvg.includes(marker)) throw new Error('addTitlePanel: the map SVG has no attribution group to insert the title panel before');
  const { palette } = options;
  const lines = breakLines(options.title, PANEL.maxTextWidth / PANEL.titleSize).slice(0, 3);
  const kicker = t('site.title', options.lang).toUpperCase();
  const titleLineHeight = PANEL.titleSize * LINE_HEIGHT;
  const kickerBaseline = PANEL.y + PANEL.padY + PANEL.kickerSize;
  const firstTitleBaseline = kickerBaseline + 8 + PANEL.titleSize;
  const height = firstTitleBaseline - PANEL.y + (lines.length - 1) * titleLineHeight + PANEL.padY;
  const width = PANEL.maxTextWidth + 2 * PANEL.padX;
  const text = lines
    .map(
      (line, i) =>
        `<text x="${PANEL.x + PANEL.padX}" y="${Math.round(firstTitleBaseline + i * titleLineHeight)}" font-size="${PANEL.titleSize}" font-weight="700" fill="${palette.ink}">${esc(line)}</text>`,
    )
    .join('');
  const panel = [
    `<g id="card-title">`,
    `<rect x="${PANEL.x}" y="${PANEL.y}" width="${width}" height="${Math.round(height)}" rx="6" fill="${palette.paper}" fill-opacity="0.94" stroke="${palette.rule}"/>`,
    `<rect x="${PANEL.x}" y="${PANEL.y}" width="6" height="${Math.round(height)}" fill="${palette.accent}"/>`,
    `<text x="${PANEL.x + PANEL.padX}" y="${kickerBaseline}" font-size="${PANEL.kickerSize}" font-weight="700" letter-spacing="0.12em" fill="${palette.accent}">${esc(kicker)}</text>`,
    text,
    `</g>`,
  ].join('');
  return mapSvg.replace(marker, `${panel}\n${marker}`);
}
