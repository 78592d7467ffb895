// The catalogue per network (/{locale}/materials) with each item's PDF in each language and
// size, the order form for GPs, organisations and clinicians, and their orders with status.
// Plain HTML forms with CSRF; no JavaScript.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { localizedPaths, pageContext, queryValue } from '../platform/http/pages.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import { format, formatDate, type Locale, languageName } from '../platform/i18n/index.ts';
import { brusselsDay, formatBelgianDate } from '../platform/identifiers/belgian-date.ts';
import { isUuid } from '../platform/ids.ts';
import { SummaryList, Table, Tag } from '../platform/views/components.tsx';
import type { PageContext } from '../platform/views/context.ts';
import { Layout } from '../platform/views/layout.tsx';
import { sendPage } from '../platform/views/render.ts';
import { isOneOf } from '../platform/vocabulary/index.ts';
import {
  DEFAULT_SIZE,
  MATERIAL_ITEMS,
  MATERIAL_LANGUAGES,
  PAGE_SIZES,
  type PageSize,
} from './domain/catalogue.ts';
import { materialsMessages } from './messages.ts';
import { deliveryAddress, orderLines } from './notifications.ts';
import { OrderPage, orderErrors, orderFormOf } from './order-form.tsx';
import type { MaterialsService, OrderRow } from './service.ts';
import { registerMaterialStaffPages } from './staff-pages.tsx';

export function pdfPath(networkId: string, item: string, language: string, size?: PageSize): string {
  return `/materials/pdf/${networkId}/${item}/${language}${size ? `?size=${size}` : ''}`;
}

function CataloguePage(props: {
  ctx: PageContext;
  networks: Array<{ id: string; name: string }>;
  mayOrder: boolean;
  staff: boolean;
}) {
  const { ctx, networks } = props;
  const m = materialsMessages[ctx.locale];
  const base = `/${ctx.locale}/materials`;
  return (
    <Layout ctx={ctx} title={m.catalogue.title}>
      <h1>{m.catalogue.title}</h1>
      <p class="lead">{m.catalogue.intro}</p>
      {props.mayOrder ? (
        <>
          <p>
            <a class="button" href={`${base}/order`}>
              {m.catalogue.order}
            </a>
          </p>
          <p>
            <a href={`${base}/orders`}>{m.catalogue.myOrders}</a>
          </p>
        </>
      ) : ctx.user ? null : (
        <p>{m.catalogue.signInToOrder}</p>
      )}
      {props.staff ? (
        <p>
          <a href={`${base}/manage`}>{m.catalogue.manage}</a>
        </p>
      ) : null}
      {networks.map((network) => (
        <section key={network.id}>
          <h2>{network.name}</h2>
          {MATERIAL_ITEMS.map((item) => (
            <div key={item}>
              <h3>{m.items[item]}</h3>
              <ul>
                {MATERIAL_LANGUAGES.map((language) => (
                  <li key={language} lang={language}>
                    <a href={pdfPath(network.id, item, language, DEFAULT_SIZE[item])} download>
                      {format(ctx.locale, m.catalogue.downloadIn, {
                        item: m.items[item],
                        language: languageName(language, ctx.locale),
                        size: DEFAULT_SIZE[item],
                      })}
                    </a>{' '}
                    ({m.catalogue.sizes}{' '}
                    {PAGE_SIZES.filter((size) => size !== DEFAULT_SIZE[item]).map((size, index) => (
                      <span key={size}>
                        {index > 0 ? ', ' : ''}
                        <a href={pdfPath(network.id, item, language, size)} download>
                          {size}
                        </a>
                      </span>
                    ))}
                    )
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </Layout>
  );
}

function MyOrdersPage({
  ctx,
  orders,
  networkName,
}: {
  ctx: PageContext;
  orders: OrderRow[];
  networkName: (id: string) => string;
}) {
  const m = materialsMessages[ctx.locale].orders;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1>{m.title}</h1>
      {orders.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <Table
          caption={m.title}
          head={[m.reference, m.date, m.network, m.contents, m.status]}
          rows={orders.map((order) => ({
            key: order.id,
            cells: [
              <a href={`/${ctx.locale}/materials/orders/${order.id}`}>{order.reference}</a>,
              formatBelgianDate(ctx.locale, order.createdAt),
              networkName(order.networkId),
              orderLines(ctx.locale, order).join(' · '),
              <OrderStatusTag ctx={ctx} order={order} />,
            ],
          }))}
        />
      )}
    </Layout>
  );
}

export function OrderStatusTag({ ctx, order }: { ctx: PageContext; order: OrderRow }) {
  const m = materialsMessages[ctx.locale].orders;
  return (
    <Tag tone={order.status === 'sent' ? 'good' : 'neutral'}>
      {m.statuses[order.status as 'ordered'] ?? order.status}
    </Tag>
  );
}

function OrderDetailPage({
  ctx,
  order,
  networkName,
  notice,
}: {
  ctx: PageContext;
  order: OrderRow;
  networkName: string;
  notice: string | null;
}) {
  const m = materialsMessages[ctx.locale].orders;
  return (
    <Layout ctx={ctx} title={`${m.reference} ${order.reference}`}>
      <p>
        <a href={`/${ctx.locale}/materials/orders`}>{m.back}</a>
      </p>
      <h1>{order.reference}</h1>
      {notice ? (
        <div class="panel panel--info" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <SummaryList
        rows={[
          { key: m.status, value: <OrderStatusTag ctx={ctx} order={order} /> },
          ...(order.sentAt
            ? [
                {
                  key: m.statuses.sent,
                  value: format(ctx.locale, m.sentOn, {
                    date: formatDate(ctx.locale, brusselsDay(order.sentAt)),
                  }),
                },
              ]
            : []),
          { key: m.date, value: formatBelgianDate(ctx.locale, order.createdAt) },
          { key: m.network, value: networkName },
          { key: m.contents, value: orderLines(ctx.locale, order).join(' · ') },
          { key: m.deliverTo, value: deliveryAddress(order) },
        ]}
      />
    </Layout>
  );
}

export function registerMaterialPages(app: FastifyInstance, materials: MaterialsService): void {
  const networkOptions = (locale: Locale) =>
    materials.networkIds().map((id) => ({ value: id, label: materials.networkName(id, locale) }));

  app.get('/materials/pdf/:networkId/:item/:language', { schema: { hide: true } }, async (request, reply) => {
    const { networkId = '', item = '', language = '' } = request.params as Record<string, string | undefined>;
    const size = queryValue(request.query, 'size').toUpperCase();
    if (!isOneOf(MATERIAL_ITEMS, item) || !isOneOf(MATERIAL_LANGUAGES, language)) return reply.callNotFound();
    const chosen = isOneOf(PAGE_SIZES, size) ? size : DEFAULT_SIZE[item];
    const pdf = await materials.pdf(networkId, item, language, chosen);
    if (!pdf) return reply.callNotFound();
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${networkId}-${item}-${language}-${chosen}.pdf"`)
      .send(Buffer.from(pdf));
  });

  for (const { locale, path } of localizedPaths('/materials')) {
    app.get(path, { schema: { hide: true } }, async (request, reply) =>
      sendPage(
        reply,
        h(CataloguePage, {
          ctx: pageContext(request),
          networks: materials.networkIds().map((id) => ({ id, name: materials.networkName(id, locale) })),
          mayOrder: materials.mayOrder(request.user),
          staff: materials.staffNetworks(request.user).length > 0,
        }),
      ),
    );

    const mayOrder = (request: FastifyRequest) => {
      if (!request.user) throw new StandardProblem(401, 'unauthorized');
      if (!materials.mayOrder(request.user)) throw new StandardProblem(403, 'forbidden');
    };
    app.get(`${path}/order`, { schema: { hide: true } }, async (request, reply) => {
      mayOrder(request);
      const form = orderFormOf({ networkId: queryValue(request.query, 'network') });
      return sendPage(
        reply,
        h(OrderPage, {
          ctx: pageContext(request, reply),
          form,
          errors: {},
          networks: networkOptions(locale),
        }),
      );
    });
    app.post(
      `${path}/order`,
      { schema: { hide: true }, preValidation: app.csrfProtection },
      async (request, reply) => {
        mayOrder(request);
        const form = orderFormOf(request.body);
        const checked = materials.checkOrder(form);
        if (!checked.ok) {
          return sendPage(
            reply,
            h(OrderPage, {
              ctx: pageContext(request, reply),
              form,
              errors: orderErrors(locale, checked.issues),
              networks: networkOptions(locale),
            }),
            400,
          );
        }
        const order = await materials.placeOrder(request.user, checked.value, locale);
        return reply.redirect(`${path}/orders/${order.id}?placed=1`, 303);
      },
    );

    app.get(`${path}/orders`, { schema: { hide: true } }, async (request, reply) => {
      const orders = await materials.myOrders(request.user);
      return sendPage(
        reply,
        h(MyOrdersPage, {
          ctx: pageContext(request),
          orders,
          networkName: (id) => materials.networkName(id, locale),
        }),
      );
    });

    app.get(`${path}/orders/:id`, { schema: { hide: true } }, async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!request.user) throw new StandardProblem(401, 'unauthorized');
      if (!isUuid(id)) return reply.callNotFound();
      const order = await materials.order(request.user, id);
      const placed =
        queryValue(request.query, 'placed') === '1' && order.accountId === request.user.accountId;
      return sendPage(
        reply,
        h(OrderDetailPage, {
          ctx: pageContext(request),
          order,
          networkName: materials.networkName(order.networkId, locale),
          notice: placed
            ? format(locale, materialsMessages[locale].order.done, { reference: order.reference })
            : null,
        }),
      );
    });
  }
  registerMaterialStaffPages(app, materials);
}
