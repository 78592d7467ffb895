// The public statistics page (/{locale}/statistics) and its CSV: quarterly figures per network,
// small numbers suppressed. A plain GET form chooses the year: it works without JavaScript.

import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext } from '../platform/http/pages.ts';
import { format, formatNumber, type Locale } from '../platform/i18n/index.ts';
import { ErrorSummary, type FormErrors, Select, TableWrap } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { brusselsDate } from '../platform/working-days.ts';
import { csvText } from './csv.ts';
import { AGE_BANDS } from './domain/age-bands.ts';
import { figureMessages } from './figure-messages.ts';
import { reportingMessages } from './messages.ts';
import { type PublicQuarter, publicQuarters } from './public-figures.ts';
import { type PublicRequestQuarter, publicGpRequests } from './public-requests.ts';
import { percentText } from './request-waits.ts';
import type { ReportingService } from './service.ts';
import type { QuarterBandRow } from './store.ts';

/** The first year of the statistics: the 2024 convention. */
export const FIRST_YEAR = 2024;

export interface NetworkYear {
  networkId: string;
  name: string;
  quarters: PublicQuarter[];
  /** GPs' requests per quarter; null without the requests capability. */
  requests: PublicRequestQuarter[] | null;
}

/** A count as published: the figure, "< 5" for a small one, "hidden" for one hidden beside it. */
function shown(locale: Locale, value: number | null, primary: boolean): string {
  const m = reportingMessages[locale].statistics;
  if (value !== null) return formatNumber(locale, value);
  return primary ? m.small : m.hidden;
}

function share(locale: Locale, value: number | null, hidden: boolean): string {
  const m = reportingMessages[locale].statistics;
  if (value === null) return hidden ? m.small : m.none;
  return percentText(locale, value);
}

/** The rows of a network's year, as the page and the CSV both print them. */
export function quarterRows(locale: Locale, year: number, network: NetworkYear, raw: Map<number, number[]>) {
  const m = reportingMessages[locale].statistics;
  return network.quarters.map((q) => {
    const counts = raw.get(q.quarter) ?? [];
    const total = counts.reduce((a, b) => a + b, 0);
    return [
      format(locale, m.quarterName, { quarter: q.quarter, year }),
      shown(locale, q.sessions, total > 0 && total < 5),
      shown(locale, q.patients, total > 0 && total < 5),
      ...q.bands.map((value, i) => shown(locale, value, (counts[i] ?? 0) > 0 && (counts[i] ?? 0) < 5)),
      share(locale, q.bimShare, q.bimHidden),
      ...requestCells(locale, network.requests?.[q.quarter - 1]),
    ];
  });
}

/** A quarter's GP requests and first-contact share, as published; none without the requests capability. */
function requestCells(locale: Locale, requests: PublicRequestQuarter | undefined): string[] {
  if (!requests) return [];
  const m = reportingMessages[locale].statistics;
  return [
    requests.received === null ? m.small : formatNumber(locale, requests.received),
    share(locale, requests.withinTargetShare, requests.shareHidden),
  ];
}

export function statisticsHead(locale: Locale, withRequests: boolean): string[] {
  const m = reportingMessages[locale].statistics;
  const f = figureMessages[locale];
  return [
    m.quarter,
    m.sessions,
    m.patients,
    ...AGE_BANDS.map((band) => format(locale, m.band, { band })),
    m.bimShare,
    ...(withRequests ? [f.gpRequests, f.firstContactShare] : []),
  ];
}

interface StatisticsPageProps {
  ctx: PageContext;
  year: number;
  years: number[];
  typedYear: string;
  errors: FormErrors;
  networks: Array<NetworkYear & { rows: string[][] }>;
}

function StatisticsPage({ ctx, year, years, typedYear, errors, networks }: StatisticsPageProps) {
  const { locale } = ctx;
  const m = reportingMessages[locale].statistics;
  const head = statisticsHead(
    locale,
    networks.some((network) => network.requests !== null),
  );
  return (
    <Layout ctx={ctx} title={m.title} hasErrors={Object.keys(errors).length > 0}>
      <h1>{m.title}</h1>
      <ErrorSummary locale={locale} errors={errors} />
      <p>{m.intro}</p>
      <form method="get" action={`/${locale}/statistics`} class="form form--inline">
        <Select
          id="year"
          label={m.yearLabel}
          value={typedYear}
          error={errors.year}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <button type="submit" class="button button--secondary">
          {m.show}
        </button>
      </form>
      <p>
        <a href={`/${locale}/statistics.csv?year=${year}`} download>
          {format(locale, m.download, { year })}
        </a>
      </p>
      {networks.length === 0 ? <p>{m.noNetworks}</p> : null}
      {networks.map((network) => (
        <TableWrap key={network.networkId} label={network.name}>
          <table class="table">
            <caption class="table__caption">
              {format(locale, m.caption, { network: network.name, year })}
            </caption>
            <thead>
              <tr>
                {head.map((cell) => (
                  <th scope="col" key={cell}>
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {network.rows.map(([quarter, ...cells]) => (
                <tr key={quarter}>
                  <th scope="row">{quarter}</th>
                  {cells.map((cell, i) => (
                    <td key={head[i + 1]}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ))}
      <h2>{m.definitionsTitle}</h2>
      <ul>
        {m.definitions.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {networks.some((network) => network.requests !== null)
          ? figureMessages[locale].requestDefinitions.map((line) => <li key={line}>{line}</li>)
          : null}
      </ul>
    </Layout>
  );
}

/** The year asked, or an error naming the field (the typed text is kept). */
function askedYear(query: unknown, years: number[]): { year: number; typed: string; error: boolean } {
  const raw = (query as { year?: unknown } | undefined)?.year;
  const typed = typeof raw === 'string' ? raw.slice(0, 12) : '';
  const latest = years[years.length - 1]!;
  if (typed === '') return { year: latest, typed: String(latest), error: false };
  const year = Number(typed);
  if (/^\d{4}$/.test(typed) && years.includes(year)) return { year, typed, error: false };
  return { year: latest, typed, error: true };
}

/** Raw quarter × band counts, only to tell "< 5" from "hidden" in what is printed: never printed themselves. */
function rawCounts(network: NetworkYear, rows: readonly QuarterBandRow[]) {
  const map = new Map<number, number[]>();
  for (const q of network.quarters) {
    map.set(
      q.quarter,
      AGE_BANDS.map((band) => rows.find((r) => r.quarter === q.quarter && r.ageBand === band)?.patients ?? 0),
    );
  }
  return map;
}

async function figures(reporting: ReportingService, locale: Locale, year: number, now: Date) {
  const source = reporting.options.requests;
  return Promise.all(
    reporting.networks().map(async (network) => {
      const [rows, requests] = await Promise.all([
        reporting.quarterlyBands(network.id, year),
        source ? publicGpRequests(source, network.id, year, now) : null,
      ]);
      const figuresOfYear: NetworkYear = {
        networkId: network.id,
        name: network.names[locale],
        quarters: publicQuarters(rows),
        requests,
      };
      return {
        ...figuresOfYear,
        rows: quarterRows(locale, year, figuresOfYear, rawCounts(figuresOfYear, rows)),
      };
    }),
  );
}

function yearsUpTo(today: string): number[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: Math.max(1, current - FIRST_YEAR + 1) }, (_, i) => FIRST_YEAR + i);
}

function sendCsv(reply: FastifyReply, name: string, text: string) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .serializer((payload: string) => payload)
    .send(text);
}

export function registerReportingPages(
  app: FastifyInstance,
  reporting: ReportingService,
  now: () => Date,
): void {
  for (const { path } of localizedPaths('/statistics')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const ctx = pageContext(request);
      const years = yearsUpTo(brusselsDate(now()));
      const asked = askedYear(request.query, years);
      const errors: FormErrors = asked.error
        ? { year: reportingMessages[ctx.locale].statistics.yearError }
        : {};
      const networks = await figures(reporting, ctx.locale, asked.year, now());
      return sendPage(
        reply,
        h(StatisticsPage, { ctx, year: asked.year, years, typedYear: String(asked.year), errors, networks }),
        asked.error ? 400 : 200,
      );
    });
  }
  for (const { path, locale } of localizedPaths('/statistics.csv')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const years = yearsUpTo(brusselsDate(now()));
      const asked = askedYear(request.query, years);
      const networks = await figures(reporting, locale, asked.year, now());
      const m = reportingMessages[locale].statistics;
      const head = [m.title, ...statisticsHead(locale, reporting.options.requests !== undefined)];
      const rows = networks.flatMap((network) => network.rows.map((row) => [network.name, ...row]));
      return sendCsv(reply, `statistics-${asked.year}.csv`, csvText([head, ...rows]));
    });
  }
}
