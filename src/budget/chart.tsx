// The burn-down: what is left of the year's amount at the end of each month so far, then the
// forecast to 31 December. Drawn on the server as SVG (d3 computes the scales and the path, preact
// writes the markup), so it needs no JavaScript. Its title and description say what it shows, the
// table after it gives the same figures, and the forecast is dashed and labelled, not only coloured.

import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { format, formatEuros, INTL_TAG, type Locale } from '../platform/i18n/index.ts';
import { ScrollRegion, TableWrap } from '../platform/views/components.tsx';
import { budgetPageMessages } from './page-messages.ts';

export interface BurnDownPoint {
  /** 0 is 1 January; 12 is the end of December. */
  month: number;
  leftCents: number;
  consumedInMonthCents: number;
  projected: boolean;
}

/** The points: the start of the year, the end of each month so far, and the forecast's end. */
export function burnDownPoints(
  allocationCents: number,
  monthlyConsumedCents: readonly number[],
  forecastCents: number,
): BurnDownPoint[] {
  const points: BurnDownPoint[] = [
    { month: 0, leftCents: allocationCents, consumedInMonthCents: 0, projected: false },
  ];
  let left = allocationCents;
  monthlyConsumedCents.forEach((consumed, index) => {
    left -= consumed;
    points.push({ month: index + 1, leftCents: left, consumedInMonthCents: consumed, projected: false });
  });
  if (monthlyConsumedCents.length < 12) {
    const consumedSoFar = allocationCents - left;
    points.push({
      month: 12,
      leftCents: allocationCents - forecastCents,
      consumedInMonthCents: forecastCents - consumedSoFar,
      projected: true,
    });
  }
  return points;
}

export function monthName(
  locale: Locale,
  year: number,
  month: number,
  length: 'long' | 'short' = 'long',
): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { month: length, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
}

// Drawn at the size it is read (16 px text at 640 px wide): on a phone the chart keeps that size
// and scrolls sideways in its own region rather than shrinking its labels to 5 px.
const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 28, bottom: 36, left: 112 };
const FONT = 15;

export function BurnDownChart({
  locale,
  year,
  points,
}: {
  locale: Locale;
  year: number;
  points: readonly BurnDownPoint[];
}) {
  const m = budgetPageMessages[locale].chart;
  const values = points.map((point) => point.leftCents);
  // At least €100 high: a tiny or empty budget would otherwise get ticks of a fraction of a cent.
  const top = Math.max(10_000, ...values);
  const bottom = Math.min(0, ...values);
  const x = scaleLinear()
    .domain([0, 12])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([bottom, top])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<BurnDownPoint>()
    .x((point) => x(point.month))
    .y((point) => y(point.leftCents));
  const actual = points.filter((point) => !point.projected);
  const lastActual = actual.at(-1);
  const projected = points.filter((point) => point.projected);
  const forecast = projected.at(-1);
  const months = actual
    .slice(1)
    .map((point) => `${monthName(locale, year, point.month)} ${formatEuros(locale, point.leftCents)}`)
    .join(', ');
  const desc = format(locale, m.desc, {
    months: months || '–',
    forecast: formatEuros(locale, (forecast ?? lastActual)?.leftCents ?? 0),
  });
  const titleId = `burn-down-title-${year}`;
  const descId = `burn-down-desc-${year}`;
  return (
    <figure class="chart">
      <ScrollRegion label={format(locale, m.title, { year })}>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          class="chart__svg"
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={titleId}>{format(locale, m.title, { year })}</title>
          <desc id={descId}>{desc}</desc>
          <g>
            {y.ticks(4).map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#b1b4b6" />
                <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" text-anchor="end" font-size={FONT}>
                  {formatEuros(locale, tick)}
                </text>
              </g>
            ))}
            {/* Each point is a month's end: its label sits under it, the last one ends at the edge. */}
            {[1, 3, 6, 9, 12].map((month) => (
              <text
                key={month}
                x={x(month)}
                y={HEIGHT - 10}
                text-anchor={month === 12 ? 'end' : 'middle'}
                font-size={FONT}
              >
                {monthName(locale, year, month, 'short')}
              </text>
            ))}
            <path d={path(actual) ?? ''} fill="none" stroke="#0b0c0c" stroke-width="3" />
            {lastActual && forecast ? (
              <path
                d={path([lastActual, forecast]) ?? ''}
                fill="none"
                stroke="#505a5f"
                stroke-width="3"
                stroke-dasharray="8 6"
              />
            ) : null}
            {actual.map((point) => (
              <circle key={point.month} cx={x(point.month)} cy={y(point.leftCents)} r="4" fill="#0b0c0c" />
            ))}
          </g>
        </svg>
      </ScrollRegion>
      <figcaption class="chart__legend">
        <span class="chart__key chart__key--actual">{m.actual}</span>{' '}
        <span class="chart__key chart__key--projected">{m.projected}</span>
      </figcaption>
    </figure>
  );
}

/** The chart's figures as a table: read by screen readers and without the picture. */
export function BurnDownTable({
  locale,
  year,
  points,
}: {
  locale: Locale;
  year: number;
  points: readonly BurnDownPoint[];
}) {
  const m = budgetPageMessages[locale].chart;
  return (
    <TableWrap label={m.table}>
      <table class="table table--numbers">
        <caption class="table__caption">{m.table}</caption>
        <thead>
          <tr>
            <th scope="col">{m.month}</th>
            <th scope="col">{m.kind}</th>
            <th scope="col" class="number">
              {m.consumedInMonth}
            </th>
            <th scope="col" class="number">
              {m.left}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.slice(1).map((point) => (
            <tr key={point.month}>
              <th scope="row">{monthName(locale, year, point.month)}</th>
              <td>{point.projected ? m.projected : m.actual}</td>
              <td class="number">{formatEuros(locale, point.consumedInMonthCents)}</td>
              <td class="number">{formatEuros(locale, point.leftCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
