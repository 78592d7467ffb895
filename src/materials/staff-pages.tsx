// The network staff's side: the orders of their networks (waiting first) with "mark as sent",
// which takes the order from the stock or says, line by line, what is short; and the stock per
// item and language. The policy decides (material-order.fulfil, material-stock.manage).

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { fieldId } from '../platform/forms/answers.ts';
import { Checker, type Issue } from '../platform/forms/checker.ts';
import { errorsById } from '../platform/forms/issues.ts';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { format, type Locale, languageName } from '../platform/i18n/index.ts';
import { formatBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import { ErrorSummary, type FormErrors, Table, TextInput } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { MATERIAL_ITEMS, MATERIAL_LANGUAGES, type MaterialItem } from './domain/catalogue.ts';
import { nested, type StockKey, stockKey } from './domain/order.ts';
import { materialsMessages } from './messages.ts';
import { deliveryAddress, orderLines } from './notifications.ts';
import { OrderStatusTag } from './pages.tsx';
import type { MaterialsService, OrderRow } from './service.ts';

function OrdersPage(props: {
  ctx: PageContext;
  orders: OrderRow[];
  networks: Array<{ id: string; name: string }>;
  notice: { tone: 'info' | 'error'; lines: string[] } | null;
}) {
  const { ctx, orders, notice } = props;
  const m = materialsMessages[ctx.locale];
  const name = (id: string) => props.networks.find((n) => n.id === id)?.name ?? id;
  return (
    <Layout ctx={ctx} title={m.staff.title} hasErrors={notice?.tone === 'error'}>
      <h1>{m.staff.title}</h1>
      {notice ? (
        <div
          class={`panel panel--${notice.tone === 'error' ? 'error' : 'info'}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          {notice.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      <ul>
        {props.networks.map((network) => (
          <li key={network.id}>
            <a href={`/${ctx.locale}/materials/manage/stock/${network.id}`}>
              {format(ctx.locale, m.staff.stockOf, { network: network.name })}
            </a>
          </li>
        ))}
      </ul>
      {orders.length === 0 ? (
        <p>{m.staff.none}</p>
      ) : (
        <Table
          caption={m.staff.title}
          head={[
            m.orders.reference,
            m.orders.date,
            m.orders.network,
            m.orders.contents,
            m.orders.deliverTo,
            m.staff.orderedBy,
            m.orders.status,
          ]}
          rows={orders.map((order) => ({
            key: order.id,
            cells: [
              order.reference,
              formatBelgianDate(ctx.locale, order.createdAt),
              name(order.networkId),
              orderLines(ctx.locale, order).join(' · '),
              deliveryAddress(order) + (order.note ? ` (${order.note})` : ''),
              order.email,
              order.status === 'ordered' ? (
                <form method="post" action={`/${ctx.locale}/materials/manage/${order.id}/send`}>
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <button type="submit" class="button button--secondary">
                    {m.staff.send} <span class="visually-hidden">{order.reference}</span>
                  </button>
                </form>
              ) : (
                <OrderStatusTag ctx={ctx} order={order} />
              ),
            ],
          }))}
        />
      )}
    </Layout>
  );
}

const stockField = (item: MaterialItem, language: string) => `stock.${item}.${language}`;

function StockPage(props: {
  ctx: PageContext;
  networkName: string;
  values: Record<string, string>;
  errors: FormErrors;
  saved: boolean;
  languages: readonly string[];
}) {
  const { ctx, values, errors } = props;
  const m = materialsMessages[ctx.locale];
  const title = format(ctx.locale, m.staff.stockOf, { network: props.networkName });
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary locale={ctx.locale} errors={errors} />
      <p>
        <a href={`/${ctx.locale}/materials/manage`}>{m.staff.title}</a>
      </p>
      <h1>{title}</h1>
      {props.saved ? (
        <div class="panel panel--info" role="status">
          <p>{m.staff.stockSaved}</p>
        </div>
      ) : null}
      <p>{m.staff.stockIntro}</p>
      <form method="post" class="form" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        {MATERIAL_ITEMS.map((item) =>
          props.languages.map((language) => {
            const name = stockField(item, language);
            return (
              <TextInput
                key={name}
                id={fieldId(name)}
                name={name}
                label={format(ctx.locale, m.staff.stockLabel, {
                  item: m.items[item],
                  language: languageName(language, ctx.locale),
                })}
                value={values[name]}
                error={errors[fieldId(name)]}
                width="short"
                inputMode="numeric"
              />
            );
          }),
        )}
        <button type="submit" class="button">
          {m.staff.saveStock}
        </button>
      </form>
    </Layout>
  );
}

export function registerMaterialStaffPages(app: FastifyInstance, materials: MaterialsService): void {
  const networksOf = (locale: Locale, ids: string[]) =>
    ids.map((id) => ({ id, name: materials.networkName(id, locale) }));
  for (const { locale, path } of localizedPaths('/materials/manage')) {
    const m = materialsMessages[locale];
    const list = async (
      request: Parameters<typeof pageContext>[0],
      reply: Parameters<typeof pageContext>[1],
      notice: { tone: 'info' | 'error'; lines: string[] } | null,
      status = 200,
    ) => {
      const orders = await materials.networkOrders(request.user);
      return sendPage(
        reply!,
        h(OrdersPage, {
          ctx: pageContext(request, reply),
          orders,
          networks: networksOf(locale, materials.staffNetworks(request.user)),
          notice,
        }),
        status,
      );
    };
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const sent = queryValue(request.query, 'sent').slice(0, 20);
      return list(
        request,
        reply,
        sent ? { tone: 'info', lines: [format(locale, m.staff.sent, { reference: sent })] } : null,
      );
    });

    app.post(
      `${path}/:id/send`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        const { id } = request.params as { id: string };
        if (!request.user) throw new StandardProblem(401, 'unauthorized');
        if (!isUuid(id)) throw new StandardProblem(404, 'not-found');
        const outcome = await materials.markSent(request.user, id);
        const order = outcome;
        if (outcome.ok) return reply.redirect(`${path}?sent=${encodeURIComponent(order.reference)}`, 303);
        if (outcome.reason === 'already-sent')
          return list(request, reply, { tone: 'error', lines: [m.staff.alreadySent] }, 409);
        const lines = [
          format(locale, m.staff.short, { reference: order.reference }),
          ...outcome.shortfalls.map((line) =>
            format(locale, m.staff.shortLine, {
              item: m.items[line.item],
              language: languageName(line.language, locale),
              quantity: line.quantity,
              inStock: line.inStock,
            }),
          ),
        ];
        return list(request, reply, { tone: 'error', lines }, 409);
      },
    );

    const stockPage = async (
      request: Parameters<typeof pageContext>[0],
      reply: NonNullable<Parameters<typeof pageContext>[1]>,
      networkId: string,
      values: Record<string, string> | null,
      errors: FormErrors,
      status = 200,
    ) => {
      const stock: Map<StockKey, number> = await materials.stock(request.user, networkId);
      const shown: Record<string, string> = {};
      for (const { item, language } of materials.combinations())
        shown[stockField(item, language)] =
          values?.[stockField(item, language)] ?? String(stock.get(stockKey(item, language)) ?? 0);
      return sendPage(
        reply,
        h(StockPage, {
          ctx: pageContext(request, reply),
          networkName: materials.networkName(networkId, locale),
          values: shown,
          errors,
          saved: values === null && queryValue(request.query, 'saved') === '1',
          languages: [...new Set(materials.combinations().map((c) => c.language))],
        }),
        status,
      );
    };
    const networkOf = (request: { params: unknown }) => {
      const { networkId } = request.params as { networkId: string };
      if (!materials.networkIds().includes(networkId)) throw new StandardProblem(404, 'not-found');
      return networkId;
    };
    app.get(`${path}/stock/:networkId`, { schema: { hide: true } }, async (request, reply) => {
      if (!request.user) throw new StandardProblem(401, 'unauthorized');
      return stockPage(request, reply, networkOf(request), null, {});
    });
    app.post(
      `${path}/stock/:networkId`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        if (!request.user) throw new StandardProblem(401, 'unauthorized');
        const networkId = networkOf(request);
        const body = (request.body ?? {}) as Record<string, unknown>;
        const values: Record<string, string> = {};
        for (const { item, language } of materials.combinations()) {
          const raw = body[stockField(item, language)];
          values[stockField(item, language)] = (typeof raw === 'string' ? raw : '').slice(0, 20);
        }
        const check = new Checker(nested(values));
        const counts = [];
        for (const { item, language } of materials.combinations()) {
          const name = stockField(item, language);
          if ((values[name] ?? '').trim() === '') continue; // left empty: unchanged
          const quantity = check.integer(name, { min: 0, max: 1_000_000 });
          if (quantity !== undefined) counts.push({ item, language, quantity });
        }
        if (check.issues.length > 0)
          return stockPage(request, reply, networkId, values, stockErrors(locale, check.issues), 400);
        await materials.setStock(request.user, networkId, counts);
        return reply.redirect(`${path}/stock/${networkId}?saved=1`, 303);
      },
    );
  }
}

function stockErrors(locale: Locale, issues: readonly Issue[]): FormErrors {
  const m = materialsMessages[locale];
  const names: Record<string, string> = {};
  for (const item of MATERIAL_ITEMS)
    for (const language of MATERIAL_LANGUAGES)
      names[stockField(item, language)] = format(locale, m.staff.stockLabel, {
        item: m.items[item],
        language: languageName(language, locale),
      });
  return errorsById(locale, { names, requiredByField: {} }, issues);
}
