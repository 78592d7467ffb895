import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../../platform/http/pages.ts';
import { format, formatShortDate, type Locale, languageName } from '../../platform/i18n/index.ts';
import {
  ErrorSummary,
  type FormErrors,
  Select,
  Table,
  Tag,
  TextInput,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { sendPage } from '../../platform/views/render.ts';
import { nameOf } from '../../reference/names.ts';
import type { InboxFilters, InboxItem } from '../case-work.ts';
import {
  AGE_GROUPS,
  type AgeGroup,
  CORRESPONDENCE_LANGUAGES,
  OFFER_KINDS,
  REQUEST_TYPES,
  type RequestType,
  SUPPORT_KINDS,
} from '../domain/vocabulary.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../domain/workflow.ts';
import { inboxMessages } from '../messages/inbox.ts';
import { vocabularyMessages } from '../messages/index.ts';
import type { RequestService } from '../service.ts';
import { AgeGroupFilter, contactLanguageOptions } from './shared.tsx';
import { userOf } from './user.ts';

function pick<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function readFilters(query: unknown): InboxFilters {
  return {
    status: pick(queryValue(query, 'status'), REQUEST_STATUSES),
    requestType: pick(queryValue(query, 'type'), REQUEST_TYPES),
    kind: pick(queryValue(query, 'kind'), [...SUPPORT_KINDS, ...OFFER_KINDS]),
    ageGroup: pick(queryValue(query, 'ageGroup'), AGE_GROUPS),
    language: pick(queryValue(query, 'language'), CORRESPONDENCE_LANGUAGES),
    reference: queryValue(query, 'reference').trim().slice(0, 40) || undefined,
  };
}

export function kindLabel(locale: Locale, type: RequestType, kind: string): string {
  const v = vocabularyMessages[locale];
  return type === 'support-request'
    ? v.kinds[kind as keyof typeof v.kinds]
    : v.offers[kind as keyof typeof v.offers];
}

export function RequestStatusTag({ locale, status }: { locale: Locale; status: RequestStatus }) {
  const tone = status === 'declined' ? 'warning' : status === 'closed' ? 'neutral' : 'good';
  return <Tag tone={tone}>{vocabularyMessages[locale].statuses[status]}</Tag>;
}

function WaitingCell({ locale, item }: { locale: Locale; item: InboxItem }) {
  const m = inboxMessages[locale];
  return (
    <>
      {format(locale, m.daysWaiting, { days: item.daysWaiting })}
      <br />
      {item.overdue ? (
        <span class="overdue">{format(locale, m.overdue, { days: item.daysOverdue })}</span>
      ) : item.respondedAt ? (
        m.contacted
      ) : item.respondBy ? (
        format(locale, m.dueBy, { date: formatShortDate(locale, item.respondBy) })
      ) : null}
    </>
  );
}

function InboxPage({
  ctx,
  filters,
  items,
  zoneName,
  canConfigure,
}: {
  ctx: PageContext;
  filters: InboxFilters;
  items: InboxItem[];
  zoneName: (id: string) => string;
  canConfigure: boolean;
}) {
  const m = inboxMessages[ctx.locale];
  const v = vocabularyMessages[ctx.locale];
  const base = `/${ctx.locale}/inbox`;
  return (
    <Layout ctx={ctx} section="inbox" title={m.title}>
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {canConfigure ? (
        <p>
          <a href={`${base}/settings`}>{m.settingsLink}</a>
        </p>
      ) : null}
      <form method="get" action={base} class="filters">
        <h2>{m.filters}</h2>
        <TextInput
          id="reference"
          label={m.reference}
          value={filters.reference}
          width="medium"
          spellcheck={false}
        />
        <Select
          id="status"
          label={m.status}
          value={filters.status}
          emptyLabel={m.openStatuses}
          options={REQUEST_STATUSES.map((status) => ({ value: status, label: v.statuses[status] }))}
        />
        <Select
          id="type"
          label={m.type}
          value={filters.requestType}
          emptyLabel={m.any}
          options={REQUEST_TYPES.map((type) => ({ value: type, label: v.requestTypes[type] }))}
        />
        <Select
          id="kind"
          label={m.kind}
          value={filters.kind}
          emptyLabel={m.any}
          options={[
            ...SUPPORT_KINDS.map((kind) => ({ value: kind, label: v.kinds[kind] })),
            ...OFFER_KINDS.map((kind) => ({ value: kind, label: v.offers[kind] })),
          ]}
        />
        <AgeGroupFilter locale={ctx.locale} value={filters.ageGroup} />
        <Select
          id="language"
          label={m.language}
          value={filters.language}
          emptyLabel={m.anyLanguage}
          options={contactLanguageOptions(ctx.locale)}
        />
        <button type="submit" class="button">
          {m.apply}
        </button>
      </form>
      <div class="staff-table">
        <Table
          caption={format(ctx.locale, m.count, { count: items.length })}
          head={Object.values(m.columns)}
          rows={items.map((item) => ({
            key: item.caseId,
            cells: [
              <a href={`${base}/cases/${item.caseId}`} class="nowrap" key="ref">
                {item.reference}
              </a>,
              kindLabel(ctx.locale, item.requestType, item.kind),
              `${item.organisationName} (${item.postcode}) – ${item.ageGroups.map((g) => v.ageGroups[g as AgeGroup]).join(', ')} – ${languageName(item.language, ctx.locale)}`,
              zoneName(item.zoneId),
              <span class="nowrap" key="opened">
                {formatShortDate(ctx.locale, item.openedAt)}
              </span>,
              <WaitingCell locale={ctx.locale} item={item} key="wait" />,
              <RequestStatusTag locale={ctx.locale} status={item.status} key="status" />,
            ],
          }))}
        />
      </div>
    </Layout>
  );
}

function SettingsPage({
  ctx,
  settings,
  defaultDays,
  errors,
  saved,
  networkName,
  typed,
}: {
  ctx: PageContext;
  settings: Array<{ networkId: string; days: number }>;
  defaultDays: number;
  errors: FormErrors;
  saved: boolean;
  networkName: (id: string) => string;
  /** What was typed in a form that went wrong, by network: shown back instead of the stored value. */
  typed: Record<string, string>;
}) {
  const m = inboxMessages[ctx.locale].settings;
  return (
    <Layout ctx={ctx} section="inbox" title={m.title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <h1>{m.title}</h1>
      {saved ? (
        <div class="panel panel--info" role="status">
          <p>{m.saved}</p>
        </div>
      ) : null}
      <p class="lead">{m.intro}</p>
      <p>{format(ctx.locale, m.defaultNote, { days: defaultDays })}</p>
      {settings.map((setting) => (
        <form method="post" class="form" key={setting.networkId} novalidate>
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <input type="hidden" name="network" value={setting.networkId} />
          <TextInput
            id={`days-${setting.networkId}`}
            name="days"
            label={format(ctx.locale, m.days, { network: networkName(setting.networkId) })}
            value={typed[setting.networkId] ?? String(setting.days)}
            error={errors[`days-${setting.networkId}`]}
            width="short"
            inputMode="numeric"
          />
          <button type="submit" class="button">
            {m.save}
          </button>
        </form>
      ))}
    </Layout>
  );
}

export function registerInboxPages(app: FastifyInstance, requests: RequestService): void {
  const snapshot = () => requests.reference.snapshot();
  for (const { locale, path } of localizedPaths('/inbox')) {
    const zoneName = (id: string) => nameOf(snapshot().zones.get(id), id, locale);
    const networkName = (id: string) => nameOf(snapshot().networks.get(id), id, locale);

    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const user = userOf(request);
      const filters = readFilters(request.query);
      const items = await requests.cases.inbox(user, filters);
      const canConfigure = Boolean(user?.grants.some((grant) => grant.role === 'network-admin'));
      return sendPage(
        reply,
        h(InboxPage, { ctx: pageContext(request), filters, items, zoneName, canConfigure }),
      );
    });

    const settingsPage = async (
      request: FastifyRequest,
      reply: FastifyReply,
      errors: FormErrors = {},
      saved = false,
      typed: Record<string, string> = {},
    ) => {
      const settings = await requests.firstContactSettings(userOf(request));
      return sendPage(
        reply,
        h(SettingsPage, {
          ctx: pageContext(request, reply),
          settings,
          defaultDays: requests.options.defaultFirstContactDays,
          errors,
          saved,
          networkName,
          typed,
        }),
        Object.keys(errors).length > 0 ? 400 : 200,
      );
    };
    app.get(`${path}/settings`, { schema: { hide: true } }, (request, reply) => settingsPage(request, reply));
    app.post(
      `${path}/settings`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const network = queryValue(request.body, 'network').slice(0, 60);
        const raw = queryValue(request.body, 'days').trim();
        const days = /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
        if (!(days >= 1 && days <= 60)) {
          await requests.firstContactSettings(userOf(request)); // 401/403 before saying anything else
          return settingsPage(
            request,
            reply,
            { [`days-${network}`]: inboxMessages[locale].settings.invalid },
            false,
            { [network]: queryValue(request.body, 'days').slice(0, 20) },
          );
        }
        await requests.setFirstContactDays(userOf(request), network, days);
        return settingsPage(request, reply, {}, true);
      },
    );
  }
}
