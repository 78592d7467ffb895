// Raising budget alerts: the figures call for some, those not raised before are recorded and
// the network's admins get one e-mail listing them, in the same transaction (the outbox sends it
// after commit). The record's key makes each alert once per year, even with several instances.

import type { Database } from '../platform/db/database.ts';
import { isLocale } from '../platform/i18n/index.ts';
import { enqueue } from '../platform/outbox/index.ts';
import type { Names } from '../reference/domain/types.ts';
import { alertMail } from './alert-messages.ts';
import { type BudgetAlert, newAlerts, WHOLE_PLAN } from './domain/index.ts';
import type { BudgetView } from './service.ts';
import { networkAdmins, raisedAlerts, recordAlerts } from './store.ts';

export async function raiseAlerts(
  database: Database,
  names: Names,
  view: BudgetView,
): Promise<BudgetAlert[]> {
  const { plan, figures } = view;
  // Before the year's amount is set, every figure is over a zero amount: nothing to warn about.
  if (!view.isSet || plan.allocationCents <= 0) return [];
  const due = newAlerts(figures, plan.thresholds, await raisedAlerts(database.db, plan.networkId, plan.year));
  if (due.length === 0) return [];
  return database.db.transaction(async (tx) => {
    const raised = await recordAlerts(tx, plan.networkId, plan.year, due);
    if (raised.length === 0) return raised;
    const figuresOf = (envelopeId: string) => {
      if (envelopeId === WHOLE_PLAN) return { label: null, figures };
      const found = figures.envelopes.find((e) => e.envelope.id === envelopeId);
      return found ? { label: found.envelope.label, figures: found } : undefined;
    };
    for (const admin of await networkAdmins(tx, plan.networkId)) {
      const locale = isLocale(admin.locale) ? admin.locale : 'fr';
      const mail = alertMail(locale, {
        year: plan.year,
        network: names[locale],
        alerts: raised,
        figuresOf,
      });
      await enqueue(tx, { topic: 'budget.alert', to: admin.email, locale, ...mail });
    }
    return raised;
  });
}
