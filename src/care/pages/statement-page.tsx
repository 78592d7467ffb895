// /{locale}/statements: a month's statement for network staff, the same figures as the
// `passerelle billing` command, filtered by network, zone and clinician, with CSV and XLSX downloads.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { reach, requireUser } from '../../platform/auth/policy.ts';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { StandardProblem } from '../../platform/http/problem.ts';
import { format, formatEuros, type Locale } from '../../platform/i18n/index.ts';
import {
  formatBelgianMonth,
  parseBelgianMonth,
  writeBelgianMonth,
} from '../../platform/identifiers/belgian-date.ts';
import {
  ErrorSummary,
  type FormErrors,
  Select,
  Table,
  TableWrap,
  TextInput,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { nameOf } from '../../reference/names.ts';
import type { ReferenceService } from '../../reference/service.ts';
import type { AnonymousGroupTotal } from '../anonymous-sessions.ts';
import { billingMessages } from '../billing-messages.ts';
import type { CareFunction, SessionMode } from '../domain/index.ts';
import { careMessages } from '../messages.ts';
import type { CareService } from '../service.ts';
import { monthPeriod, type Statement } from '../statement.ts';
import { statementCsv } from '../statement-csv.ts';
import { filterStatement } from '../statement-filter.ts';
import { statementXlsx } from '../statement-xlsx.ts';
import { staffMessages } from './staff-messages.ts';

interface Filters {
  /** As typed (12/2026), so a wrong month comes back as the person wrote it. */
  month: string;
  network: string;
  zone: string;
  clinician: string;
}

/** Free and anonymous groups: no patient, so counted as groups held and participants. */
function AnonymousGroupsTable({ locale, rows }: { locale: Locale; rows: AnonymousGroupTotal[] }) {
  const m = billingMessages[locale];
  const t = staffMessages[locale].statements;
  return (
    <section>
      <h2>{t.anonymousTable}</h2>
      <p>{t.anonymousIntro}</p>
      <Table
        caption={t.anonymousTable}
        head={[m.columns.clinicianName, m.columns.function, t.groups, t.participants]}
        rows={rows.map((row) => ({
          key: `${row.networkId} ${row.clinicianId} ${row.function}`,
          cells: [
            row.clinicianName ?? row.clinicianId,
            careMessages[locale].labels.functions[row.function as CareFunction] ?? row.function,
            row.groups,
            row.participants,
          ],
        }))}
      />
    </section>
  );
}

function StatementTable({ locale, statement }: { locale: Locale; statement: Statement }) {
  const m = billingMessages[locale];
  const c = m.columns;
  const t = staffMessages[locale].statements;
  const fee = (cents: number | null) => (cents === null ? '–' : formatEuros(locale, cents));
  const head = [c.clinicianName, c.inami, c.function, c.mode];
  const numbers = [c.sessions, c.reimbursed, c.notReimbursed, c.cancelled, c.copay, c.fee];
  return (
    <div class="staff-table">
      <TableWrap label={t.table}>
        <table class="table" data-testid="statement">
          <caption class="table__caption">{t.table}</caption>
          <thead>
            <tr>
              {head.map((label) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
              {numbers.map((label) => (
                <th scope="col" class="number" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {statement.networks.flatMap((network) =>
              network.clinicians.flatMap((clinician) =>
                clinician.lines.map((line) => (
                  <tr key={`${network.id} ${clinician.id} ${line.function} ${line.mode}`}>
                    <th scope="row">{clinician.name ?? clinician.id}</th>
                    <td>{clinician.inami ?? ''}</td>
                    <td>
                      {careMessages[locale].labels.functions[line.function as CareFunction] ?? line.function}
                    </td>
                    <td>{careMessages[locale].labels.modes[line.mode as SessionMode] ?? line.mode}</td>
                    <td class="number">{line.sessions}</td>
                    <td class="number">{line.reimbursed}</td>
                    <td class="number">{line.notReimbursed}</td>
                    <td class="number">{line.cancelled}</td>
                    <td class="number">{formatEuros(locale, line.copayCents)}</td>
                    <td class="number">{fee(line.feeCents)}</td>
                  </tr>
                )),
              ),
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {m.grandTotal}
              </th>
              <td class="number">{statement.totals.sessions}</td>
              <td class="number">{statement.totals.reimbursed}</td>
              <td class="number">{statement.totals.notReimbursed}</td>
              <td class="number">{statement.totals.cancelled}</td>
              <td class="number">{formatEuros(locale, statement.totals.copayCents)}</td>
              <td class="number">{fee(statement.totals.feeCents)}</td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </div>
  );
}

interface StatementPageProps {
  ctx: PageContext;
  filters: Filters;
  errors: FormErrors;
  networks: Array<{ value: string; label: string }>;
  zones: Array<{ value: string; label: string }>;
  clinicians: Array<{ value: string; label: string }>;
  statement: Statement | null;
  /** The month read from the filter (YYYY-MM), null while it is not one. */
  month: string | null;
}

function StatementPage(props: StatementPageProps) {
  const { ctx, filters, errors, networks, zones, clinicians, statement, month } = props;
  const t = staffMessages[ctx.locale].statements;
  const title = month
    ? format(ctx.locale, t.title, { month: formatBelgianMonth(ctx.locale, month) })
    : t.titleNoMonth;
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();
  return (
    <Layout ctx={ctx} title={title} section="statements" hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{title}</h1>
      <p class="lead">{t.intro}</p>
      <form method="get" action={`/${ctx.locale}/statements`} class="filters">
        <TextInput id="month" label={t.month} value={filters.month} error={errors.month} width="short" />
        <Select id="network" label={t.network} value={filters.network} options={networks} />
        <Select id="zone" label={t.zone} value={filters.zone} options={zones} emptyLabel={t.any} />
        <Select
          id="clinician"
          label={t.clinician}
          value={filters.clinician}
          options={clinicians}
          emptyLabel={t.any}
        />
        <button type="submit" class="button button--secondary">
          {t.show}
        </button>
      </form>
      {statement && statement.networks.length > 0 ? (
        <StatementTable locale={ctx.locale} statement={statement} />
      ) : statement && !statement.anonymousGroups?.length ? (
        <p>{t.none}</p>
      ) : null}
      {statement?.anonymousGroups && statement.anonymousGroups.length > 0 ? (
        <AnonymousGroupsTable locale={ctx.locale} rows={statement.anonymousGroups} />
      ) : null}
      {statement ? (
        <>
          <h2>{t.downloads}</h2>
          <ul>
            <li>
              <a href={`/${ctx.locale}/statements/export.csv?${query}`} download>
                {t.csv}
              </a>
            </li>
            <li>
              <a href={`/${ctx.locale}/statements/export.xlsx?${query}`} download>
                {t.xlsx}
              </a>
            </li>
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

export function registerStatementPages(
  app: FastifyInstance,
  care: CareService,
  reference: ReferenceService,
): void {
  /** The filters asked for; the statement they give (null while the month is not one). */
  const read = async (request: FastifyRequest, locale: Locale) => {
    const user = requireUser(request.user);
    const mine = [...new Set(reach(user, 'care-statement.read').networkIds)].sort();
    const thisMonth = writeBelgianMonth(new Date().toISOString().slice(0, 7));
    const filters: Filters = {
      month: queryValue(request.query, 'month').trim().slice(0, 20) || thisMonth,
      network: queryValue(request.query, 'network').slice(0, 60) || mine[0] || '',
      zone: queryValue(request.query, 'zone').slice(0, 60),
      clinician: queryValue(request.query, 'clinician').slice(0, 60),
    };
    const actor = await care.actorFor(user);
    const errors: FormErrors = {};
    const month = parseBelgianMonth(filters.month);
    if (!month) {
      const t = staffMessages[locale].statements;
      errors.month = format(locale, t.badMonth, { field: t.month, value: filters.month });
      if (!care.networkIds().has(filters.network) || !mine.includes(filters.network))
        throw new StandardProblem(403, 'forbidden');
      return { filters, month, errors, mine, statement: null };
    }
    const full = await care.staff.statement(actor, { ...monthPeriod(month), networkId: filters.network });
    if (!full) throw new StandardProblem(403, 'forbidden');
    const zoneOf = new Map<string, string[]>();
    if (filters.zone) {
      const ids = [
        ...new Set([
          ...full.networks.flatMap((network) => network.clinicians.map((c) => c.id)),
          ...(full.anonymousGroups ?? []).map((row) => row.clinicianId),
        ]),
      ];
      for (const id of ids) zoneOf.set(id, await care.staff.clinicianZoneIds(id, filters.network));
    }
    const statement = filterStatement(
      full,
      (id) =>
        (!filters.clinician || id === filters.clinician) &&
        (!filters.zone || (zoneOf.get(id) ?? []).includes(filters.zone)),
    );
    return { filters, month, errors, mine, statement, full };
  };

  for (const { locale, path } of localizedPaths('/statements')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const { filters, month, errors, mine, statement, full } = await read(request, locale);
      const snapshot = reference.snapshot();
      const names = await care.staff.recordingClinicians();
      const clinicianIds = full?.networks.flatMap((n) => n.clinicians.map((c) => c.id)) ?? [];
      return sendPage(
        reply,
        h(StatementPage, {
          ctx: pageContext(request, reply),
          filters,
          month,
          errors,
          statement,
          networks: mine.map((id) => ({ value: id, label: nameOf(snapshot.networks.get(id), id, locale) })),
          zones: [...snapshot.zones.values()]
            .filter((zone) => zone.networkIds.includes(filters.network))
            .map((zone) => ({ value: zone.id, label: zone.names[locale] })),
          clinicians: clinicianIds.map((id) => ({ value: id, label: names.get(id) ?? id })),
        }),
        Object.keys(errors).length > 0 ? 400 : 200,
      );
    });
    for (const kind of ['csv', 'xlsx'] as const) {
      app.get(`${path}/export.${kind}`, { schema: { hide: true } }, async (request, reply) => {
        const { filters, month, statement } = await read(request, locale);
        if (!statement || !month) throw new StandardProblem(400, 'invalid-parameters');
        reply.header(
          'content-disposition',
          `attachment; filename="statement-${filters.network}-${month}.${kind}"`,
        );
        if (kind === 'csv') {
          const csv = statementCsv(statement, { month, locale, separator: ';' });
          return reply.type('text/csv; charset=utf-8').send(csv);
        }
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await statementXlsx(statement, { month, locale }));
      });
    }
  }
}
