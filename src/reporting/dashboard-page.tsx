// The staff dashboard (/{locale}/reporting) and its XLSX: a month and the twelve months up to
// it, for a coordinator's zone or a network admin's network. A GET form chooses scope and month
// (works without JavaScript); the trend is an SVG chart with the same figures as a table.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { careMessages } from '../care/messages.ts';
import type { Database } from '../platform/db/database.ts';
import { localizedPaths, pageContext } from '../platform/http/pages.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { format, formatNumber, type Locale } from '../platform/i18n/index.ts';
import { Select, Table } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { brusselsDate } from '../platform/working-days.ts';
import { LineChart } from './chart.tsx';
import {
  askedMonth,
  askedScope,
  type Dashboard,
  readDashboard,
  type Scope,
  scopeKey,
  scopesOf,
} from './dashboard.ts';
import { dashboardSheetTables, dashboardWorkbook, sheetTableCsv } from './dashboard-workbook.ts';
import { addMonthsTo, type Month, monthOf } from './domain/months.ts';
import { figureMessages } from './figure-messages.ts';
import { FiguresSection } from './figures-section.tsx';
import { reportingMessages } from './messages.ts';
import { monthAndYear, shortMonth } from './month-names.ts';
import { waitsCells, waitsTable } from './request-waits.ts';
import type { ReportingService } from './service.ts';
import type { CountedRow } from './store.ts';

/** A counted row's value as a person reads it: a function, an outcome with its reason, yes or no. */
export function dimensionLabel(locale: Locale, dimension: string, value: unknown): string {
  const m = reportingMessages[locale].dashboard;
  const labels = careMessages[locale].labels;
  const key = String(value);
  if (dimension === 'function') return (labels.functions as Record<string, string>)[key] ?? key;
  if (dimension === 'outcome')
    return key === 'reimbursed'
      ? m.reimbursed
      : `${m.notReimbursed}${key === 'not-reimbursed' ? '' : ` – ${(labels.reasons as Record<string, string>)[key] ?? key}`}`;
  if (dimension === 'bim') return value ? m.yes : m.no;
  return key;
}

/** The tables of a dashboard as rows of text: the page and the XLSX print the same. */
export function dashboardTables(locale: Locale, dashboard: Dashboard) {
  const m = reportingMessages[locale].dashboard;
  const label = (dimension: string, value: unknown) => dimensionLabel(locale, dimension, value);
  const counted = (
    dimension: 'function' | 'outcome' | 'ageBand' | 'bim',
    rows: CountedRow[],
    figure: 'sessions' | 'patients',
  ) => rows.map((row) => [label(dimension, row.keys[dimension]), row[figure]] as [string, number]);
  return {
    trend: {
      caption: m.trendCaption,
      head: [m.month, m.sessions, m.patients, m.newPatients],
      rows: dashboard.trend.map(
        (t) =>
          [monthAndYear(locale, t.month), t.sessions, t.patients, t.newPatients] as [
            string,
            number,
            number,
            number,
          ],
      ),
    },
    parts: [
      {
        caption: m.byFunction,
        head: [m.function, m.sessions],
        rows: counted('function', dashboard.byFunction, 'sessions'),
      },
      {
        caption: m.byOutcome,
        head: [m.outcome, m.sessions],
        rows: counted('outcome', dashboard.byOutcome, 'sessions'),
      },
      {
        caption: m.byAgeBand,
        head: [m.ageBand, m.patients],
        rows: counted('ageBand', dashboard.byAgeBand, 'patients'),
      },
      { caption: m.byBim, head: [m.bim, m.patients], rows: counted('bim', dashboard.byBim, 'patients') },
    ],
  };
}

function scopeLabel(reporting: ReportingService, locale: Locale, scope: Scope): string {
  const m = reportingMessages[locale].dashboard;
  const network = reporting.networkName(scope.networkId, locale);
  return scope.zoneId
    ? format(locale, m.zone, { network, zone: reporting.zoneName(scope.zoneId, locale) })
    : format(locale, m.wholeNetwork, { network });
}

interface DashboardPageProps {
  ctx: PageContext;
  dashboard: Dashboard;
  scopes: Array<{ key: string; label: string }>;
  months: Month[];
}

function DashboardPage({ ctx, dashboard, scopes, months }: DashboardPageProps) {
  const { locale } = ctx;
  const m = reportingMessages[locale].dashboard;
  const tables = dashboardTables(locale, dashboard);
  const key = scopeKey(dashboard.scope);
  const year = Number(dashboard.month.slice(0, 4));
  const number = (value: string | number) =>
    typeof value === 'number' ? formatNumber(locale, value) : value;
  return (
    <Layout ctx={ctx} title={m.title} section="reporting">
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <form method="get" action={`/${locale}/reporting`} class="form form--inline">
        <Select
          id="scope"
          label={m.scope}
          value={key}
          options={scopes.map((s) => ({ value: s.key, label: s.label }))}
        />
        <Select
          id="month"
          label={m.month}
          value={dashboard.month}
          options={months.map((month) => ({ value: month, label: monthAndYear(locale, month) }))}
        />
        <button type="submit" class="button button--secondary">
          {m.show}
        </button>
      </form>
      <p>
        <a
          href={`/${locale}/reporting.xlsx?scope=${encodeURIComponent(key)}&month=${dashboard.month}`}
          download
        >
          {m.download}
        </a>
      </p>
      <details class="downloads">
        <summary>{m.csvTables}</summary>
        <ul>
          {dashboardSheetTables(locale, dashboard).map((table, index) => (
            <li key={table.caption}>
              <a
                href={`/${locale}/reporting.csv?scope=${encodeURIComponent(key)}&month=${dashboard.month}&table=${index}`}
                download
              >
                {table.caption}
              </a>
            </li>
          ))}
        </ul>
      </details>
      <p>{figureMessages[locale].yearlyIntro}</p>
      <p>
        <a href={`/${locale}/reporting/yearly.xlsx?scope=${encodeURIComponent(key)}&year=${year}`} download>
          {format(locale, figureMessages[locale].yearly, { year })}
        </a>
      </p>
      <p>{m.definitions}</p>
      <h2>{format(locale, m.monthHeading, { month: monthAndYear(locale, dashboard.month) })}</h2>
      {tables.parts[0]!.rows.length === 0 ? <p>{m.empty}</p> : null}
      {tables.parts.map((part) =>
        part.rows.length === 0 ? null : (
          <Table
            key={part.caption}
            caption={part.caption}
            head={part.head}
            rows={part.rows.map(([name, value]) => ({ key: name, cells: [name, number(value)] }))}
          />
        ),
      )}
      <h2>{m.trendHeading}</h2>
      <LineChart
        id="trend"
        title={m.chartTitle}
        description={format(locale, m.chartDescription, {
          first: monthAndYear(locale, dashboard.trend[0]!.month),
          last: monthAndYear(locale, dashboard.month),
        })}
        categories={dashboard.trend.map((t) => t.month)}
        categoryLabel={(month) => shortMonth(locale, month as Month)}
        series={[
          { label: m.sessions, values: dashboard.trend.map((t) => t.sessions), colour: '#1d4f91' },
          {
            label: m.patients,
            values: dashboard.trend.map((t) => t.patients),
            colour: '#2e7d32',
            dash: '8 4',
          },
          {
            label: m.newPatients,
            values: dashboard.trend.map((t) => t.newPatients),
            colour: '#8a3b12',
            dash: '2 4',
          },
        ]}
      />
      <Table
        caption={tables.trend.caption}
        head={tables.trend.head}
        rows={tables.trend.rows.map((row) => ({ key: row[0], cells: row.map(number) }))}
      />
      {dashboard.waits ? <WaitsSection locale={locale} dashboard={dashboard} /> : null}
      <FiguresSection
        locale={locale}
        figures={dashboard.figures}
        monthName={(month) => monthAndYear(locale, month)}
      />
    </Layout>
  );
}

/** The requests received and their waits, month by month, with what each figure means. */
function WaitsSection({ locale, dashboard }: { locale: Locale; dashboard: Dashboard }) {
  const m = reportingMessages[locale].waits;
  const waits = dashboard.waits!;
  const table = waitsTable(locale, waits, (month) => monthAndYear(locale, month));
  return (
    <section aria-labelledby="waits-heading">
      <h2 id="waits-heading">{m.heading}</h2>
      <Table
        caption={table.caption}
        head={table.head}
        rows={table.rows.map((row) => ({ key: row[0], cells: waitsCells(locale, row) }))}
      />
      <h3>{m.definitionsTitle}</h3>
      <ul>
        {m.definitions.map((text) => (
          <li key={text}>{format(locale, text, { target: waits.targetWorkingDays })}</li>
        ))}
      </ul>
    </section>
  );
}

export function registerDashboardPages(
  app: FastifyInstance,
  reporting: ReportingService,
  database: Database,
  now: () => Date,
): void {
  const current = () => monthOf(brusselsDate(now()));
  const read = async (request: Parameters<typeof pageContext>[0]) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const scope = askedScope(request.user, query.scope);
    const month = askedMonth(query.month, current());
    return readDashboard(reporting, database, request.user, scope, month, now());
  };
  for (const { path } of localizedPaths('/reporting')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const ctx = pageContext(request);
      const dashboard = await read(request);
      const scopes = scopesOf(request.user).map((scope) => ({
        key: scopeKey(scope),
        label: scopeLabel(reporting, ctx.locale, scope),
      }));
      const months = Array.from({ length: 24 }, (_, i) => addMonthsTo(current(), -i));
      return sendPage(reply, h(DashboardPage, { ctx, dashboard, scopes, months }));
    });
  }
  for (const { path, locale } of localizedPaths('/reporting.xlsx')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const dashboard = await read(request);
      const name = `reporting-${scopeKey(dashboard.scope).replace(/[^a-z0-9-]/gi, '-')}-${dashboard.month}.xlsx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(await dashboardWorkbook(locale, dashboard));
    });
  }
  for (const { path, locale } of localizedPaths('/reporting.csv')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const asked = String((request.query as Record<string, unknown>).table ?? '');
      const dashboard = await read(request);
      const table = /^\d{1,2}$/.test(asked)
        ? dashboardSheetTables(locale, dashboard)[Number(asked)]
        : undefined;
      if (!table) throw new StandardProblem(404, 'not-found');
      const name = `reporting-${scopeKey(dashboard.scope).replace(/[^a-z0-9-]/gi, '-')}-${dashboard.month}-${asked}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(sheetTableCsv(table));
    });
  }
}
