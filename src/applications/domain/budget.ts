// What an application would cost a network in a year, against what the network has left.
// A simple yearly amount per network until the budget capability exists.

export interface BudgetSettings {
  /** Working weeks a year a weekly contingent is counted for. */
  weeksPerYear: number;
  /** Per network: its yearly amount for new conventions and the fee used when the rules know none. */
  networks: Readonly<Record<string, { yearlyCents: number | null; defaultFeeCents: number | null }>>;
}

export interface BudgetImpact {
  sessionsPerWeek: number;
  weeks: number;
  /** The fee per session used, and where it came from. */
  feeCents: number | null;
  feeSource: 'care-rules' | 'network-default' | 'unknown';
  /** sessions × weeks × fee, or null without a fee. */
  yearlyCents: number | null;
}

export function budgetImpact(
  sessionsPerWeek: number,
  ruleFeeCents: number | null,
  networkIds: readonly string[],
  settings: BudgetSettings,
): BudgetImpact {
  const fallback = networkIds
    .map((id) => settings.networks[id]?.defaultFeeCents ?? null)
    .find((fee) => fee !== null);
  const feeCents = ruleFeeCents ?? fallback ?? null;
  return {
    sessionsPerWeek,
    weeks: settings.weeksPerYear,
    feeCents,
    feeSource: ruleFeeCents !== null ? 'care-rules' : feeCents !== null ? 'network-default' : 'unknown',
    yearlyCents: feeCents === null ? null : sessionsPerWeek * settings.weeksPerYear * feeCents,
  };
}

/**
 * What a network has left this year: its yearly amount minus the impacts of the applications it
 * approved this year. An application approved by two networks weighs half on each.
 */
export function budgetLeft(
  networkId: string,
  approved: ReadonlyArray<{ networkIds: readonly string[]; yearlyCents: number | null }>,
  settings: BudgetSettings,
): { yearlyCents: number; usedCents: number; leftCents: number } | null {
  const network = settings.networks[networkId];
  if (network?.yearlyCents == null) return null;
  const usedCents = approved
    .filter((a) => a.networkIds.includes(networkId) && a.yearlyCents !== null)
    .reduce((sum, a) => sum + Math.round((a.yearlyCents ?? 0) / a.networkIds.length), 0);
  const yearlyCents = network.yearlyCents;
  return { yearlyCents, usedCents, leftCents: yearlyCents - usedCents };
}
