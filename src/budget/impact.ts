// The live budget impact of a contingent asked for (an application's, before or after signing):
// what it would cost for the rest of the current year and what it would leave, read from the
// budget as it stands whenever a page shows it, never stored. Kept apart from the service so the
// arithmetic is the plan's own (weeklyValue: sessions at their fee, a service's hours at the
// hourly rate, never turned into sessions).

import type { LiveBudgetImpact } from '../committees/domain/decision-desk.ts';
import { type Contingent, careFeesFor, contingentRate, weeklyValue, weeksLeft } from './domain/index.ts';
import type { BudgetView } from './service.ts';

/** A contingent asked for; its holder is unknown until the convention makes one. */
export type ContingentAsk = Omit<Contingent, 'holderId'> & { holderId: string | null };

/** Omit over each member of a union (Omit on the union itself would merge the members). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The impact without the network's id (the caller knows which network it asked). */
export type ContingentImpact = OmitEach<LiveBudgetImpact, 'networkId'>;

/**
 * Contingent × weeks left × the rate as it is now (the care rules' fee, else the network's, for a
 * clinician; the network's hourly rate for a service), and what is left after it in the zone's
 * envelope when the plan has one, else in the network's whole amount.
 */
export function contingentImpact(view: BudgetView, ask: ContingentAsk): ContingentImpact {
  const year = view.plan.year;
  if (!view.isSet) return { year, isSet: false };
  const careFee = careFeesFor(year, view.today);
  const rateCents = contingentRate(view.plan, ask, careFee);
  const weekly = weeklyValue(view.plan, ask, careFee);
  const weeks = weeksLeft(year, view.today);
  const envelope = view.figures.envelopes.find(
    (e) => e.envelope.kind === 'zone' && ask.zoneId !== null && e.envelope.key === ask.zoneId,
  );
  const scope = envelope ?? view.figures;
  const leftCents = scope.allocationCents - scope.consumedCents - scope.committedCents;
  const impactCents = weekly === null ? null : weekly * weeks;
  // A signed convention's contingent is already in the committed figure: it is not counted twice.
  const committed = ask.holderId !== null && view.plan.contingents.some((c) => c.holderId === ask.holderId);
  return {
    year,
    isSet: true,
    perWeek: ask.perWeek,
    holderKind: ask.holderKind,
    weeks,
    rateCents,
    impactCents,
    committed,
    envelopeLabel: envelope ? envelope.envelope.label : null,
    allocationCents: scope.allocationCents,
    leftCents,
    leftAfterCents: committed || impactCents === null ? leftCents : leftCents - impactCents,
  };
}
