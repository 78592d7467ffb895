// Materials' use cases: the catalogue and its PDFs (made from the network's data each time, so a
// change of copay or address is on the next download), orders by GPs, organisations and
// clinicians, the network staff's list, sending (takes from the stock, refuses a shortfall) and
// the stock, and the professionals' contacts that network admins edit. The policy decides every
// step (material-order.*, material-stock.manage, professional-info.edit); writes and staff reads
// are audited; the "sent" e-mail is queued in the sending transaction.

import { randomBytes } from 'node:crypto';
import type { CareService } from '../care/service.ts';
import { audit } from '../platform/audit/audit.ts';
import {
  authorize,
  can,
  loadAuthorized,
  type Resource,
  reach,
  requireUser,
} from '../platform/auth/policy.ts';
import type { CurrentUser } from '../platform/auth/roles.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { StandardProblem } from '../platform/http/problem.ts';
import type { Locale } from '../platform/i18n/index.ts';
import { brusselsDay } from '../platform/identifiers/belgian-date.ts';
import { platformMessages } from '../platform/messages.ts';
import { enqueue } from '../platform/outbox/index.ts';
import type { ReferenceService } from '../reference/service.ts';
import type { ProfessionalContacts } from './contacts.ts';
import type { MaterialItem, MaterialLanguage, PageSize } from './domain/catalogue.ts';
import { MATERIAL_ITEMS, MATERIAL_LANGUAGES } from './domain/catalogue.ts';
import { checkOrder, type OrderDraft, type Shortfall, type StockKey, shortfalls } from './domain/order.ts';
import { sentMail } from './notifications.ts';
import type { OrderRow } from './store.ts';
import * as store from './store.ts';

export type { OrderRow };

/** Each outcome names the order's reference, for the page that reports it. */
export type SendOutcome = { reference: string } & (
  | { ok: true }
  | { ok: false; reason: 'already-sent' }
  | { ok: false; reason: 'short'; shortfalls: Shortfall[] }
);

/** References people quote: MAT- and 8 characters without look-alikes (0/O, 1/I). */
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function newReference(): string {
  const chars = [...randomBytes(8)].map((byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]);
  return `MAT-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export interface MaterialsOptions {
  publicUrl: string;
  clock: Clock;
}

export class MaterialsService {
  constructor(
    private readonly database: Database,
    readonly reference: ReferenceService,
    private readonly care: CareService,
    readonly contacts: ProfessionalContacts,
    private readonly options: MaterialsOptions,
  ) {}

  now(): Date {
    return this.options.clock();
  }

  networkIds(): string[] {
    return [...this.reference.snapshot().networks.keys()];
  }

  networkName(id: string, locale: Locale): string {
    return this.reference.snapshot().networks.get(id)?.names[locale] ?? id;
  }

  /** The coordination area the network's zones belong to. */
  areaOf(networkId: string): string | null {
    const zones = [...this.reference.snapshot().zones.values()];
    return zones.find((zone) => zone.networkIds.includes(networkId))?.areaId ?? null;
  }

  orderResource(order: Pick<OrderRow, 'id' | 'networkId' | 'accountId'>): Resource {
    return {
      type: 'material-order',
      id: order.id,
      networkIds: [order.networkId],
      ownerAccountId: order.accountId,
    };
  }

  /** Whether the person may order at all (for the catalogue's link to the form). */
  mayOrder(user: CurrentUser | null): boolean {
    return can(user, 'material-order.place', { type: 'material-order', networkIds: this.networkIds() });
  }

  /** The networks whose orders and stock the person handles. */
  staffNetworks(user: CurrentUser | null): string[] {
    return this.networkIds().filter((id) =>
      can(user, 'material-stock.manage', { type: 'network', networkIds: [id] }),
    );
  }

  /** The PDF of one item of a network, null for an unknown network. */
  async pdf(
    networkId: string,
    item: MaterialItem,
    language: MaterialLanguage,
    size: PageSize,
  ): Promise<Uint8Array | null> {
    const network = this.reference.snapshot().networks.get(networkId);
    const copays = this.care.copaysOn(brusselsDay(this.now()));
    if (!network || !copays) return null;
    const footer = platformMessages[language].footer;
    const contacts = await this.contacts.view();
    const base = this.options.publicUrl.replace(/\/$/, '');
    // pdf-lib and qrcode (some 200 modules) load with the first printed material, not at start-up.
    const { buildMaterialPdf } = await import('./pdf.ts');
    return buildMaterialPdf(item, language, size, {
      networkName: network.names[language],
      finderUrl: `${base}/${language}/find`,
      partnerUrl: `${base}/${language}/professionals/partner`,
      copays,
      helplines: network.kind === 'youth' ? [footer.urgent, footer.youthLines] : [footer.urgent],
      contact: {
        website: network.website,
        // The network's own address, else its coordination area's general address (reference data).
        email: network.email || contacts.area(this.areaOf(networkId) ?? '').generalEmail || null,
        phone: null,
      },
    });
  }

  /** What patients pay today (care rules), for the professionals' page. */
  copaysToday() {
    return this.care.copaysOn(brusselsDay(this.now()));
  }

  checkOrder(form: Readonly<Record<string, string>>) {
    return checkOrder(form, this.networkIds());
  }

  async placeOrder(user: CurrentUser | null, draft: OrderDraft, locale: Locale): Promise<OrderRow> {
    const person = requireUser(user);
    authorize(person, 'material-order.place', {
      type: 'material-order',
      networkIds: [draft.networkId],
      ownerAccountId: person.accountId,
    });
    return this.database.db.transaction(async (tx) => {
      const order = await store.insertOrder(tx, draft, {
        accountId: person.accountId,
        email: person.email,
        locale,
        reference: newReference(),
      });
      await audit.record(tx, {
        actor: person,
        action: 'material-order.place',
        resource: { type: 'material-order', id: order.id },
        networkId: order.networkId,
        detail: { reference: order.reference, lines: draft.lines.length },
      });
      return order;
    });
  }

  async myOrders(user: CurrentUser | null): Promise<OrderRow[]> {
    const person = requireUser(user);
    return store.ordersOfAccount(this.database.db, person.accountId);
  }

  /** One order, for its owner or the network's staff (a staff read is audited); 404 for others. */
  async order(user: CurrentUser | null, id: string): Promise<OrderRow> {
    const order = await loadAuthorized(
      user,
      'material-order.read',
      () => store.findOrder(this.database.db, id),
      (found) => this.orderResource(found),
    );
    if (order.accountId !== user!.accountId) {
      await audit.record(this.database.db, {
        actor: user!,
        action: 'material-order.read',
        resource: { type: 'material-order', id: order.id },
        networkId: order.networkId,
        detail: { reference: order.reference },
      });
    }
    return order;
  }

  /** The orders of the networks the person handles (audited, one entry per network). */
  async networkOrders(user: CurrentUser | null): Promise<OrderRow[]> {
    const person = requireUser(user);
    const within = reach(person, 'material-order.fulfil');
    const networks = within.everywhere ? this.networkIds() : this.staffNetworks(person);
    if (networks.length === 0) throw new StandardProblem(403, 'forbidden');
    const rows = await store.ordersOfNetworks(this.database.db, networks);
    for (const networkId of networks) {
      await audit.record(this.database.db, {
        actor: person,
        action: 'material-order.list',
        resource: { type: 'network', id: networkId },
        networkId,
        detail: { shown: rows.filter((row) => row.networkId === networkId).length },
      });
    }
    return rows;
  }

  /**
   * Marks an order sent: its lines are taken from the network's stock, under a lock on the
   * order and the stock rows, or nothing happens and the shortfalls are returned. The person who
   * ordered gets an e-mail in their language, queued in the same transaction.
   */
  async markSent(user: CurrentUser | null, id: string): Promise<SendOutcome> {
    const person = requireUser(user);
    return this.database.db.transaction(async (tx) => {
      const order = await store.lockOrder(tx, id);
      if (!order) throw new StandardProblem(404, 'not-found');
      authorize(person, 'material-order.fulfil', this.orderResource(order));
      const reference = order.reference;
      if (order.status !== 'ordered') return { ok: false, reason: 'already-sent', reference } as const;
      const stock = await store.stockOf(tx, order.networkId, order.lines);
      const short = shortfalls(order.lines, stock);
      if (short.length > 0) return { ok: false, reason: 'short', shortfalls: short, reference } as const;
      for (const line of order.lines) await store.takeFromStock(tx, order.networkId, line);
      await store.markOrderSent(tx, order.id, this.now());
      await audit.record(tx, {
        actor: person,
        action: 'material-order.send',
        resource: { type: 'material-order', id: order.id },
        networkId: order.networkId,
        detail: { reference: order.reference },
      });
      await enqueue(
        tx,
        sentMail(order, this.networkName(order.networkId, order.locale as Locale), this.options.publicUrl),
      );
      return { ok: true, reference } as const;
    });
  }

  async stock(user: CurrentUser | null, networkId: string): Promise<Map<StockKey, number>> {
    authorize(user, 'material-stock.manage', { type: 'network', networkIds: [networkId] });
    return store.stockOf(this.database.db, networkId);
  }

  /** Sets the counted stock of each item and language given (audited with the new figures). */
  async setStock(
    user: CurrentUser | null,
    networkId: string,
    counts: ReadonlyArray<{ item: MaterialItem; language: MaterialLanguage; quantity: number }>,
  ): Promise<void> {
    const person = authorize(user, 'material-stock.manage', { type: 'network', networkIds: [networkId] });
    await this.database.db.transaction(async (tx) => {
      for (const count of counts)
        await store.setStock(tx, networkId, count.item, count.language, count.quantity);
      await audit.record(tx, {
        actor: person,
        action: 'material-stock.update',
        resource: { type: 'network', id: networkId },
        networkId,
        detail: { counts: counts.map((c) => `${c.item}/${c.language}=${c.quantity}`).join(', ') },
      });
    });
  }

  /** Every catalogue combination, for forms that list them. */
  combinations(): Array<{ item: MaterialItem; language: MaterialLanguage }> {
    return MATERIAL_ITEMS.flatMap((item) => MATERIAL_LANGUAGES.map((language) => ({ item, language })));
  }
}
