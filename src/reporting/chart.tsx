// A trend as a server-rendered SVG line chart, built with d3-scale and d3-shape: no script runs
// in the browser. Each chart has a <title> and a <desc> that say what it shows and its range,
// and the page prints the same figures as a table beside it, for screen readers and print.

import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export interface Series {
  label: string;
  values: readonly number[];
  /** A dash pattern, so series differ by more than colour. */
  dash?: string;
  colour: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 16, bottom: 32, left: 44 };

export function LineChart({
  id,
  title,
  description,
  categories,
  series,
}: {
  id: string;
  title: string;
  description: string;
  categories: readonly string[];
  series: readonly Series[];
}) {
  const x = scalePoint<string>()
    .domain(categories)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.3);
  const highest = Math.max(1, ...series.flatMap((s) => s.values));
  const y = scaleLinear()
    .domain([0, highest])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<number>()
    .x((_, i) => x(categories[i]!) ?? 0)
    .y((value) => y(value));
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {y.ticks(4).map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#d0d0d0" />
          <text x={MARGIN.left - 6} y={y(tick) + 4} text-anchor="end" font-size="11" fill="#333">
            {tick}
          </text>
        </g>
      ))}
      {categories.map((category) => (
        <text key={category} x={x(category)} y={HEIGHT - 10} text-anchor="middle" font-size="11" fill="#333">
          {category.slice(2)}
        </text>
      ))}
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
  );
}
