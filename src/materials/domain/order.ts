// An order of printed materials: quantities per item and language, and where to deliver them.
// The checks are the platform's one Checker (lengths before patterns, no national number in any
// text); sending takes the quantities from the network's stock, never below zero.

import { Checker, type Issue } from '../../platform/forms/checker.ts';
import {
  MATERIAL_ITEMS,
  MATERIAL_LANGUAGES,
  MAX_QUANTITY,
  type MaterialItem,
  type MaterialLanguage,
} from './catalogue.ts';

export interface OrderLine {
  item: MaterialItem;
  language: MaterialLanguage;
  quantity: number;
}

export const ORDER_STATUSES = ['ordered', 'sent'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The order form's field for one item in one language: `qty.public-flyer.nl`. */
export function quantityField(item: MaterialItem, language: MaterialLanguage): string {
  return `qty.${item}.${language}`;
}

export interface OrderDraft {
  networkId: string;
  lines: OrderLine[];
  recipient: string;
  organisation: string;
  street: string;
  postcode: string;
  city: string;
  note: string;
}

/** Flat dotted keys (`qty.poster.nl`) as the nested object the Checker reads at dotted paths. */
export function nested(flat: Readonly<Record<string, string>>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      if (node[part] === null || typeof node[part] !== 'object') node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1)!] = value;
  }
  return root;
}

/** `form` as posted (flat keys, every value a string). */
export function checkOrder(
  form: Readonly<Record<string, string>>,
  networkIds: readonly string[],
): { ok: true; value: OrderDraft } | { ok: false; issues: Issue[] } {
  const check = new Checker(nested(form));
  const networkId = check.choice('networkId', networkIds);
  const lines: OrderLine[] = [];
  for (const item of MATERIAL_ITEMS) {
    for (const language of MATERIAL_LANGUAGES) {
      const field = quantityField(item, language);
      if ((form[field] ?? '').trim() === '') continue;
      const quantity = check.integer(field, { min: 0, max: MAX_QUANTITY });
      if (quantity) lines.push({ item, language, quantity });
    }
  }
  const recipient = check.text('recipient', { required: true, max: 200 });
  const organisation = check.text('organisation', { required: false, max: 200 }) ?? '';
  const street = check.text('street', { required: true, max: 200 });
  const postcode = check.postcode('postcode');
  const city = check.text('city', { required: true, max: 100 });
  const note = check.text('note', { required: false, max: 1000 }) ?? '';
  const quantitiesWrong = check.issues.some((issue) => issue.field.startsWith('qty.'));
  if (lines.length === 0 && !quantitiesWrong) check.fail(quantityField('public-flyer', 'fr'), 'required');
  if (check.issues.length > 0 || !networkId || !recipient || !street || !postcode || !city) {
    return { ok: false, issues: check.issues };
  }
  return { ok: true, value: { networkId, lines, recipient, organisation, street, postcode, city, note } };
}

export type StockKey = `${MaterialItem}/${MaterialLanguage}`;
export const stockKey = (item: MaterialItem, language: MaterialLanguage): StockKey => `${item}/${language}`;

export interface Shortfall extends OrderLine {
  /** What the stock holds (less than the line's quantity). */
  inStock: number;
}

/** The lines the stock cannot cover; an item never counted is 0 in stock. */
export function shortfalls(lines: readonly OrderLine[], stock: ReadonlyMap<StockKey, number>): Shortfall[] {
  return lines
    .map((line) => ({ ...line, inStock: stock.get(stockKey(line.item, line.language)) ?? 0 }))
    .filter((line) => line.inStock < line.quantity);
}

export function totalQuantity(lines: readonly OrderLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}
