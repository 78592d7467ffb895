// The Brussels tile map, rendered on the server as SVG: one square per commune where it roughly
// lies (domain/commune-tiles.ts), shaded by band of patients per 10,000 inhabitants. Colour is
// never alone: each square prints its commune and its rate, the key names each band's range, and
// the page gives the same figures as a table. The SVG is one image with a title and a description.

import { format, formatNumber, type Locale } from '../platform/i18n/index.ts';
import { ScrollRegion } from '../platform/views/components.tsx';
import { BRUSSELS_TILES, type RateBands } from './domain/commune-tiles.ts';
import { figureMessages } from './figure-messages.ts';
import type { CommuneFigure } from './figures.ts';

/** Light to dark; the text on each is black on the three lighter ones and white on the darkest (contrast ≥ 4.5:1). */
const FILLS = ['#eef4fb', '#b9d3ee', '#6f9fd6', '#1d4f91'] as const;
const INKS = ['#0b0c0c', '#0b0c0c', '#0b0c0c', '#ffffff'] as const;
const UNKNOWN_FILL = '#ffffff';

const TILE = 118;
const GAP = 6;
const SIZE = 5 * TILE + 4 * GAP;

/** A tile's name on up to two lines, split at a hyphen when long ("Woluwe-" / "Saint-Lambert"). */
function nameLines(name: string): string[] {
  if (name.length <= 14) return [name];
  const cut = name.indexOf('-', Math.floor(name.length / 3));
  return cut > 0 ? [name.slice(0, cut + 1), name.slice(cut + 1)] : [name];
}

export function bandLabel(locale: Locale, bands: RateBands, band: number): string {
  const m = figureMessages[locale];
  const [from, to] = bands.bounds[band]!;
  // Bands narrower than 1 (few patients yet) need their decimals, or "0 to 0" and "1 to 1" appear.
  const width = to - from;
  const digits = Number.isInteger(width) ? 0 : Number.isInteger(Math.round(width * 1e6) / 1e5) ? 1 : 2;
  return format(locale, band === bands.bounds.length - 1 ? m.lastBand : m.band, {
    from: formatNumber(locale, from, digits),
    to: formatNumber(locale, to, digits),
  });
}

export function TileMap({
  locale,
  title,
  description,
  communes,
  bands,
}: {
  locale: Locale;
  title: string;
  description: string;
  communes: readonly CommuneFigure[];
  bands: RateBands;
}) {
  const m = figureMessages[locale];
  const tiles = communes.filter((commune) => BRUSSELS_TILES[commune.nis]);
  if (tiles.length === 0) return null;
  return (
    <figure class="tile-map">
      <ScrollRegion label={title}>
        <svg
          class="tile-map__svg"
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          role="img"
          aria-labelledby="commune-map-title commune-map-desc"
          width="100%"
        >
          <title id="commune-map-title">{title}</title>
          <desc id="commune-map-desc">{description}</desc>
          {tiles.map((commune) => {
            const [column, row] = BRUSSELS_TILES[commune.nis]!;
            const band = bands.bandOf(commune.rate);
            const x = column * (TILE + GAP);
            const y = row * (TILE + GAP);
            const name = locale === 'nl' ? commune.names.nl : commune.names.fr;
            const lines = nameLines(name);
            const ink = band === null ? INKS[0] : INKS[band]!;
            return (
              <g key={commune.nis} data-commune={commune.nis} data-band={band ?? 'unknown'}>
                <rect
                  x={x}
                  y={y}
                  width={TILE}
                  height={TILE}
                  fill={band === null ? UNKNOWN_FILL : FILLS[band]}
                  stroke="#0b0c0c"
                  stroke-width="1.5"
                  stroke-dasharray={band === null ? '6 4' : undefined}
                />
                {lines.map((line, i) => (
                  <text
                    key={line}
                    x={x + TILE / 2}
                    y={y + 30 + i * 17}
                    text-anchor="middle"
                    font-size="14"
                    fill={ink}
                  >
                    {line}
                  </text>
                ))}
                <text
                  x={x + TILE / 2}
                  y={y + TILE - 22}
                  text-anchor="middle"
                  font-size="22"
                  font-weight="bold"
                  fill={ink}
                >
                  {commune.rate === null ? m.none : formatNumber(locale, commune.rate, 1)}
                </text>
              </g>
            );
          })}
        </svg>
      </ScrollRegion>
      <figcaption>
        <p class="tile-map__legend-title">{m.legendTitle}</p>
        <ul class="tile-map__legend">
          {bands.bounds.map((_, band) => (
            <li key={band}>
              <svg width="24" height="16" aria-hidden="true" focusable="false">
                <rect x="1" y="1" width="22" height="14" fill={FILLS[band]} stroke="#0b0c0c" />
              </svg>{' '}
              {bandLabel(locale, bands, band)}
            </li>
          ))}
          <li>
            <svg width="24" height="16" aria-hidden="true" focusable="false">
              <rect
                x="1"
                y="1"
                width="22"
                height="14"
                fill={UNKNOWN_FILL}
                stroke="#0b0c0c"
                stroke-dasharray="4 3"
              />
            </svg>{' '}
            {m.noRate}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
