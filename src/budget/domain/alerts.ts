// Warnings before the money runs out: when consumption passes one of the network's thresholds
// (a percentage of an envelope's or of the whole plan's amount), or when the forecast to
// 31 December passes the amount. Each is raised once: the ones already raised are passed in.

import type { BudgetFigures, Figures } from './figures.ts';

/** The whole plan is the envelope with this id in alerts. */
export const WHOLE_PLAN = 'total';

export interface BudgetAlert {
  readonly envelopeId: string;
  readonly kind: 'consumption' | 'forecast';
  /** The percentage passed: a threshold for consumption, 100 for the forecast. */
  readonly threshold: number;
}

export const alertKey = (alert: BudgetAlert) => `${alert.envelopeId} ${alert.kind} ${alert.threshold}`;

function crossed(envelopeId: string, figures: Figures, thresholds: readonly number[]): BudgetAlert[] {
  const alerts: BudgetAlert[] = [];
  // An envelope with no money is no share of anything: it only warns by its forecast.
  for (const threshold of figures.allocationCents > 0 ? thresholds : []) {
    // Integers only: consumed / allocation ≥ threshold / 100.
    if (figures.consumedCents * 100 >= threshold * figures.allocationCents) {
      alerts.push({ envelopeId, kind: 'consumption', threshold });
    }
  }
  if (figures.forecastCents > figures.allocationCents)
    alerts.push({ envelopeId, kind: 'forecast', threshold: 100 });
  return alerts;
}

/** The alerts the figures call for that were not raised before, whole plan first. */
export function newAlerts(
  figures: BudgetFigures,
  thresholds: readonly number[],
  raised: ReadonlySet<string>,
): BudgetAlert[] {
  const all = [
    ...crossed(WHOLE_PLAN, figures, thresholds),
    ...figures.envelopes.flatMap((e) => crossed(e.envelope.id, e, thresholds)),
  ];
  return all.filter((alert) => !raised.has(alertKey(alert)));
}
