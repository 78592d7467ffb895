// The e-mail to the person who ordered, in the language they ordered in, when the order is sent.

import { format, type Locale, languageName } from '../platform/i18n/index.ts';
import type { OutboxMessage } from '../platform/outbox/index.ts';
import type { MaterialItem } from './domain/catalogue.ts';
import { materialsMessages } from './messages.ts';
import type { OrderRow } from './store.ts';

export function orderLines(locale: Locale, order: Pick<OrderRow, 'lines'>): string[] {
  const m = materialsMessages[locale];
  return order.lines.map((line) =>
    format(locale, m.orders.line, {
      quantity: line.quantity,
      item: m.items[line.item as MaterialItem],
      language: languageName(line.language, locale),
    }),
  );
}

export function deliveryAddress(order: OrderRow): string {
  return [order.recipient, order.organisation, order.street, `${order.postcode} ${order.city}`]
    .filter((part) => part.trim() !== '')
    .join(', ');
}

export function sentMail(order: OrderRow, networkName: string, publicUrl: string): OutboxMessage {
  const locale = order.locale as Locale;
  const m = materialsMessages[locale].mail;
  return {
    topic: 'materials.order-sent',
    to: order.email,
    locale,
    subject: format(locale, m.sentSubject, { reference: order.reference }),
    text: format(locale, m.sentBody, {
      reference: order.reference,
      network: networkName,
      lines: orderLines(locale, order)
        .map((line) => `- ${line}`)
        .join('\n'),
      address: deliveryAddress(order),
      link: `${publicUrl.replace(/\/$/, '')}/${locale}/materials/orders/${order.id}`,
    }),
  };
}
