// A trend as a server-rendered SVG line chart, built with d3-scale and d3-shape: no script runs
// in the browser. Each chart has a <title> and a <desc> that say what it shows and its range,
// and the page prints the same figures as a table beside it, for screen readers and print.

import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { ScrollRegion } from '../platform/views/components.tsx';

export interface Series {
  label: string;
  values: readonly number[];
  /** A dash pattern, so series differ by more than colour. */
  dash?: string;
  colour: string;
}

// Drawn at the size it is read (15 px text at 640 px wide): on a phone the chart keeps that size
// and scrolls sideways in its own region rather than shrinking its labels to 5 px.
const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 24, bottom: 36, left: 52 };
const FONT = 15;

export function LineChart({
  id,
  title,
  description,
  categories,
  categoryLabel = (category) => category,
  series,
}: {
  id: string;
  title: string;
  description: string;
  categories: readonly string[];
  /** How a category is written under its point ("janv. 26" for 2026-01). */
  categoryLabel?: (category: string) => string;
  series: readonly Series[];
}) {
  const x = scalePoint<string>()
    .domain(categories)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.3);
  const highest = Math.max(1, ...series.flatMap((s) => s.values));
  const y = scaleLinear()
    .domain([0, highest])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<number>()
    .x((_, i) => x(categories[i]!) ?? 0)
    .y((value) => y(value));
  return (
    <ScrollRegion label={title}>
      <svg
        class="chart chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {/* Counts of people and sessions: whole numbers only on the axis. */}
        {y
          .ticks(4)
          .filter(Number.isInteger)
          .map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#d0d0d0" />
              <text
                x={MARGIN.left - 6}
                y={y(tick)}
                dy="0.32em"
                text-anchor="end"
                font-size={FONT}
                fill="#333"
              >
                {tick}
              </text>
            </g>
          ))}
        {/* Every other month, so that labels at a readable size never collide. */}
        {categories.map((category, i) =>
          (categories.length - 1 - i) % 2 === 0 ? (
            <text
              key={category}
              x={x(category)}
              y={HEIGHT - 10}
              text-anchor="middle"
              font-size={FONT}
              fill="#333"
            >
              {categoryLabel(category)}
            </text>
          ) : null,
        )}
        {series.map((s) => (
          <path
            key={s.label}
            d={path([...s.values]) ?? ''}
            fill="none"
            stroke={s.colour}
            stroke-width="2.5"
            stroke-dasharray={s.dash}
          />
        ))}
      </svg>
    </ScrollRegion>
  );
}
