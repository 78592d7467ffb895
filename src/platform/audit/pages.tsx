// The audit log page: network admins see their networks' entries, platform admins all; filters.
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { authMessages } from '../auth/messages.ts';
import type { Jurisdictions } from '../auth/staff.ts';
import { localizedPaths, pageContext, queryValue } from '../http/pages.ts';
import { format } from '../i18n/index.ts';
import { nextDay, parseBelgianDate, startOfBrusselsDay } from '../identifiers/belgian-date.ts';
import {
  BackLink,
  ErrorSummary,
  type FormErrors,
  Select,
  TableWrap,
  TextInput,
} from '../views/components.tsx';
import { type PageContext, queryString } from '../views/context.ts';
import { Layout } from '../views/layout.tsx';
import { sendPage } from '../views/render.ts';
import type { AuditRow } from './audit.ts';
import { type AuditNames, auditSentence, auditWhere } from './describe.ts';
import { auditMessages as messages } from './messages.ts';
import { AUDIT_PAGE_SIZE, type AuditService } from './service.ts';

interface Filters {
  network: string;
  actor: string;
  action: string;
  resource: string;
  from: string;
  to: string;
}

function AuditPage(props: {
  ctx: PageContext;
  filters: Filters;
  errors: FormErrors;
  rows: AuditRow[];
  networks: Array<{ id: string; name: string }>;
  everywhere: boolean;
  names: AuditNames;
}) {
  const { ctx, filters, rows } = props;
  const m = messages[ctx.locale];
  const base = `/${ctx.locale}/admin/audit`;
  const last = rows.at(-1);
  return (
    <Layout ctx={ctx} title={m.title} section="admin" hasErrors={Object.keys(props.errors).length > 0}>
      <BackLink href={`/${ctx.locale}/admin`} locale={ctx.locale} />
      <ErrorSummary locale={ctx.locale} errors={props.errors} />
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <form method="get" action={base} class="form filters" aria-label={m.filters}>
        <Select
          id="network"
          label={m.network}
          value={filters.network}
          options={props.networks.map((n) => ({ value: n.id, label: n.name }))}
          emptyLabel={m.allNetworks}
        />
        <TextInput id="actor" label={m.actor} value={filters.actor} width="medium" spellcheck={false} />
        <TextInput
          id="action"
          label={m.action}
          hint={m.actionHint}
          value={filters.action}
          width="medium"
          spellcheck={false}
        />
        <TextInput
          id="resource"
          label={m.resourceId}
          value={filters.resource}
          width="medium"
          spellcheck={false}
        />
        <TextInput
          id="from"
          label={m.from}
          value={filters.from}
          error={props.errors.from}
          width="short"
          inputMode="numeric"
        />
        <TextInput
          id="to"
          label={m.to}
          value={filters.to}
          error={props.errors.to}
          width="short"
          inputMode="numeric"
        />
        <button type="submit" class="button button--secondary">
          {m.apply}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <TableWrap label={m.title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{m.columns.what}</th>
                <th scope="col">{m.columns.code}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const where = auditWhere(ctx.locale, row, props.names);
                return (
                  <tr key={row.id}>
                    <td>
                      {auditSentence(ctx.locale, row, props.names)}
                      {where ? (
                        <>
                          <br />
                          <span class="audit-where">{where}</span>
                        </>
                      ) : null}
                    </td>
                    <td class="audit-code">{row.action}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {last && rows.length === AUDIT_PAGE_SIZE ? (
        <p>
          <a href={`${base}${queryString({ ...filters, before: last.id })}`}>{m.older}</a>
        </p>
      ) : null}
    </Layout>
  );
}

export function registerAuditPages(
  app: FastifyInstance,
  audit: AuditService,
  jurisdictions: Jurisdictions,
): void {
  for (const { path, locale } of localizedPaths('/admin/audit')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const q = request.query;
      const filters: Filters = {
        network: queryValue(q, 'network').slice(0, 100),
        actor: queryValue(q, 'actor').trim().slice(0, 200),
        action: queryValue(q, 'action').trim().slice(0, 100),
        resource: queryValue(q, 'resource').trim().slice(0, 100),
        // Kept as typed (up to a length no date reaches) so a wrong date is shown back as written.
        from: queryValue(q, 'from').trim().slice(0, 40),
        to: queryValue(q, 'to').trim().slice(0, 40),
      };
      const m = messages[locale];
      const readable = audit.readableNetworks(request.user);
      const networks = jurisdictions
        .networks()
        .filter((n) => readable === null || readable.includes(n.id))
        .map((n) => ({ id: n.id, name: n.names[locale] }));
      const errors: FormErrors = {};
      // 17/12/2026, 17.12.2026, 17-12-2026 or 2026-12-17; whole days in Brussels, whatever the season.
      const day = (value: string, field: 'from' | 'to', end: boolean) => {
        if (!value) return undefined;
        const iso = parseBelgianDate(value);
        if (!iso) {
          errors[field] = format(locale, field === 'from' ? m.fromInvalid : m.toInvalid, { value });
          return undefined;
        }
        // No entry predates 1970; the database refuses year 0, which 01/01/0001 in Brussels becomes in UTC.
        const bounded = iso < '1970-01-01' ? '1970-01-01' : iso;
        return end
          ? new Date(startOfBrusselsDay(nextDay(bounded)).getTime() - 1)
          : startOfBrusselsDay(bounded);
      };
      const from = day(filters.from, 'from', false);
      const to = day(filters.to, 'to', true);
      const before = Number(queryValue(q, 'before'));
      const rows = Object.keys(errors).length
        ? []
        : await audit.list(request.user, {
            networkId: filters.network || undefined,
            actor: filters.actor || undefined,
            action: filters.action || undefined,
            resourceId: filters.resource || undefined,
            from,
            to,
            before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
          });
      const status = Object.keys(errors).length ? 400 : 200;
      const known = await audit.namesOf(rows);
      const byId = (list: Array<{ id: string; names: Record<typeof locale, string> }>) => {
        const map = new Map(list.map((item) => [item.id, item.names[locale]]));
        return (id: string) => map.get(id) ?? id;
      };
      const roles = authMessages[locale].roles as Record<string, string>;
      const names: AuditNames = {
        ...known,
        network: byId(jurisdictions.networks()),
        zone: byId(jurisdictions.zones()),
        body: byId(jurisdictions.bodies()),
        role: (role) => roles[role] ?? role,
      };
      return sendPage(
        reply,
        h(AuditPage, {
          ctx: pageContext(request),
          filters,
          errors,
          rows,
          networks,
          everywhere: readable === null,
          names,
        }),
        status,
      );
    });
  }
}
